# Tuples as lightweight records in a realistic program.
students = [
    ('Ada', 'math', 91),
    ('Alan', 'cs', 85),
    ('Grace', 'cs', 97),
    ('Emmy', 'math', 88),
    ('Kurt', 'logic', 79),
]
by_subject = {}
for name, subject, score in students:
    by_subject.setdefault(subject, []).append((score, name))
for subject in sorted(by_subject):
    scores = sorted(by_subject[subject], reverse=True)
    best_score, best_name = scores[0]
    avg = sum(s for s, _ in scores) / len(scores)
    print(f'{subject:<6} best={best_name:<6} ({best_score}) avg={avg:.1f} n={len(scores)}')
ranked = sorted(students, key=lambda s: (-s[2], s[0]))
for rank, (name, _, score) in enumerate(ranked, start=1):
    print(rank, name, score)
pairs = list(zip(*[(n, s) for n, _, s in students]))
print(pairs[0])
print(pairs[1])
def stats(*values):
    return len(values), min(values), max(values)
count, low, high = stats(*pairs[1])
print(count, low, high)
print(divmod(17, 5), tuple(divmod(n, 4) for n in (9, 10)))
