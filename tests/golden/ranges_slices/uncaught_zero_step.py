# A zero step in range(), uncaught.
for step in (1, 2, 3):
    print(step, list(range(0, 10, step)))
step -= 3
print(list(range(0, 10, step)))
