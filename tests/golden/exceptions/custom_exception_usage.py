# A small exception hierarchy for an application and how it is used.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
class NotFound(AppError):
    pass
def load_user(users, uid):
    if not isinstance(uid, int):
        raise ValidationError('uid', f'expected int, got {type(uid).__name__}')
    try:
        return users[uid]
    except KeyError:
        raise NotFound(f'user {uid} does not exist') from None
users = {1: 'ada', 2: 'alan'}
for uid in [1, 3, 'x']:
    try:
        print('loaded', load_user(users, uid))
    except ValidationError as e:
        print('invalid:', e, '| field =', e.field, '| args =', e.args)
    except AppError as e:
        print(type(e).__name__ + ':', e, '| cause =', e.__cause__, '| suppress =', e.__suppress_context__)
print(repr(NotFound('x')), repr(ValidationError('f', 'p')), str(AppError()))
print([c.__name__ for c in ValidationError.__mro__])
