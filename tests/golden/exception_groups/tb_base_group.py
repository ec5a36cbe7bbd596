# A BaseExceptionGroup escaping the program (contains SystemExit).
try:
    raise ValueError("v")
except ValueError as v:
    group = BaseExceptionGroup("base", [v, SystemExit(3), KeyboardInterrupt()])
raise group
