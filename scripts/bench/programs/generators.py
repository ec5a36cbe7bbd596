# Generators: yield, generator expressions, yield from, sum over generators.
def numbers(n):
    for i in range(n):
        yield i


def evens(n):
    yield from (x for x in numbers(n) if x % 2 == 0)


total = 0
for _ in range(5):
    total += sum(evens(400_000))
    total += sum(x * x for x in range(200_000))
print(total)
