# A caught exception keeps the failing frame (and its locals) alive through
# its traceback until the except block ends.


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def fail():
    local = Tag('local of fail')
    raise KeyError('missing')


try:
    fail()
except KeyError as e:
    print('in handler, local still alive')
print('after handler: the name e is gone:', 'e' in globals())

saved = None
try:
    fail()
except KeyError as e:
    saved = e
print('exception saved, local still alive')
saved = None
print('after dropping the saved exception')


def swallow():
    try:
        fail()
    except KeyError:
        print('  swallowed')
    print('  swallow continues')


swallow()
print('end')
