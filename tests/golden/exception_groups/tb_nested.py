# Groups within groups are indented one level deeper each.
def leaf(cls, text):
    try:
        raise cls(text)
    except Exception as e:
        return e


def group(message, excs):
    try:
        raise ExceptionGroup(message, excs)
    except ExceptionGroup as e:
        return e


inner = group("inner", [leaf(ValueError, "a"), group("innermost", [leaf(KeyError, "b")])])
raise ExceptionGroup("outer", [inner, leaf(TypeError, "c"), BaseExceptionGroup("plain", [OSError(2, "gone")])])
