# sort() and sorted(): key, reverse, stability, and errors.
nums = [5, 2, 9, 1, 5, 6]
result = nums.sort()
print(result, nums)
nums.sort(reverse=True)
print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
records = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 1), ('eve', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_both = sorted(by_name, key=lambda r: r[1])
print(by_both)
print(sorted([3, 1, 2], reverse=False), sorted('hello'), sorted((3, 1)), sorted({3: 'c', 1: 'a'}))
print(sorted([0.5, -1, 2, True, False]), sorted([[2, 1], [1, 2], [1]]), sorted([]))
print(sorted([-3, 1, -2], key=abs), sorted(['b', 'a', 'c'], key=None))
mixed = [3, 'a', 1]
try:
    mixed.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(mixed)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [2, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([1, 2, 3], key=lambda x: -x), sorted(range(10), key=lambda x: x % 3))
