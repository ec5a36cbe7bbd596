# Comprehensions in data-processing code.
orders = [
    {'id': 1, 'customer': 'ann', 'items': [('pen', 2, 1.5), ('pad', 1, 4.0)]},
    {'id': 2, 'customer': 'bob', 'items': [('ink', 3, 7.25)]},
    {'id': 3, 'customer': 'ann', 'items': []},
]
totals = {o['id']: sum(q * p for _, q, p in o['items']) for o in orders}
print(totals)
customers = sorted({o['customer'] for o in orders})
print(customers)
per_customer = {c: [o['id'] for o in orders if o['customer'] == c] for c in customers}
print(per_customer)
all_items = [name for o in orders for name, _, _ in o['items']]
print(all_items)
non_empty = [o['id'] for o in orders if o['items']]
print(non_empty)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rotated = [[row[i] for row in reversed(matrix)] for i in range(len(matrix[0]))]
print(rotated)
csv_text = 'name,qty\npen,2\npad,x\nink,3'
rows = [line.split(',') for line in csv_text.splitlines()[1:]]
valid = {name: int(q) for name, q in rows if q.isdigit()}
print(valid)
pythagorean = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
