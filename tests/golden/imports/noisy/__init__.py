print('noisy: top-level code runs, __name__ =', __name__)
loads = 1
