# Items created after their list (appended) keep their creation order at
# exit; items created before it (a list display) are visited last to first
# and end up behind them.
import gc

gc.collect()     # generation 0 starts empty: no automatic collection before exit


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


early = [D('display-1'), D('display-2')]
late = []
late.append(D('appended-1'))
late.append(D('appended-2'))
child = D('child made before its owner')
owner = D('owner')
owner.child = child
del child
print('end of script')
