
def annotated(a: int, *b: str, c: 'x' = 1, **d: float) -> None:
    e: int = 5
    f: list
    return e
print(annotated.__annotations__, annotated(1))
x: int = 3
print(__annotations__ if '__annotations__' in dir() else 'none', x)
def many():
    v0=0;v1=1;v2=2;v3=3;v4=4;v5=5;v6=6;v7=7;v8=8;v9=9
    return v0+v1+v2+v3+v4+v5+v6+v7+v8+v9
print(many())
src = "def big():\n" + "".join(f"    a{i} = {i}\n" for i in range(300)) + "    return " + "+".join(f"a{i}" for i in range(300)) + "\n"
exec(src)
print(big())
src2 = "L = [" + ",".join(f"'s{i}'" for i in range(400)) + "]\nprint(len(L), L[-1])\n"
exec(src2)
def loop_big():
    total = 0
    for i in range(3):
        if i:
            total += sum([j for j in range(100)])
    return total
def ret_in_finally_with_value():
    try:
        return [1, 2]
    finally:
        print('cleanup!')
print(ret_in_finally_with_value())
def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            out.append((i, j))
        else:
            out.append('no')
    return out
print(nested_loops())
def del_stuff():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
    g = {'k': 1}
    del g['k']
    class N: pass
    n = N(); n.z = 1; del n.z
    print(g, hasattr(n, 'z'))
del_stuff()
glob = 1
def del_glob():
    global glob
    del glob
del_glob()
print('glob' in globals())
print((lambda x, y=2, *, z=3: x + y + z)(1, z=10))
def kw_only(*, a, b=2): return a, b
print(kw_only(a=1))
print(eval('1 + 2 * 3'), eval('[x for x in range(3)]'))
exec('q = 5\nprint(q * 2)')
i = 10
while i:
    i -= 1
    if i == 5: break
else:
    print('not reached')
print(i)
print([1, 2, 3][::-1], 'abcdef'[1:4:2], (1, 2, 3)[1:])
