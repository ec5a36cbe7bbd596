print('circular.late: start')
import circular.early
LATE = 'late'


def use():
    return circular.early.EARLY
