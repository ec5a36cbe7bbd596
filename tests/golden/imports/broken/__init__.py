print('broken: starting to load')
value = 1
raise RuntimeError('broken package cannot load')
