# time.time / perf_counter / monotonic: types and monotonicity (never the values).
import time
t = time.time()
p = time.perf_counter()
m = time.monotonic()
print(type(t).__name__, type(p).__name__, type(m).__name__)
print(t > 1_600_000_000, p >= 0, m >= 0)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10**9, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
readings = [time.monotonic() for _ in range(100)]
print(all(a <= b for a, b in zip(readings, readings[1:])))
counters = [time.perf_counter() for _ in range(100)]
print(all(a <= b for a, b in zip(counters, counters[1:])))
print(time.perf_counter() >= p, time.monotonic() >= m, time.time() >= t - 1)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
