# split() and subgroup() with a class or a tuple of classes.
eg = ExceptionGroup(
    "top",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
        ExceptionGroup("only types", [TypeError(5)]),
    ],
)


def show(label, value):
    print(label, repr(value))


match, rest = eg.split(ValueError)
show("ValueError match:", match)
show("ValueError rest:", rest)
show("TypeError:", eg.split(TypeError))
show("LookupError subgroup:", eg.subgroup(LookupError))
show("tuple:", eg.split((KeyError, TypeError)))
show("everything:", eg.split(Exception))
print(eg.split(Exception)[0] is eg, eg.subgroup(ExceptionGroup) is eg)
show("nothing:", eg.split(OSError))
show("nothing subgroup:", eg.subgroup(OSError))
show("group class:", eg.split(ExceptionGroup))
inner = eg.exceptions[2]
m, r = eg.split(KeyError)
print(m.exceptions[0].exceptions[0] is inner.exceptions[1])
print(type(m).__name__, type(m.exceptions[0]).__name__)
beg = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
m, r = beg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
for bad in (1, [ValueError], (ValueError, 1), "ValueError", str.isdigit, None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split(%r):" % (bad,), e)
for args in ((), (ValueError, TypeError)):
    for method in (eg.split, eg.subgroup):
        try:
            method(*args)
        except TypeError as e:
            print(method.__name__, len(args), e)
