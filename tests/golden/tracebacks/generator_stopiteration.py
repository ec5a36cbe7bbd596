# StopIteration leaking from a generator becomes RuntimeError.
def heads(lists):
    for lst in lists:
        yield next(iter(lst))
for h in heads([[1, 2], [3], []]):
    print(h)
