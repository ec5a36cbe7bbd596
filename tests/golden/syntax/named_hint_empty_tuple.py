# A tuple target whose last name is "assigned" an empty tuple: the hint
# points at the whole `c=()` (found by fuzzing: once a crash).
a, b-1, c=()
