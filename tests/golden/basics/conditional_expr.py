# Conditional expressions: value_if_true if cond else value_if_false.
for n in range(-2, 3):
    sign = 'negative' if n < 0 else 'zero' if n == 0 else 'positive'
    print(n, sign)
x = 7
print('odd' if x % 2 else 'even')
print((lambda v: 'big' if v > 100 else 'small')(150))
label = 'many' if [1, 2] else 'none'
print(label)
def loud(v):
    print('  evaluated', v)
    return v
print(loud('yes') if True else loud('no'))
print(loud('yes') if False else loud('no'))
print([i if i % 3 else '*' for i in range(7)])
print(1 + (10 if x > 5 else 20), 1 + 10 if x > 50 else 20)
result = (x if x > 0 else -x) * 2
print(result)
grade = lambda s: 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 10)])
