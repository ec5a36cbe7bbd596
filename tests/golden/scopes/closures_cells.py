# Closures keep variables alive in cells; late binding in loops.
def make_greeter(greeting):
    def greet(name):
        return f'{greeting}, {name}'
    return greet
hello = make_greeter('Hello')
print(hello('Ada'), hello.__closure__[0].cell_contents, len(hello.__closure__))
print(hello.__code__.co_freevars, make_greeter.__code__.co_cellvars)
def no_closure():
    return 1
print(no_closure.__closure__)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_funcs():
    result = []
    for i in range(3):
        def f():
            return i * 10
        result.append(f)
    i = 100
    return result
print([f() for f in make_funcs()])
def make_funcs_fixed():
    def make(i):
        return lambda: i * 10
    return [make(i) for i in range(3)]
print([f() for f in make_funcs_fixed()])
def shared_cell():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = shared_cell()
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0])
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter_gen()
inc(); inc()
print(inc.__closure__[0].cell_contents)
def outer():
    v = 'before'
    f = lambda: v
    v = 'after'
    return f()
print(outer())
