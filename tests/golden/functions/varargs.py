# *args and **kwargs: what they collect and their types.
def show(*args, **kwargs):
    return f'args={args} kwargs={kwargs}'
print(show())
print(show(1, 'two', [3]))
print(show(a=1, b=2))
print(show(1, 2, c=3))
def total(first, *rest):
    print(' ', type(rest).__name__, len(rest))
    return first + sum(rest)
print(total(1), total(1, 2, 3, 4))
def config(name, **options):
    parts = [name] + [f'{k}={v}' for k, v in options.items()]
    return ', '.join(parts)
print(config('db'), config('db', host='localhost', port=5432))
def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, e=5, f=6))
def average(*nums):
    if not nums:
        return None
    return sum(nums) / len(nums)
print(average(), average(4), average(1, 2, 3, 4))
def wrapper(*args, **kwargs):
    return show(*args, **kwargs)
print(wrapper(1, x=2))
def count_kinds(*args, **kwargs):
    return len(args), len(kwargs), isinstance(kwargs, dict)
print(count_kinds(*range(5), **dict.fromkeys('abc')))
def modify(*args, **kwargs):
    kwargs['new'] = True
    return args + ('extra',), kwargs
original = {'k': 1}
print(modify(1, **original), original)
