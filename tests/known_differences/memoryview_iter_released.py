# Known difference (memoryview): iter() of a released view.
# CPython 3.11's memory_iter builds the iterator before noticing the view is
# released and returns it with the ValueError still set, so the builtin iter()
# reports
#   SystemError: <built-in function iter> returned a result with an exception set
# (a for loop or list() shows the ValueError). minipy raises
#   ValueError: operation forbidden on released memoryview object
# from iter() as from every other operation on a released view.
m = memoryview(b'abc')
m.release()
iter(m)
