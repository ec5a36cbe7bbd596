# The global statement: rebinding module names inside functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def create_global():
    global created
    created = 'made inside a function'
create_global()
print(created)
settings = {'debug': False}
def mutate_without_global():
    settings['debug'] = True
mutate_without_global()
print(settings)
def rebind_without_global():
    settings = {'debug': 'local only'}
    return settings
print(rebind_without_global(), settings)
total = 100
def local_total():
    total = 5
    return total
print(local_total(), total)
def multiple():
    global a, b
    a, b = 1, 2
multiple()
print(a, b)
def delete_global():
    global created
    del created
delete_global()
print('created' in globals())
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
