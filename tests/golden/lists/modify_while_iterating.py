# Mutating a list while iterating over it: what CPython actually does.
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3]
for n in nums:
    if n == 2:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4]
print([n for n in nums[:] if n % 2 or nums.remove(n)], nums)
grow = [1, 2, 3]
for i, v in enumerate(grow):
    if i < 3:
        grow.append(v * 10)
print(grow)
safe = [x for x in [1, 2, 3, 4, 5, 6] if x % 2]
print(safe)
items = [5, 6, 7]
it = iter(items)
print(next(it))
items.clear()
print(list(it))
items = [1, 2]
it = iter(items)
items.extend([3, 4])
print(list(it))
