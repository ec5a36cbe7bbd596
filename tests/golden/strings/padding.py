# center, ljust, rjust, zfill, with fill characters.
print('[' + 'hi'.center(10) + ']', '[' + 'hi'.center(9) + ']', '[' + 'hi'.center(9, '*') + ']')
print('[' + 'odd'.center(6) + ']', '[' + 'odd'.center(4, '-') + ']', '[' + 'x'.center(2) + ']')
print('[' + 'left'.ljust(8) + ']', '[' + 'left'.ljust(8, '.') + ']', '[' + 'left'.ljust(2) + ']')
print('[' + 'right'.rjust(8) + ']', '[' + 'right'.rjust(8, '0') + ']', '[' + 'r'.rjust(0) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(3))
print('-'.zfill(3), '3.14'.zfill(7), '--1'.zfill(5))
print('中文'.center(6, '中'), '中'.rjust(3, '·'))
table = [('apple', 1.5, 3), ('banana', 0.25, 12), ('kiwi', 3.0, 7)]
print('Item'.ljust(10) + 'Price'.rjust(8) + 'Qty'.rjust(5))
for item, price, qty in table:
    print(item.ljust(10) + str(price).rjust(8) + str(qty).rjust(5))
print('=' * 23)
print('TOTAL'.center(23, '='))
for f in [lambda: 'x'.center(5, '**'), lambda: 'x'.ljust(5, ''), lambda: 'x'.rjust('5'),
          lambda: 'x'.zfill(None), lambda: 'x'.center(5, 7)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
