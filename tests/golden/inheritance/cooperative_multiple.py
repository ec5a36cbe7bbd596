# Cooperative multiple inheritance: every class calls super(), so each
# method in the MRO runs exactly once.


class Root:
    def __init__(self, **kwargs):
        print('Root.__init__, leftover:', kwargs)
        super().__init__(**kwargs)    # object.__init__ accepts no extra arguments

    def draw(self):
        print('Root.draw')


class Shape(Root):
    def __init__(self, shapename, **kwargs):
        print('Shape.__init__', shapename)
        self.shapename = shapename
        super().__init__(**kwargs)

    def draw(self):
        print('Shape.draw', self.shapename)
        super().draw()


class Coloured(Root):
    def __init__(self, colour, **kwargs):
        print('Coloured.__init__', colour)
        self.colour = colour
        super().__init__(**kwargs)

    def draw(self):
        print('Coloured.draw', self.colour)
        super().draw()


class Bordered(Root):
    def __init__(self, border=1, **kwargs):
        print('Bordered.__init__', border)
        self.border = border
        super().__init__(**kwargs)

    def draw(self):
        print('Bordered.draw', self.border)
        super().draw()


class ColouredShape(Coloured, Shape):
    pass


class Fancy(Bordered, ColouredShape):
    pass


print([c.__name__ for c in Fancy.__mro__])
f = Fancy(colour='red', shapename='circle', border=3)
f.draw()
print(sorted(vars(f).items()))
cs = ColouredShape(colour='blue', shapename='square')
cs.draw()
try:
    ColouredShape(colour='blue', shapename='square', note='x')
except TypeError as e:
    print(type(e).__name__, e)
