# An uncaught group prints every member in a frame of its own.
def fail(n):
    raise ValueError(n)


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("no traceback"))
raise ExceptionGroup("several", errors)
