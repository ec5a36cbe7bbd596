# Leaving a function frees its locals: parameters first, then the other
# locals in the order of their first assignment.


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def work():
    second_local = None
    first = Tag('first (assigned first)')
    second_local = Tag('second_local (slot made first, assigned second)')
    third = Tag('third')
    print('  returning from work')


print('call work')
work()
print('back in module')


def with_params(a, b, c=None):
    local = Tag('local')
    print('  returning from with_params')
    return 'result'


print('call with_params')
print(with_params(Tag('param a'), Tag('param b'), c=Tag('param c')))


def returns_one():
    keep = Tag('returned')
    drop = Tag('dropped')
    return keep


print('call returns_one')
kept = returns_one()
print('kept', kept.name)
del kept


def loop_var():
    for i in range(3):
        t = Tag(f'loop {i}')
    print('  loop done')


print('call loop_var')
loop_var()
print('end')
