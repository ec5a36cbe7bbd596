# An unsupported operand type, uncaught.
prices = {'tea': 2.5, 'cake': '3.0'}
total = 0
for item, price in prices.items():
    print('adding', item)
    total = total + price
