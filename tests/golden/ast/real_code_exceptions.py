class AppError(Exception):
    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        raise AppError(f"missing: {path}", code=2) from None
    except (PermissionError, IsADirectoryError) as exc:
        raise AppError(str(exc)) from exc
    finally:
        print("done")
