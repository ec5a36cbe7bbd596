# An exception whose __str__ fails is printed as "<exception str() failed>".
class Weird(Exception):
    def __str__(self):
        raise RuntimeError('cannot format')
print('about to raise')
raise Weird('payload')
