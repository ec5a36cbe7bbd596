# get, pop, popitem, del, and their errors.
stock = {'apples': 5, 'pears': 0, 'plums': 12}
print(stock.get('apples'), stock.get('kiwis'), stock.get('kiwis', 0), stock.get('pears', 99))
print(stock.pop('plums'), stock, stock.pop('nothing', 'default'), stock.pop('nothing', None))
print(stock.popitem(), stock)
del stock['apples']
print(stock, len(stock))
for f in [lambda: stock.pop('apples'), lambda: stock.popitem(), lambda: stock.get(),
          lambda: stock.get(1, 2, 3), lambda: stock.pop(), lambda: stock.get([])]:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del stock['ghost']
except KeyError as e:
    print(type(e).__name__, e)
inventory = {'a': 1, 'b': 2, 'c': 3}
while inventory:
    key, value = inventory.popitem()
    print('took', key, value)
config = {'verbose': None}
print(config.get('verbose', 'fallback'), 'verbose' in config, config.get('quiet', False))
