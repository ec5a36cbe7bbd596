# Error messages of unpacking.
def c1(): a, b, c = [1, 2]
def c2(): a, b = [1, 2, 3]
def c3(): a, b = 5
def c4(): a, b = None
def c5(): a, *b, c = [1]
def c6(): a, b, *c, d = (1, 2)
def c7(): a, b = "xyz"
def c8(): a, b = {"k": 1}
def c9(): (a, b), c = [1, 2], 3; return a, b, c
def c10(): (a, b), c = 1, 2
def c11(): a, = []
def c12(): a, b = iter([1])
def c13(): a, b = range(10)
def c14(): a, b = 1.5
def c15():
    for a, b in [(1, 2), (3,)]:
        pass
def c16(): [a, b] = [[1, 2, 3]]
def c17(): [a, b] = [[1, 2]]; return a, b
cases = [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17]
for case in cases:
    try:
        print(case.__name__, '-> ok', case())
    except (ValueError, TypeError) as e:
        print(f'{case.__name__:<4} {type(e).__name__}: {e}')
def gen():
    yield 1
    yield 2
    yield 3
    print('  generator not exhausted past the check')
try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
