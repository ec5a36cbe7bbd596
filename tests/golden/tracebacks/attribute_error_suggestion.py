# A misspelled method: 3.11 adds "Did you mean" to the last traceback line.
items = [3, 1, 2]
items.append(4)
print(items)
items.apend(5)
