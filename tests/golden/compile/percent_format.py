a, b = 'x', 3
print('%s|%r|%a' % (a, b, 'é'), '%5s|%-5s|%.2s' % (a, a, 'abc'), '%s' % (a,), '100%% %s' % (b,))
print('%d %s' % (b, a), '%s %s' % (a,) if False else '', '%(k)s' % {'k': 1}, '%s' % a)
try:
    print('%s %s' % (a,))
except TypeError as e:
    print(e)
class S:
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
print('[%s] [%r] [%10s] [%-4r]' % (S(), S(), S(), S()))
