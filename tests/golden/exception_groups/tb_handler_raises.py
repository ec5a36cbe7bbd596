# Raised in an except* clause: the combined group has no traceback of its own.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("raised in the handler")
