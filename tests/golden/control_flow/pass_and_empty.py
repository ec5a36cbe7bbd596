# pass, empty bodies, ellipsis, and loops over various iterables.
def todo():
    pass
class Empty:
    pass
def stub():
    ...
print(todo(), stub(), Empty.__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
print(...)
print(type(...).__name__, ... is Ellipsis)
iterables = [
    [1, 2], (3, 4), 'ab', b'ab', {5: 'x'}, {'k'}, range(2), iter([6, 7]),
    enumerate('cd'), zip([1], [2]), map(abs, [-1]), filter(None, [0, 8]), reversed([9, 10]),
    (x for x in [11]), {'a': 1}.items(), {'a': 1}.values(), frozenset({12}), bytearray(b'z'),
]
for it in iterables:
    print(type(it).__name__, [v for v in it])
