# gc.enable / gc.disable / gc.isenabled toggle automatic collection only.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
cycle = []
cycle.append(cycle)
del cycle
print('explicit collect still works while disabled:', gc.collect())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
for f in [lambda: gc.enable(1), lambda: gc.isenabled(True), lambda: gc.disable(None)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
