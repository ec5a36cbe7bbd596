# An exception with several arguments prints their tuple.
def connect(host, port):
    raise ConnectionError(host, port, 'refused')
print('connecting')
connect('db.local', 5432)
