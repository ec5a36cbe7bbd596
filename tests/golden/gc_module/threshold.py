# gc.get_threshold / gc.set_threshold and their argument errors.
import gc
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(900, 5, 2)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold(), gc.isenabled())
gc.set_threshold(-1, -2, -3)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), type(gc.get_threshold()).__name__)
for args in [(), (1, 2, 3, 4), ('700',), (1.5,), (None,), (2**70,)]:
    try:
        gc.set_threshold(*args)
    except (TypeError, OverflowError) as e:
        print(repr(args), type(e).__name__, e)
print(gc.get_threshold())
try:
    gc.get_threshold(1)
except TypeError as e:
    print(type(e).__name__, e)
