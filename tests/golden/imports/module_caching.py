# A module is executed once; later imports reuse sys.modules.
import sys
print('noisy' in sys.modules)
import noisy
print('first import done, loads =', noisy.loads)
noisy.loads += 1
import noisy
import noisy as again
from noisy import loads
print('second import done, loads =', noisy.loads, loads, again is noisy)
print('noisy' in sys.modules, sys.modules['noisy'] is noisy)
def import_inside_function():
    import noisy
    return noisy.loads
print(import_inside_function(), 'noisy' in dir())
del noisy
print('noisy' in dir(), 'noisy' in sys.modules)
import noisy
print('re-import after del does not re-run:', noisy.loads)
del sys.modules['noisy']
import noisy
print('after removing from sys.modules it runs again:', noisy.loads)
