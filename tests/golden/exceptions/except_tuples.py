# except with tuples, several clauses, and the first matching clause wins.
def convert(value):
    try:
        return int(value)
    except (ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'
for v in ['42', 'forty', None, 3.9, [1]]:
    print(repr(v), '->', convert(v))
def lookup(container, key):
    try:
        return container[key]
    except KeyError:
        return 'missing key'
    except IndexError:
        return 'bad index'
    except (TypeError, AttributeError) as e:
        return f'type problem: {e}'
print(lookup({'a': 1}, 'a'), lookup({}, 'a'), lookup([1], 5), lookup(5, 0), lookup([1], 'x'))
def first_match(exc):
    try:
        raise exc
    except Exception:
        return 'Exception (listed first)'
    except ValueError:
        return 'ValueError (unreachable)'
print(first_match(ValueError()))
errors = (KeyError, ZeroDivisionError)
try:
    1 / 0
except errors as e:
    print('caught with a tuple variable:', type(e).__name__)
nested = (ValueError, (KeyError, (IndexError,)))
try:
    try:
        [][1]
    except nested as e:
        print('never: nested tuples are not accepted by except')
except TypeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
try:
    try:
        raise ValueError('v')
    except 'not a class':
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 5):
        print('a matching class earlier in the tuple is fine')
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except (KeyError, 5):
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
