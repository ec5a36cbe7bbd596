# finally with return, break and continue.
def return_in_finally():
    try:
        return 'from try'
    finally:
        return 'from finally'
print(return_in_finally())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows the exception'
print(swallow())
def finally_sees_value():
    x = 'original'
    try:
        return x
    finally:
        x = 'modified'
        print('  finally ran, x =', x)
print(finally_sees_value())
def mutable_return():
    items = [1]
    try:
        return items
    finally:
        items.append('added in finally')
print(mutable_return())
def break_in_finally():
    for i in range(5):
        try:
            raise RuntimeError(i)
        finally:
            break
    return 'break discarded exception at i=%d' % i
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError('skipped')
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def nested_finally():
    try:
        try:
            return 'inner try'
        finally:
            print('  inner finally')
    finally:
        print('  outer finally')
print(nested_finally())
def counter():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print('  finally on iteration', count)
print(counter())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('  finally after except return')
print(except_return())
