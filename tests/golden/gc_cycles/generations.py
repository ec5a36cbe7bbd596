# gc.collect(generation) and the generation counters it resets (count1,
# count2: how many younger collections ran since the last one of that
# generation); thresholds.
import gc

print(gc.get_threshold())
gc.collect()
print('after full collect:', gc.get_count()[1:])
gc.collect(0)
print('after collect(0):', gc.get_count()[1:])
gc.collect(0)
print('after collect(0) again:', gc.get_count()[1:])
gc.collect(1)
print('after collect(1):', gc.get_count()[1:])
gc.collect(2)
print('after collect(2):', gc.get_count()[1:])
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=1))
for bad in (3, -1, 10):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.collect('2')
except TypeError as e:
    print(type(e).__name__, e)
old = gc.get_threshold()
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
