# When the script dies with an uncaught exception, the traceback is printed
# first and globals are finalized afterwards; the exit status is 1.


class Connection:
    def __init__(self, host):
        self.host = host
        print('connect', host)

    def __del__(self):
        print('disconnect', self.host)


conn = Connection('db.local')


def query(sql):
    local = Connection('temporary')
    raise RuntimeError(f'query failed: {sql}')


query('SELECT 1')
