# Checking identity against a name that was deleted, uncaught.
current = [1, 2]
previous = current
print(previous is current)
del current
print(previous is current)
