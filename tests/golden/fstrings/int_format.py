# The format mini-language for integers.
n = 1234567
print(f'{n}', f'{n:d}', f'{n:,}', f'{n:_}', f'{n:,d}', f'{-n:,}')
print(f'{255:b}', f'{255:o}', f'{255:x}', f'{255:X}', f'{255:#b}', f'{255:#o}', f'{255:#X}')
print(f'{0x1f:_b}', f'{2**32:_x}', f'{2**20:_o}', f'{-255:#b}')
# '#x' output starts with 0x, which the golden normalizer would rewrite: compare instead
print(f'{255:#x}' == '0xff', f'{255:#010x}' == '0x000000ff', f'{-255:#x}' == '-0xff')
print(f'{65:c}', f'{0x4e2d:c}', f'{10:n}', f'{1234567:n}')
print(f'[{42:5}]', f'[{42:<5}]', f'[{42:^5}]', f'[{42:>5}]', f'[{-42:=6}]', f'[{42:=+6}]')
print(f'[{42:05}]', f'[{-42:05}]', f'[{42:+05}]', f'[{42:*>6}]', f'[{42:0<5}]', f'[{42:x^7}]')
print(f'[{42:+}]', f'[{-42:+}]', f'[{42:-}]', f'[{42: }]', f'[{-42: }]')
print(f'{1234567:010,}', f'{1234:08_}', f'{-1234567:015,d}', f'{1234567:>15,}')
print(f'{0:b}', f'{0:#o}', f'{-0:+d}', f'{True:d}', f'{True:b}', f'{False:5}')
print(f'{123456789012345678901234567890:,}', f'{2**64:_X}')
print(f'{42:.2f}', f'{42:e}', f'{42:%}', f'{42:g}')
print(format(10, '#b'), format(-10, '08b'), format(10, '+#o'), format(255, '#_b'))
