# Classes defined inside classes and functions.


class Tree:
    class Node:
        def __init__(self, value):
            self.value = value
            self.children = []

        def add(self, value):
            child = Tree.Node(value)
            self.children.append(child)
            return child

    def __init__(self, value):
        self.root = Tree.Node(value)

    def walk(self):
        out = []

        def visit(node, depth):
            out.append('  ' * depth + str(node.value))
            for ch in node.children:
                visit(ch, depth + 1)

        visit(self.root, 0)
        return out


t = Tree('root')
a = t.root.add('a')
a.add('a1')
a.add('a2')
t.root.add('b')
print('\n'.join(t.walk()))
print(Tree.Node.__qualname__, type(t.root).__qualname__)
print(repr(Tree.Node))
print(isinstance(a, Tree.Node))
# The nested class is not visible as a bare name inside the outer body's methods.
class Outer:
    class Inner:
        pass

    def make(self):
        return Inner()


try:
    Outer().make()
except NameError as e:
    print(type(e).__name__, e)


def make_counter_class(start):
    class Counter:
        first = start

        def __init__(self):
            self.n = start

        def next(self):
            self.n += 1
            return self.n
    return Counter


C5 = make_counter_class(5)
C10 = make_counter_class(10)
print(C5 is C10, C5.__qualname__, C5.first, C10.first)
c = C5()
print(c.next(), c.next(), C10().next())
print(repr(C5))
print(repr(c))
