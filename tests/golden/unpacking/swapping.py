# Swapping and the evaluation order of tuple assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = z, x, y
print(x, y, z)
fib = []
p, q = 0, 1
for _ in range(10):
    fib.append(p)
    p, q = q, p + q
print(fib)
nums = [5, 3, 8, 1]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)
i = 0
items = ['a', 'b', 'c']
i, items[i] = 1, 'changed'
print(i, items)
lst = [1, 2, 3]
lst[0], lst[1], lst[2] = lst[2], lst[0], lst[1]
print(lst)
def bubble(seq):
    seq = list(seq)
    for end in range(len(seq) - 1, 0, -1):
        for k in range(end):
            if seq[k] > seq[k + 1]:
                seq[k], seq[k + 1] = seq[k + 1], seq[k]
    return seq
print(bubble([5, 2, 9, 1, 5, 6]))
d = {'a': 1, 'b': 2}
d['a'], d['b'] = d['b'], d['a']
print(d)
m = n = 0
m, n = n + 1, m + 2
print(m, n)
