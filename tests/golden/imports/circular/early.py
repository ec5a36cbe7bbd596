print('circular.early: start')
import circular.late
EARLY = 'early'


def use():
    return circular.late.LATE
