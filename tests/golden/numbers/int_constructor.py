# int() of numbers and objects with __int__, __index__, __trunc__, with the base argument and every error message.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r), type(r).__name__)


class WithInt:
    def __int__(self):
        return 7


class WithIndex:
    def __index__(self):
        return 8


class BadInt:
    def __int__(self):
        return 'x'


class BadIndex:
    def __index__(self):
        return 1.5


class MyInt(int):
    pass


show('int()', lambda: int())
show('int(3.99)', lambda: int(3.99))
show('int(-3.99)', lambda: int(-3.99))
show('int(True)', lambda: int(True))
show('int(1e20)', lambda: int(1e20))
show('int(WithInt())', lambda: int(WithInt()))
show('int(WithIndex())', lambda: int(WithIndex()))
show('int(BadInt())', lambda: int(BadInt()))
show('int(BadIndex())', lambda: int(BadIndex()))
show('int(MyInt(5))', lambda: int(MyInt(5)))
show('MyInt(5) + 1', lambda: MyInt(5) + 1)
show("MyInt('12', 3)", lambda: MyInt('12', 3))
show("int('ff', 16)", lambda: int('ff', 16))
show("int('ff', base=16)", lambda: int('ff', base=16))
show("int('0b101', 0)", lambda: int('0b101', 0))
show("int(b'12')", lambda: int(b'12'))
show("int('5', 10, 3)", lambda: int('5', 10, 3))
show("int(x='5')", lambda: int(x='5'))
show('int(base=10)', lambda: int(base=10))
show("int('5', 10.0)", lambda: int('5', 10.0))
show("int('5', 1)", lambda: int('5', 1))
show("int('5', 37)", lambda: int('5', 37))
show('int(5, 10)', lambda: int(5, 10))
show('int(None)', lambda: int(None))
show('int([])', lambda: int([]))
show("int(float('inf'))", lambda: int(float('inf')))
show("int(float('nan'))", lambda: int(float('nan')))
show('int(1j)', lambda: int(1j))
show("float('1.5')", lambda: float('1.5'))
show('float(WithIndex())', lambda: float(WithIndex()))
show('float(2**1024)', lambda: float(2**1024))
show('float(x=1)', lambda: float(x=1))
show('float(1, 2)', lambda: float(1, 2))
show('float(1j)', lambda: float(1j))
show('bool()', lambda: bool())
show('bool(x=1)', lambda: bool(x=1))
show('bool(1, 2)', lambda: bool(1, 2))
show("bool('')", lambda: bool(''))
