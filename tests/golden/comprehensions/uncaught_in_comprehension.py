# An exception raised inside a comprehension, uncaught.
values = ['1', '2', 'three', '4']
numbers = [int(v) for v in values[:2]]
print(numbers)
numbers = [int(v) for v in values]
