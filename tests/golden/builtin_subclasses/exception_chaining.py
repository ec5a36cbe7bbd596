# Custom exceptions and chaining: raise ... from ..., implicit __context__,
# and "from None".


class StorageError(Exception):
    pass


class UserNotFound(StorageError):
    def __init__(self, user_id):
        super().__init__(f'user {user_id} not found')
        self.user_id = user_id


users = {1: 'ann'}


def get_user(user_id):
    try:
        return users[user_id]
    except KeyError as e:
        raise UserNotFound(user_id) from e


def get_user_quiet(user_id):
    try:
        return users[user_id]
    except KeyError:
        raise UserNotFound(user_id) from None


def get_user_implicit(user_id):
    try:
        return users[user_id]
    except KeyError:
        raise UserNotFound(user_id)


for fn in (get_user, get_user_quiet, get_user_implicit):
    try:
        fn(7)
    except StorageError as e:
        print(fn.__name__, '|', e, '|', repr(e.__cause__), '|', repr(e.__context__), '|', e.__suppress_context__)
print(get_user(1))
