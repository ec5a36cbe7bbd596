# Slicing lists: bounds, negative indices, steps, copies.
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7], nums[:])
print(nums[::2], nums[1::2], nums[::-1], nums[8:2:-2], nums[-1:-4:-1], nums[::-3])
print(nums[5:2], nums[20:], nums[-20:2], nums[3:3], nums[2:100:4])
copy = nums[:]
print(copy == nums, copy is nums)
copy[0] = 'changed'
print(nums[0], copy[0])
matrix = [[1, 2], [3, 4]]
shallow = matrix[:]
shallow[0][0] = 99
print(matrix, shallow[1] is matrix[1])
print(nums[slice(2, 8, 3)], nums[slice(None)], nums[slice(-2, None)])
letters = list('abcdefgh')
print(letters[1:-1], letters[-2::-2], letters[len(letters):], letters[:0])
print(nums[True:3], nums[2**70:], nums[-2**70:1])
try:
    nums[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    nums['a':]
except TypeError as e:
    print(type(e).__name__, e)
try:
    nums[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
