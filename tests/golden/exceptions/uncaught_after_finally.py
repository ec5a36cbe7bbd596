# The finally block runs before an uncaught exception ends the program.
def process(items):
    try:
        for item in items:
            print('processing', item)
            if item < 0:
                raise ValueError(f'negative item: {item}')
    finally:
        print('closing resources')
process([3, 1, -4, 1])
print('not reached')
