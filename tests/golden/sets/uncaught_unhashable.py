# Adding a list to a set, uncaught.
tags = {'python', 'c'}
tags.add('rust')
print(sorted(tags))
tags.add(['go', 'zig'])
