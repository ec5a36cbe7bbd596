# callable() on functions, classes, instances, builtins.
def f():
    pass
class Plain:
    pass
class WithCall:
    def __call__(self):
        return 'called'
values = [f, lambda: 0, Plain, Plain(), WithCall, WithCall(), len, print, str, 'str', 5, None,
          [].append, str.upper, 'x'.upper, type, object, callable, (lambda: 0)()]
for v in values:
    print(type(v).__name__, callable(v))
w = WithCall()
print(w(), callable(w.__call__))
handlers = [print, 'not a function', abs]
print([h.__name__ for h in handlers if callable(h)])
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
