# gc.get_referents() lists what an object refers to, in its traverse order.
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Tag({self.name})'


a, b, c = Tag('a'), Tag('b'), Tag('c')
p = Point(a, b)
refs = gc.get_referents(p)
print(refs[:2], refs[2] is Point, len(refs))
p.z = c
print(gc.get_referents(p)[:3], gc.get_referents(p)[3] is Point)
print('list (last item first):', gc.get_referents([a, b, c]))
print('tuple:', gc.get_referents((a, b, c)))
print('dict:', gc.get_referents({'x': a, 'y': b}))
print('dict with object keys:', gc.get_referents({a: b}))
print('several at once:', gc.get_referents([a], [b, c]))
print('atoms:', gc.get_referents(1), gc.get_referents('text'), gc.get_referents(None))
print('a set:', len(gc.get_referents({1, 2, 3})))
print('list of ints:', gc.get_referents([1, 2, 3]))
empty = Point.__new__(Point)
print('instance without attributes:', gc.get_referents(empty) == [Point])
