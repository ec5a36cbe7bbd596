# A __del__ can resurrect its object by storing a reference; the object
# stays alive and its __del__ is not called a second time.
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print('__del__', self.name, 'death', self.deaths)
        saved.append(self)


p = Phoenix('bird')
del p
print('saved:', [x.name for x in saved], 'deaths', saved[0].deaths)
q = saved.pop()
print('got it back:', q.name)
del q
print('second release: no __del__ printed, saved =', saved)


class Once:
    def __del__(self):
        print('Once.__del__')


o = Once()
o.__del__()      # an explicit call is an ordinary method call
o.__del__()
print('deleting')
del o            # the runtime still calls it once
print('end')
