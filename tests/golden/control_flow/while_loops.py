# while loops with else, break, continue.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while finished without break')
i = 0
while True:
    i += 1
    if i > 3:
        print('breaking at', i)
        break
else:
    print('never printed')
def find(items, target):
    idx = 0
    while idx < len(items):
        if items[idx] == target:
            print('found', target, 'at', idx)
            break
        idx += 1
    else:
        print(target, 'not found')
find([4, 8, 15], 8)
find([4, 8, 15], 16)
count = 3
while count:
    print('count', count)
    count -= 1
else:
    print('count reached', count)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print('depth', depth)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print('first fib >= 100:', b)
