# sys.exit(3): no traceback, exit status 3, finally blocks still run.
import sys
def main():
    try:
        print('doing work')
        sys.exit(3)
    finally:
        print('finally runs before exiting')
main()
print('not reached')
