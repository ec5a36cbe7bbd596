# input() with stdin at end of file: the prompt is printed to stdout, then EOFError.
print('before input')
try:
    answer = input('Your name? ')
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    input('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
