# A realistic report using f-strings for alignment and number formats.
sales = [
    ('North', 'Widget', 1200, 3.75),
    ('North', 'Gadget', 87, 120.0),
    ('South', 'Widget', 15340, 3.5),
    ('East', 'Gizmo', 3, 9999.99),
    ('West', 'Gadget', 412, 115.25),
]
header = f"{'Region':<8}{'Product':<10}{'Units':>8}{'Price':>12}{'Revenue':>14}"
print(header)
print('-' * len(header))
total = 0.0
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    print(f'{region:<8}{product:<10}{units:>8,}{price:>12,.2f}{revenue:>14,.2f}')
print('-' * len(header))
print(f"{'TOTAL':<26}{'':>12}{total:>14,.2f}")
share = {r: sum(u * p for rr, _, u, p in sales if rr == r) / total for r, *_ in sales}
for region, frac in sorted(share.items(), key=lambda kv: -kv[1]):
    bar = '#' * round(frac * 40)
    print(f'{region:>6} {frac:6.1%} {bar}')
print(f'{"Average price":>20}: {sum(p for *_, p in sales) / len(sales):10.3f}')
print(f'{"Max units":>20}: {max(u for _, _, u, _ in sales):10d}')
print(f'{"Scientific":>20}: {total:10.3e}')
