# Objects still referenced by globals are finalized when the interpreter
# exits, after the last line of the script, in creation order.


class Service:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('stop', self.name)


database = Service('database')
cache = Service('cache')
web = Service('web')
temp = Service('temp')
del temp
cache = Service('cache-2')      # the first cache stops now
print('end of script')
