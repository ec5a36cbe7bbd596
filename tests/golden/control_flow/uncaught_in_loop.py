# An error raised in the middle of a loop, uncaught.
readings = ['12', '15', 'n/a', '9']
total = 0
for r in readings:
    print('reading', r)
    total += int(r)
print('never', total)
