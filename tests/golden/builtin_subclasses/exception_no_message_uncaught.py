# An uncaught custom exception whose __str__ is empty: the last line is the
# bare class name.


class Cancelled(Exception):
    pass


def run(steps):
    for step in steps:
        if step == 'stop':
            raise Cancelled
        print('step', step)


run(['a', 'b', 'stop', 'c'])
