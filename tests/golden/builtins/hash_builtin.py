# hash(): ints hash to themselves (mod 2**61 - 1), equal numbers hash equal, strings with PYTHONHASHSEED=0.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10**6), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.0), hash(0.1), hash(1e100))
print(hash(float('inf')), hash(float('-inf')), hash(1 + 0j) == hash(1), hash(2.5 + 1j))
print(hash(1) == hash(1.0) == hash(True), hash(10**20) == hash(float(10**20)))
print(hash('abc'), hash(''), hash('a'), hash(b'abc') == hash('abc'), hash(b''))
print(hash((1, 2)), hash(()), hash(('a', 1)), hash(frozenset()), hash(frozenset([1])))
print(hash(range(3)) == hash(range(0, 3)), hash(None) == hash(None))
x = 'interned'
print(hash(x) == hash('interned'), hash(x) == x.__hash__())
for v in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
