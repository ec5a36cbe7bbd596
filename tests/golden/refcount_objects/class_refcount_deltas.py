# Every instance refers to its class, so creating and freeing instances
# changes the class's reference count by one each.
import sys


class Widget:
    pass


base = sys.getrefcount(Widget)
w1 = Widget()
print('one instance:', sys.getrefcount(Widget) - base)
w2 = Widget()
w3 = Widget()
print('three instances:', sys.getrefcount(Widget) - base)
many = [Widget() for _ in range(10)]
print('thirteen instances:', sys.getrefcount(Widget) - base)
del many
print('back to three:', sys.getrefcount(Widget) - base)
del w1, w2, w3
print('none:', sys.getrefcount(Widget) - base)
alias = Widget
print('a second name:', sys.getrefcount(Widget) - base)
del alias
registry = {'widget': Widget, 'classes': [Widget, Widget]}
print('in a dict and a list:', sys.getrefcount(Widget) - base)
del registry
t = type(Widget())
print('type() of a temporary:', sys.getrefcount(Widget) - base)
del t
w = Widget()
w.__class__ = type('Other', (), {})
print('instance moved to another class:', sys.getrefcount(Widget) - base)
