# The small-int pool: results in -5..256 are one shared object; others are new objects.
import sys


def same(a, b):
    return a is b


a = 256
b = int('256')
print(same(a, b), same(int('257'), int('257')), same(int('-5'), int('-5')), same(int('-6'), int('-6')))
n = 1000
print(same(n - 744, a), same(n - 743, int('257')), same(n - 1005, int('-5')))
x = 200
y = x + 56
print(same(y, a), same(x * 2, int('400')), same(x // 50, int('4')), same(2 ** (x // 25), a), same(abs(-x), x))
print(sys.getrefcount(0) > 10**9, sys.getrefcount(256) > 10**9, sys.getrefcount(int('257')) < 10)
print(same(int(True), int('1')), same(True + 0, int('1')), same(int(3.0), int('3')), same(round(2.5), int('2')))
print(same(True, 1), same(-0, 0), same(int("-0"), 0))
