# Any callable can be given as metaclass=; what it returns is bound to the
# class name.


def as_dict(name, bases, ns):
    print('as_dict called for', name, bases)
    return {k: v for k, v in ns.items() if not k.startswith('__')}


class Settings(metaclass=as_dict):
    debug = True
    level = 3


print(type(Settings).__name__, Settings)


def tagging(name, bases, ns):
    cls = type(name, bases, ns)
    cls.tag = name.lower()
    return cls


class Tagged(metaclass=tagging):
    pass


print(Tagged.tag, type(Tagged))


class Child(Tagged):     # the function is not inherited: type(Tagged) is type
    pass


print(hasattr(Child, 'tag'), Child.tag, type(Child))


def counting(name, bases, ns, **kwargs):
    return len(ns), sorted(kwargs)


class Count(metaclass=counting, a=1, b=2):
    x = 1
    y = 2


print(Count)
