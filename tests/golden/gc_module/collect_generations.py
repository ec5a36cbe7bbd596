# gc.collect(generation) and the counters it resets (measured right after a full collection).
import gc
gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect(2)
print(gc.get_count())
cycle = [[]]
cycle[0].append(cycle)
del cycle
print('collected by generation 0:', gc.collect(0))
print('then nothing in generation 2:', gc.collect(generation=2))
for args in [(3,), (-1,), (100,), ('0',), (1.0,), (0, 1)]:
    try:
        gc.collect(*args)
    except (ValueError, TypeError) as e:
        print(repr(args), type(e).__name__, e)
print(type(gc.get_count()).__name__, len(gc.get_count()))
stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]))
