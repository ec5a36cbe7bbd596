def f(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 6:
            break
        total += i
    else:
        total = -1
    return total
print(f(5), f(20))
i = 0
while i < 3:
    i += 1
else:
    print('done', i)
while True:
    i -= 1
    if i == 0:
        break
print(i)
def tf():
    try:
        return 'try'
    finally:
        print('finally runs')
print(tf())
def tf2():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('fin', i)
    return i
print(tf2())
def tf3():
    try:
        1/0
    except ZeroDivisionError as e:
        print('caught', e)
        return 'ret'
    finally:
        print('cleanup')
print(tf3())
def tf4():
    try:
        try:
            raise ValueError('inner')
        except TypeError:
            print('no')
    except ValueError as e:
        print('outer caught', e)
    else:
        print('no else')
    try:
        pass
    except:
        pass
    else:
        print('else ran')
tf4()
def tf5():
    try:
        raise KeyError('k')
    except (TypeError, KeyError) as e:
        print(type(e).__name__)
    try:
        e
    except NameError as err:
        print('e deleted')
tf5()
def tf6():
    try:
        return 1
    finally:
        return 2
print(tf6())
def tf7():
    for x in range(2):
        try:
            continue
        finally:
            print('cont fin', x)
tf7()
def tf8():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e:
            print(repr(e.__context__))
tf8()
try:
    try:
        raise ValueError('x')
    finally:
        print('fin before propagate')
except ValueError as e:
    print('got', e)
def gen_raise():
    try:
        raise RuntimeError('from') from KeyError('cause')
    except RuntimeError as e:
        print(repr(e.__cause__))
gen_raise()
try:
    assert 1 == 2, 'message'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert2', repr(e))
x = 3
print('a' if x > 2 else 'b', 'c' if x < 2 else 'd')
print(1 < x < 5, 1 < x > 5, x == 3 == 3.0, not x, not (x is None))
print(x and 0, x or 0, 0 or [] or 'last', None and 1)
if not (x > 1 and x < 2) or x == 3:
    print('cond ok')
