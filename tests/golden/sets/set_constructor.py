# set() from iterables, and membership speed-ups in a realistic program.
print(set(), set([1, 2, 2]), set('aab') == {'a', 'b'}, set((1,)), set(range(3)), set({'k': 1}))
print(set({'k': 1}.items()), set(x % 2 for x in range(5)), set(b'aab'))
allowed = set('abcdefghijklmnopqrstuvwxyz0123456789_')
for name in ['valid_name', 'Bad-Name', 'ok42', 'no spaces']:
    bad = set(name) - allowed
    print(name, 'ok' if not bad else 'bad chars: ' + ''.join(sorted(bad)))
visitors_mon = {'ann', 'bob', 'cy'}
visitors_tue = {'bob', 'dee'}
print(sorted(visitors_mon | visitors_tue), sorted(visitors_mon & visitors_tue))
print(sorted(visitors_mon - visitors_tue), sorted(visitors_mon ^ visitors_tue))
for v in [5, None]:
    try:
        set(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(type({1}).__name__, type(set()).__name__, isinstance(frozenset(), set), type({}).__name__)
