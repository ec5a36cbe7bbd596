# gc.is_finalized() tells whether the runtime has already run an object's
# __del__ (objects resurrected by __del__ stay finalized).
import gc

saved = []


class Keeper:
    def __del__(self):
        print('Keeper.__del__')
        saved.append(self)


class NoDel:
    pass


k = Keeper()
print('before:', gc.is_finalized(k))
k.__del__()                      # a manual call does not count
saved.clear()
print('after manual call:', gc.is_finalized(k))
del k
print('after death and resurrection:', gc.is_finalized(saved[0]))
saved.clear()                    # dies for good, no second __del__

n = NoDel()
print('no __del__:', gc.is_finalized(n))
a = NoDel()
b = NoDel()
a.b = b
b.a = a
keep = [a]
print('in a cycle still referenced:', gc.is_finalized(a), gc.collect() >= 0, gc.is_finalized(a))
print('builtins:', gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized(None))
try:
    gc.is_finalized()
except TypeError as e:
    print(type(e).__name__, e)
