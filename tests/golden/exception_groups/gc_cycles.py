# Groups take part in cycles and are collected.
import gc

gc.collect()
gc.disable()


class Holder:
    pass


h = Holder()
eg = ExceptionGroup("cycle", [ValueError(h)])
h.group = eg
del h, eg
print(gc.collect())

eg = ExceptionGroup("self", [KeyError()])
eg.exceptions[0].args = (eg,)
del eg
print(gc.collect())


def catch():
    try:
        raise ExceptionGroup("tb cycle", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        kept = e
    except* TypeError:
        pass
    return kept


print(repr(catch()))
print(gc.collect())
gc.enable()
