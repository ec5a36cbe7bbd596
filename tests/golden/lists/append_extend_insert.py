# Growing lists: append, extend, insert, +=.
items = []
items.append(1)
items.append('two')
items.append([3])
print(items, len(items))
items.extend([4, 5])
items.extend('ab')
items.extend(range(2))
items.extend((x * 10 for x in range(2)))
print(items)
nums = [1, 2, 3]
nums.insert(0, 0)
nums.insert(2, 1.5)
nums.insert(100, 'end')
nums.insert(-1, 'before end')
nums.insert(-100, 'start')
print(nums)
a = [1]
b = a
a += [2]
a += 'xy'
a += (3,)
print(a, b, a is b)
print([].append(1), nums.extend([]), nums.insert(0, 'r') is None)
self_ref = [1, 2]
self_ref.extend(self_ref)
print(self_ref)
self_ref.append(self_ref)
print(self_ref, self_ref[-1] is self_ref)
for f in [lambda: [].append(), lambda: [].append(1, 2), lambda: [].extend(5), lambda: [].extend(None),
          lambda: [].insert(1), lambda: [].insert('0', 1), lambda: [].__iadd__(3)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
