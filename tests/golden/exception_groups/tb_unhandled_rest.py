# The unhandled part keeps the original traceback.
def work():
    raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), OSError("io")])


try:
    work()
except* ValueError:
    print("handled the ValueError")
except* OSError as e:
    print("handled", repr(e))
