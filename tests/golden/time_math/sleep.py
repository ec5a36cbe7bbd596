# time.sleep waits at least the requested time and returns None.
import time
start = time.perf_counter()
result = time.sleep(0.001)
elapsed = time.perf_counter() - start
print(result, elapsed >= 0.001, elapsed < 5)
start = time.monotonic()
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
print(time.monotonic() - start < 5)
for bad in [-1, -0.5, 'x', None, [1]]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(type(e).__name__, e)
