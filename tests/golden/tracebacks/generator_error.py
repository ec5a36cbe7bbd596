# An error raised inside a generator while a for loop consumes it.
def read_records(lines):
    for n, line in enumerate(lines, 1):
        name, value = line.split('=')
        yield name.strip(), int(value)
lines = ['a = 1', 'b = 2', 'c = three']
for name, value in read_records(lines):
    print(name, value)
