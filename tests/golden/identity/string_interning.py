# Which strings are the same object: interned literals, run-time strings, sys.intern.
import sys
def same(a, b):
    return a is b
a = 'hello'
b = 'hel' + 'lo'
c = ''.join(['hel', 'lo'])
print(same(a, b), same(a, c), a == c, same(a, sys.intern(c)))
name = 'spam_eggs_42'
built = '_'.join(['spam', 'eggs', '42'])
print(same(name, built), same(name, sys.intern(built)))
s1 = str(12345)
s2 = str(12345)
print(s1 == s2, same(s1, s2))
print(same(''.join([]), ''), same(str(), ''), same('abc'[3:], ''))
print(same(chr(97), chr(97)), same('xa'[1], 'ya'[1]), same(chr(233), chr(233)))
print(same(chr(0x4e2d), chr(0x4e2d)))
word = 'python'
print(same(word[:], word), same(word[0:6], word), same(str(word), word), same(word + '', word))
upper = 'ABC'
print(same(upper.upper(), upper), same(upper.lower(), upper.lower()))
keys = {}
for part in ['alpha', 'beta']:
    keys[''.join([part, '_key'])] = part
k = next(iter(keys))
print(k == 'alpha_key', same(k, 'alpha_key'))
attr_holder = type('Holder', (), {})()
setattr(attr_holder, ''.join(['dyn', 'amic']), 1)
stored = [key for key in vars(attr_holder)][0]
print(stored == 'dynamic', same(stored, 'dynamic'))
