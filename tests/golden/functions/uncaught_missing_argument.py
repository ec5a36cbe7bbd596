# A call missing two arguments, uncaught.
def make_user(name, email, age, admin=False):
    return {'name': name, 'email': email, 'age': age, 'admin': admin}
print(make_user('ada', 'ada@example.org', 36))
make_user('alan')
