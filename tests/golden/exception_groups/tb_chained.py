# Causes and contexts inside and around groups.
def member():
    try:
        raise KeyError("first")
    except KeyError as e:
        try:
            raise ValueError("second") from e
        except ValueError as v:
            return v


try:
    try:
        raise OSError("before the group")
    except OSError:
        raise ExceptionGroup("chained", [member(), ExceptionGroup("sub", [TypeError("t")])])
except ExceptionGroup as eg:
    raise RuntimeError("after the group") from eg
