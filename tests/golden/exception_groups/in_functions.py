# except* in functions, generators, nested functions and class bodies.
def gen():
    try:
        yield 1
        raise ExceptionGroup("from generator", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield "T " + repr(e)
    yield "end"


print(list(gen()))


def outer():
    counter = 0

    def bump():
        nonlocal counter
        try:
            raise ExceptionGroup("g", [ValueError()])
        except* ValueError:
            counter += 1

    bump()
    bump()
    return counter


print(outer())


class Body:
    try:
        raise ExceptionGroup("in class", [KeyError("k")])
    except* KeyError as err:
        caught = repr(err)


print(Body.caught, hasattr(Body, "err"))


def thrown():
    try:
        yield
    except* ValueError as e:
        print("generator got", repr(e))
        yield "after throw"


g = thrown()
next(g)
print(g.throw(ValueError("thrown in")))
print([x for x in map(lambda n: n * 2, range(3))])
