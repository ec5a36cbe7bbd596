# sys.argv holds the script name as given on the command line.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv)
print(sys.argv[0], sys.argv[1:])
script = sys.argv[0]
print(script.endswith('.py'), script.rsplit('/', 1)[-1])
args = sys.argv[1:]
if not args:
    print('usage: argv.py NAME')
