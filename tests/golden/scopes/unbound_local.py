# UnboundLocalError, NameError, and free-variable errors with CPython 3.11 messages.
count = 10
def broken_increment():
    count += 1
    return count
try:
    broken_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def read_then_assign():
    print(total)
    total = 5
try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, 'name') else '')
def uses_missing():
    return missing_global + 1
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 'now bound'
    return inner()
print(outer())
def outer_deleted():
    cell = 1
    def inner():
        return cell
    del cell
    return inner()
try:
    outer_deleted()
except NameError as e:
    print(type(e).__name__, e)
x = 'global'
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
