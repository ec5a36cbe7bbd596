# Storing a caught exception in a local of the frame that caught it makes a
# cycle: exception -> traceback -> frame -> local -> exception.
import gc

gc.collect()


class Marker:
    def __del__(self):
        print('  __del__ Marker in the failing frame')


def keeps_exception():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e          # the name err outlives the except block
    return type(err).__name__


print(keeps_exception())
print('returned; the marker is kept by the cycle')
# Unreachable: the exception, its args tuple, the traceback, the frame and
# the marker.
print('collect ->', gc.collect())
print('collect again ->', gc.collect())


def releases_exception():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError as e:
        name = type(e).__name__
    return name


print(releases_exception())
print('no cycle: marker already freed; collect ->', gc.collect())


def breaks_cycle():
    m = Marker()
    try:
        {}['k']
    except KeyError as e:
        err = e
    try:
        return repr(err)
    finally:
        del err


print(breaks_cycle())
print('collect ->', gc.collect())
