# Nested lists: matrices, transposition, flattening, deep structures.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    print(' '.join(f'{v:2}' for v in row))
print(matrix[1][2], matrix[-1][-1], [row[1] for row in matrix])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([list(col) for col in zip(*matrix)])
print([v for row in matrix for v in row])
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag, sum(diag))
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
print(identity)
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*identity)] for row in matrix]
print(product == matrix)
tree = ['root', [['left', []], ['right', [['leaf', []]]]]]
def walk(node, depth=0):
    name, children = node
    print('  ' * depth + name)
    for child in children:
        walk(child, depth + 1)
walk(tree)
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6, []]))
deep = [[[]]]
deep[0][0].append(deep)
print(deep)
print(len(matrix), len(matrix[0]), [len(r) for r in [[], [1], [1, 2]]])
