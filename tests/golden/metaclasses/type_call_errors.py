# type() with one argument returns the type; other argument counts and bad
# argument types are errors.
print(type(1), type('s'), type(None), type(type), type(int))


class A:
    pass


print(type(A()), type(A))


def attempt(*args, **kwargs):
    try:
        print(type(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print(type(e).__name__, e)


attempt()
attempt('A', ())
attempt('A', (), {}, 1)
attempt(1, (), {})
attempt('A', [], {})
attempt('A', (), [])
attempt('A', (1,), {})
attempt('A', (bool,), {})
attempt('A', (A, A), {})
attempt('A\x00B', (), {})
attempt('A', (), {'__qualname__': 3})
attempt('A', (), {'__slots__': 3})
attempt(1, x=1)
attempt('A', (), {}, x=1)
print(type.__call__(int, '12'))
print(type.__new__(type, 'N', (), {}))
try:
    type.__new__(int, 'N', (), {})
except TypeError as e:
    print(type(e).__name__, e)
