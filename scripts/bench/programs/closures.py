# Closures: cells read and written from nested functions.
def make_counter():
    count = 0

    def step(by):
        nonlocal count
        count += by
        return count
    return step


def make_adder(n):
    return lambda x: x + n


total = 0
counter = make_counter()
add3 = make_adder(3)
for i in range(2_000_000):
    total += counter(1) + add3(i)
print(total)
