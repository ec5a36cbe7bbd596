# With gc disabled the exit finalization still runs (it ignores
# gc.disable()), and the order is plain creation order; a cycle made while
# gc is disabled is finalized too.
import gc

gc.disable()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


early = [D('display-1'), D('display-2')]
late = []
late.append(D('appended-1'))
late.append(D('appended-2'))


def make_cycle():
    x = D('cycle-x')
    y = D('cycle-y')
    x.other = y
    y.other = x


make_cycle()
print('enabled:', gc.isenabled())
print('end of script')
