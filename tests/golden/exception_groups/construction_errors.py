# BaseExceptionGroup(msg, excs): argument checking and its messages.
def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", type(result).__name__, repr(result))


attempt("no args", lambda: BaseExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("msg"))
attempt("three args", lambda: ExceptionGroup("msg", [ValueError()], None))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("None message", lambda: BaseExceptionGroup(None, [ValueError()]))
attempt("bytes message", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("int excs", lambda: ExceptionGroup("m", 5))
attempt("set excs", lambda: ExceptionGroup("m", {ValueError()}))
attempt("dict excs", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("not an exception", lambda: ExceptionGroup("m", [ValueError(), 5]))
attempt("class, not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("str is a sequence", lambda: ExceptionGroup("m", "ab"))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("excs as keyword", lambda: ExceptionGroup("m", excs=[ValueError()]))
attempt("base exception inside", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("tuple excs", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("range is a sequence", lambda: ExceptionGroup("m", range(0)))


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return KeyError(i)


attempt("user sequence", lambda: ExceptionGroup("m", Seq()))
attempt("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
