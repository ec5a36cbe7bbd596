# The usual pattern for timing code, printing only facts that do not depend on speed.
import time
def slow_sum(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
timings = {}
for n in [10, 1000, 100000]:
    start = time.perf_counter()
    value = slow_sum(n)
    timings[n] = time.perf_counter() - start
    print(n, value, timings[n] >= 0)
print(sorted(timings) == [10, 1000, 100000], all(isinstance(v, float) for v in timings.values()))
def timed(fn):
    def wrapper(*args):
        t0 = time.perf_counter()
        result = fn(*args)
        wrapper.last = time.perf_counter() - t0
        return result
    return wrapper
@timed
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib.last >= 0, type(fib.last).__name__)
deadline = time.monotonic() + 0.005
spins = 0
while time.monotonic() < deadline:
    spins += 1
print(spins > 0, time.monotonic() >= deadline)
