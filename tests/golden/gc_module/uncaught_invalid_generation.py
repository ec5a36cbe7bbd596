# gc.collect with a generation that does not exist, uncaught.
import gc
print(gc.collect(2) >= 0)
gc.collect(3)
