# Realistic uses of loop else: search, retry, validation.
users = [{'name': 'ann', 'admin': False}, {'name': 'bob', 'admin': True}]
for user in users:
    if user['admin']:
        print('first admin:', user['name'])
        break
else:
    print('no admin')
attempts = ['wrong', 'bad', 'secret', 'late']
for n, attempt in enumerate(attempts, 1):
    if attempt == 'secret':
        print('unlocked after', n, 'attempts')
        break
    print('attempt', n, 'failed')
else:
    print('locked out')
def validate(password):
    for rule, check in [('length', lambda p: len(p) >= 8),
                        ('digit', lambda p: any(c.isdigit() for c in p)),
                        ('upper', lambda p: any(c.isupper() for c in p))]:
        if not check(password):
            return 'fails ' + rule
    else:
        return 'ok'
for pw in ['short', 'longenough', 'longenough1', 'Longenough1']:
    print(pw, validate(pw))
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
    finally:
        print('finally for', n)
else:
    print('while else after', n)
