# Indexing errors of lists.
nums = [10, 20, 30]
print(nums[0], nums[-1], nums[-3], nums[True])
for f in [lambda: nums[3], lambda: nums[-4], lambda: nums['0'], lambda: nums[1.0], lambda: nums[None],
          lambda: nums[2**100], lambda: [][0], lambda: nums.__setitem__(5, 0), lambda: nums.__getitem__((0, 1))]:
    try:
        print(f())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    nums[3] = 40
except IndexError as e:
    print(type(e).__name__, e)
try:
    del nums[-10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    nums[0][0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    nums.push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(nums)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {nums: 1}
except TypeError as e:
    print(type(e).__name__, e)
