# sys.getrefcount() without an argument, uncaught.
import sys
value = int('12345')
print(sys.getrefcount(value))
sys.getrefcount()
