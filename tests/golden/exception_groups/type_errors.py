# except* refuses exception group classes and non-exception classes.
def attempt(label, clause_type):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* clause_type:
            print(label, "handled")
    except TypeError as e:
        print(label, "TypeError:", e)
        print("  context:", repr(e.__context__))
    except ExceptionGroup as e:
        print(label, "not matched:", repr(e))


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)


class MyGroup(ExceptionGroup):
    pass


attempt("subclass of ExceptionGroup", MyGroup)
attempt("tuple with a group", (ValueError, ExceptionGroup))
attempt("int", 5)
attempt("tuple with an int", (ValueError, 5))
attempt("nested tuple", ((ValueError,),))
attempt("instance", ValueError())
attempt("object", object)
attempt("empty tuple", ())
try:
    try:
        raise ValueError("naked")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("naked:", e)
