# Small ints -5..256 are shared objects; results computed at run time show it.
def same(a, b):
    return a is b
base = int('1000')
print(same(base - 744, int('256')), same(base - 743, int('257')))
print(same(int('-5'), -6 + 1), same(int('-6'), -7 + 1))
print(same(int('0'), 0), same(int('100') * 2, 200), same(2 ** 8, int('256')))
pool = [n for n in range(-10, 300) if same(n + 0, int(str(n)))]
print(pool[0], pool[-1], len(pool))
x = int('300')
y = int('300')
print(x == y, same(x, y))
a = int('42')
b = int('42')
print(a == b, same(a, b))
print(same(len('abcde'), 5), same(sum([100, 150, 6]), 256), same(sum([100, 150, 7]), 257))
print(same(int('1' * 3), 111), same(abs(-7), 7), same(True + 1, 2), same(int(True), 1))
big1 = 10 ** 20
big2 = 10 ** 20
print(big1 == big2, same(big1, big2))
