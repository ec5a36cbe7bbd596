# Errors raised inside except and finally blocks, and handlers inside loops.
def risky(n):
    if n == 2:
        raise ValueError(f'bad value {n}')
    if n == 4:
        raise KeyError(n)
    return n * 10
results = []
for n in range(6):
    try:
        results.append(risky(n))
    except ValueError as e:
        results.append(f'V({e})')
        continue
    except KeyError as e:
        results.append(f'K({e})')
        break
    finally:
        results.append(f'f{n}')
print(results)
def handler_fails():
    try:
        raise ValueError('original')
    except ValueError:
        return undefined_in_handler
try:
    handler_fails()
except NameError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
def finally_fails():
    try:
        return 'value'
    finally:
        [][0]
try:
    finally_fails()
except IndexError as e:
    print(type(e).__name__, e, '| context:', e.__context__)
def retry(operation, attempts):
    for attempt in range(1, attempts + 1):
        try:
            return operation(attempt)
        except ConnectionError as e:
            print(f'  attempt {attempt} failed: {e}')
    raise TimeoutError(f'gave up after {attempts} attempts')
def flaky(attempt):
    if attempt < 3:
        raise ConnectionError('connection reset')
    return 'connected'
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except TimeoutError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
try:
    try:
        raise ValueError('inner')
    except ValueError:
        try:
            raise TypeError('nested')
        except TypeError as t:
            print('nested handled:', t, '| context:', repr(t.__context__))
        print('still handling the outer ValueError')
        raise
except ValueError as e:
    print('outer re-raised:', e, e.__context__)
