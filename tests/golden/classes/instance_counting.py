# Tracking instances with class attributes, and the difference between
# writing through self and through the class.


class Widget:
    created = 0
    registry = []

    def __init__(self, label):
        Widget.created += 1
        self.id = Widget.created
        self.label = label
        self.registry.append(self)

    def __repr__(self):
        return f'<Widget #{self.id} {self.label}>'


buttons = [Widget(name) for name in ('ok', 'cancel', 'help')]
print(Widget.created, Widget.registry)
print(buttons[1].created, buttons[1].id)


class Broken:
    created = 0

    def __init__(self):
        self.created += 1    # makes an instance attribute; the class stays at 0


b1 = Broken()
b2 = Broken()
print(Broken.created, b1.created, b2.created)


class Subclassed(Widget):
    pass


s = Subclassed('sub')
print(Widget.created, s.id, Subclassed.created, 'created' in vars(Subclassed))
print(Widget.registry[-1], Subclassed.registry is Widget.registry)


class Child(Widget):
    created = 100        # its own counter; Widget.__init__ still bumps Widget's


c = Child('child')
print(Widget.created, Child.created, c.id)
