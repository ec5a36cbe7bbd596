# String building: concatenation, join, f-strings, methods.
def render(n):
    parts = []
    for i in range(n):
        name = "item" + str(i)
        parts.append(f"{name:>10}|{i:06d}|{i / 7:.3f}")
    text = "\n".join(parts)
    return text.upper().count("ITEM"), len(text.split("|"))

total = 0
for _ in range(5):
    a, b = render(100_000)
    total += a + b
s = ""
for i in range(200_000):
    s += "x"
print(total, len(s))
