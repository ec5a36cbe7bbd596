print('circular.a: start')
from circular.b import B_VALUE
A_VALUE = 'a'
print('circular.a: end')
