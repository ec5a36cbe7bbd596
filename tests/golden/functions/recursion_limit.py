# RecursionError caught, sys.getrecursionlimit / setrecursionlimit.
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
deepest = 0
def probe(n):
    global deepest
    deepest = n
    probe(n + 1)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    probe(1)
except RecursionError as e:
    print('deepest call reached', deepest)
def countdown(n):
    return 0 if n == 0 else countdown(n - 1)
print(countdown(150))
try:
    countdown(300)
except RecursionError as e:
    print('300 is too deep:', e)
sys.setrecursionlimit(1000)
print(countdown(300), sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit('100')
except TypeError as e:
    print(type(e).__name__, e)
def at_depth(n):
    if n:
        return at_depth(n - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        return str(e)
print(at_depth(20))
print(sys.getrecursionlimit())
