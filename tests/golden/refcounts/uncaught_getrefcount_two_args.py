# sys.getrefcount takes exactly one argument; two are an uncaught TypeError.
import sys
items = list('ab')
print(sys.getrefcount(items))
sys.getrefcount(items, items)
