# Augmented assignment on names, items, attributes; in-place vs rebinding.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
d = {'count': 0}
for word in 'the cat the dog the end'.split():
    d['count'] += 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
class Box:
    pass
box = Box()
box.n = 10
box.n //= 3
box.n **= 3
print(box.n)
counter = {}
for ch in 'mississippi':
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
x = 1.5
x /= 0.5
print(x)
lst = [1]
lst *= 3
print(lst)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
