# A bad format code in an f-string, uncaught.
price = 9.5
print(f'{price:.2f}')
print(f'{price:>8}')
count = 3
print(f'{count:d} items')
print(f'{price:d}')
