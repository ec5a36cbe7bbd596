# assert with and without a message.
def check_positive(n):
    assert n > 0, f'expected a positive number, got {n}'
    return n
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], ['message', 'can be any object']
except AssertionError as e:
    print(e.args)
try:
    assert None, None
except AssertionError as e:
    print(e.args, repr(e))
assert True, 'not evaluated'
assert 1, print('the message is not evaluated when the assertion holds')
calls = []
def msg():
    calls.append('called')
    return 'lazy message'
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
def mean(values):
    assert values, 'values must not be empty'
    assert all(isinstance(v, (int, float)) for v in values), 'numbers only'
    return sum(values) / len(values)
for data in [[1, 2, 3], [], [1, 'x']]:
    try:
        print(mean(data))
    except AssertionError as e:
        print('AssertionError:', e)
print(__debug__)
