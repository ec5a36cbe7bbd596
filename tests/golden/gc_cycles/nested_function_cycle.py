# A nested function that calls itself refers to its own closure cell, which
# refers back to the function: a cycle freed only by the collector.
import gc

gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  __del__', self.name)


def make_countdown():
    marker = Marker('captured by the recursive function')

    def countdown(n):
        if n == 0:
            return [marker.name]
        return [n] + countdown(n - 1)
    return countdown


f = make_countdown()
print(f(3))
del f
print('function dropped; marker not freed yet')
print('collect ->', gc.collect())


def no_cycle():
    marker = Marker('captured by a non-recursive function')

    def show():
        return marker.name
    return show


g = no_cycle()
print(g())
del g
print('collect ->', gc.collect())


def self_attr():
    def f():
        return f.calls
    f.calls = 0
    return f


h = self_attr()
h.me = h
del h
print('function with attributes referring to itself ->', gc.collect())
