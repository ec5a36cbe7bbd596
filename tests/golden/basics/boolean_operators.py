# and/or return one of their operands; not returns a bool; short-circuit.
def t(label, value):
    print('  called', label)
    return value

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default', None or 0, [] and 'x')
print([] or {} or () or 'last', 'a' and 'b' and 'c')
print(not 0, not 1, not '', not 'x', not None, not [], not [0])
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 2))
print(t('a', 0) or t('b', 0) or t('c', 3))
print(t('a', 1) or t('b', 2))
print(not t('a', 0) and t('b', 'yes'))
name = ''
print('Hello, ' + (name or 'stranger'))
items = [0, 1, '', 'a', None, [], [None], 0.0, 0j, {}, set(), (), (0,)]
for item in items:
    print(repr(item), bool(item))
print(True and False or True, True or False and False)
print(type(1 and 2.0), type(0 or ''), type(not 5))
