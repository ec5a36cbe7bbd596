def a():
    for i in range(3):
        try:
            if i == 1:
                return 'ret'
        finally:
            if i == 1:
                break
    return 'after'
print(a())
def b():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i < 2:
                continue
            return str(e)
        finally:
            print('fin', i)
print(b())
def c():
    try:
        try:
            return 1
        finally:
            raise KeyError('k')
    except KeyError as e:
        return 'caught ' + repr(e)
print(c())
def d():
    with open('/dev/null') as f:
        for line in [1, 2]:
            try:
                continue
            finally:
                pass
    return f.closed
print(d())
def e():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 2:
                continue
print(e())
def g():
    try:
        yield 1
        return
    finally:
        print('g cleanup')
print(list(g()))
def h():
    for x in range(3):
        with open('/dev/null'):
            if x == 1:
                return x
print(h())
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as err:
            return type(err).__name__
print(k())
def m():
    r = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError
            r.append(i)
        except RuntimeError:
            r.append(-i)
        else:
            r.append('else')
        finally:
            r.append('f')
    return r
print(m())
