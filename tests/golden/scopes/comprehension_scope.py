# Comprehension variables are local to the comprehension; for-loop variables leak.
x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
for y in range(3):
    pass
print('loop variable after loop:', y)
gen = (z for z in range(3))
print(list(gen), 'z' in globals())
print({k: v for k, v in [('a', 1)]}, 'k' in globals(), {w for w in 'ab'} == {'a', 'b'}, 'w' in globals())
values = [1, 2, 3]
print([n + len(values) for n in values])
print([(i, j) for i in range(2) for j in range(i, 2)])
total = [last := n for n in range(5)]
print(total, last)
def in_function():
    items = [item * 2 for item in range(3)]
    return items, 'item' in locals()
print(in_function())
def closure_over_loop_var():
    return [lambda: i for i in range(3)]
print([f() for f in closure_over_loop_var()])
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
n = 10
print([n for n in range(3)], n)
print(sum(n for n in range(5)), n)
