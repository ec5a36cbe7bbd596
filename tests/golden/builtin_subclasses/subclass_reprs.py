# repr and str of builtin subclasses without and with a custom __repr__.


class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
class F(frozenset): pass
class I(int): pass
class Fl(float): pass
class St(str): pass
class B(bytes): pass
class E(Exception): pass
class V(ValueError): pass


for obj in (L([1, 2]), D(a=1), T((1,)), S({1}), F({2}), I(5), Fl(1.5), St('s'),
            B(b'x'), E('msg'), V('bad', 2), S(), F(), L(), T()):
    print(type(obj).__name__, repr(obj), str(obj))


class Vec(list):
    def __repr__(self):
        return f'Vec{list.__repr__(self)}'


v = Vec([1, 2])
print(v, [v], str(v), f'{v}', {'k': v})
nested = L([L([1]), D(x=L())])
print(nested)
