def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    left = [x for x in rest if x < pivot]
    right = [x for x in rest if x >= pivot]
    return quicksort(left) + [pivot] + quicksort(right)


def binary_search(seq, target):
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        elif seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
