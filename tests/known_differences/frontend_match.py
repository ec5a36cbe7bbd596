# Known difference (front end): the match statement is not supported.
# CPython 3.11 runs this file (and here raises NameError for `command`);
# minipy reports, at `match`:
#   SyntaxError: minipy does not support the match statement
# `match` and `case` stay usable as ordinary names (match = 1 works).
match command:
    case "go":
        pass
