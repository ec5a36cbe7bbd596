# sys.exit() with a status: finalizers of globals still run at exit.
import sys


class Job:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('cleanup', self.name)


job = Job('main job')
extra = Job('extra')


def main():
    worker = Job('worker')
    print('exiting with 3')
    sys.exit(3)


main()
print('not reached')
