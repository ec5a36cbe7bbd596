# __get__ receives obj=None when the attribute is read on the class, and
# the owner class in both cases.


class Show:
    def __get__(self, obj, owner):
        return f'obj={type(obj).__name__}, owner={owner.__name__}'


class Base:
    attr = Show()


class Child(Base):
    pass


print(Base.attr)
print(Base().attr)
print(Child.attr)
print(Child().attr)
print(getattr(Child, 'attr'))
print(vars(Base)['attr'].__get__(None, Child))


class NoOwner:
    def __get__(self, obj, owner=None):
        return owner


class Holder:
    x = NoOwner()


print(Holder.x, Holder().x)
print(Holder.__dict__['x'].__get__(Holder()))

# A descriptor stored in a metaclass controls access on the class itself.
class MetaDesc:
    def __get__(self, cls, metacls):
        return f'{cls.__name__} via {metacls.__name__}'


class Meta(type):
    info = MetaDesc()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.info)
try:
    WithMeta().info
except AttributeError as e:
    print(type(e).__name__, e)
