# AttributeError messages for instances, types, modules and read-only attributes.
import math
class Account:
    owner = 'bank'
acct = Account()
cases = [
    lambda: acct.balance,
    lambda: Account.balance,
    lambda: (5).real_part,
    lambda: int.parse,
    lambda: None.strip(),
    lambda: [].add(1),
    lambda: {}.append(1),
    lambda: 'text'.push,
    lambda: math.tau2,
    lambda: setattr(5, 'x', 1),
    lambda: setattr([], 'x', 1),
    lambda: setattr(object(), 'x', 1),
    lambda: setattr(int, 'x', 1),
    lambda: setattr((1).real, 'imag', 2),
    lambda: delattr(acct, 'missing'),
    lambda: setattr([].append, '__name__', 'x'),
    lambda: (lambda: 0).__closure__.x,
    lambda: getattr(acct, 'nothing'),
    lambda: object().__dict__,
]
for case in cases:
    try:
        case()
    except (AttributeError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
print(getattr(acct, 'nothing', 'default'), hasattr(acct, 'owner'), hasattr(5, 'x'))
try:
    acct.balance
except AttributeError as e:
    print(e.name, e.obj is acct)
