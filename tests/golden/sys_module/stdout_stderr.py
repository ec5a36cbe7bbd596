# sys.stdout / sys.stderr write(); the last stderr line is checked.
import sys
n = sys.stdout.write('written with write\n')
print('write returned', n)
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
print(sys.stdout.write(''), sys.stdout is sys.__stdout__)
m = sys.stderr.write('to stderr\n')
print('stderr write returned', m)
sys.stdout.flush()
print(type(sys.stdin).__name__ == type(sys.stdout).__name__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stderr.write('final stderr line\n')
