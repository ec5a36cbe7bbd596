# Removing and finding items: pop, remove, index, count, clear, del.
colors = ['red', 'green', 'blue', 'green', 'yellow']
print(colors.pop(), colors)
print(colors.pop(0), colors)
print(colors.pop(-2), colors)
colors.remove('green')
print(colors)
nums = [5, 3, 5, 1, 5, 2]
print(nums.count(5), nums.count(7), nums.index(5), nums.index(5, 1), nums.index(5, 3, 5), nums.index(2, -1))
print([1, 1.0, True].count(1), [[1], [1]].count([1]), ['a', 'A'].count('a'))
del nums[0]
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
nums.clear()
print(nums, len(nums))
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1, 2].remove(3),
          lambda: [1, 2].index(3), lambda: ['a'].index('b'), lambda: [1, 2, 3].index(1, 1),
          lambda: [1].pop('0'), lambda: [].remove(), lambda: [].count()]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x = [1, 2]
    del x[5]
except IndexError as e:
    print(type(e).__name__, e)
