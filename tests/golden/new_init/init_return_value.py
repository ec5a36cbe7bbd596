# __init__ must return None.


class Good:
    def __init__(self):
        self.ok = True
        return None


class Bad:
    def __init__(self):
        return 42


class AlsoBad:
    def __init__(self):
        return self


class Early:
    def __init__(self, flag):
        self.stage = 1
        if flag:
            return
        self.stage = 2


print(Good().ok, Early(True).stage, Early(False).stage)
for cls in (Bad, AlsoBad):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print(type(e).__name__, e)
