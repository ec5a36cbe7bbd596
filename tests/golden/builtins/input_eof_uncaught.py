# input() at end of input, uncaught: the last stderr line is "EOFError: EOF when reading a line".
name = input('Enter a number: ')
print('never reached', name)
