# The type names of the different kinds of callables and descriptors.


class A:
    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


def show(label, obj):
    print(f'{label:28} {type(obj).__name__}')


a = A()
show('def function', A.method)
show('bound method', a.method)
show('classmethod via class', A.cm)
show('staticmethod via class', A.sm)
show('lambda', lambda: 0)
show('builtin function', len)
show('builtin bound method', [].append)
show('method of a builtin type', list.append)
show('slot wrapper', object.__init__)
show('method-wrapper', a.__init__)
show('classmethod of a builtin', dict.__dict__['fromkeys'])
show('bound classmethod builtin', dict.fromkeys)
show('getset descriptor', A.__dict__['__dict__'])
show('member descriptor', type('S', (), {'__slots__': ('x',)}).x)
show('property', property())
show('class', A)
show('type', type)
show('generator', (x for x in ()))
show('__new__ of object', object.__new__)
