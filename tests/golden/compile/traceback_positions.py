def f(d):
    return d['key'] + \
        1
def g(o):
    return (o.
            attr.method(1))
class O: pass
for fn, arg in [(f, {}), (f, {'key': 'x'}), (g, O())]:
    try:
        fn(arg)
    except Exception as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
for i in range(10):
    if i > 2:
        y = x[i]
