# Nested loops: break only leaves the innermost loop; flags and functions for early exit.
for i in range(1, 4):
    for j in range(1, 4):
        if j == 3:
            break
        print(f'{i}x{j}={i * j}', end='  ')
    print()
target = 12
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print('first pair', found)
def find_pair(total):
    for a in range(10):
        for b in range(10):
            if a + b == total and a < b:
                return a, b
    return None
print(find_pair(7), find_pair(30))
for row in range(5):
    print(' ' * (4 - row) + '*' * (2 * row + 1))
table = [[r * c for c in range(1, 6)] for r in range(1, 6)]
for row in table:
    print(''.join(f'{v:4}' for v in row))
pairs = 0
for x in range(5):
    for y in range(5):
        if x == y:
            continue
        pairs += 1
print('ordered pairs', pairs)
for outer in 'ab':
    for inner in 'xy':
        for k in range(2):
            if k:
                continue
            print(outer + inner, end=' ')
print()
