print('circular.b: start')
from circular.a import A_VALUE
B_VALUE = 'b'
