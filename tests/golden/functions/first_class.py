# Functions are values: stored in containers, passed, returned, compared.
def shout(text):
    return text.upper() + '!'
def whisper(text):
    return text.lower() + '...'
def speak(style, text):
    return style(text)
print(speak(shout, 'Hello'), speak(whisper, 'Hello'))
handlers = {'loud': shout, 'quiet': whisper}
for mode in ['quiet', 'loud']:
    print(mode, handlers[mode]('Mixed Case'))
pipeline = [str.strip, str.lower, lambda s: s.replace(' ', '_')]
value = '  Hello World  '
for step in pipeline:
    value = step(value)
print(value)
def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.factor = n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple(7), double.factor, double.__name__, double is triple, double == double)
print(shout)
print(repr(make_multiplier(1)).startswith('<function make_multiplier.<locals>.multiply at 0x'))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(str.title, 1, 'ab cd'))
print(sorted([shout, whisper], key=lambda f: f.__name__) == [shout, whisper])
funcs = [len, abs, str, shout]
print([f.__name__ for f in funcs], [callable(f) for f in funcs + [5, None]])
alias = shout
del shout
print(alias('still works'), alias.__name__)
