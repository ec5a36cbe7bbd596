# sys.exit with a non-int, non-None object prints it and exits with status 1.
import sys
print('bad state')
sys.exit(['error', 42])
