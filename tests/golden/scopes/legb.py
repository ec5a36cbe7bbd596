# Name lookup order: Local, Enclosing, Global, Built-in.
x = 'global x'
def outer():
    x = 'enclosing x'
    def inner():
        x = 'local x'
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def reads_global():
    return x
print(reads_global())
print(len('abc'))
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
len = lambda s: 'global shadow'
print(len('abc'))
del len
print(len('abc'))
print(max([1, 5]), len([1, 5]))
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3()
    return level2()
print(level1())
def sees_later_global():
    return later
later = 'defined after the function'
print(sees_later_global())
print(sorted(k for k in globals() if not k.startswith('__')))
def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())
print(show_locals(1))
