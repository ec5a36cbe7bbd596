# A log-processing pipeline built from generators.
LOG = """2024-01-01 10:00:01 INFO  server started
2024-01-01 10:00:05 WARN  disk at 85%
2024-01-01 10:01:12 ERROR request /api/users failed: timeout
2024-01-01 10:01:13 INFO  retrying
2024-01-01 10:02:00 ERROR request /api/orders failed: 500

2024-01-01 10:03:30 INFO  shutdown"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line
def parse(lines):
    for line in lines:
        date, time, level, message = line.split(None, 3)
        yield {'time': time, 'level': level, 'message': message}
def only(level, records):
    return (r for r in records if r['level'] == level)
records = parse(non_blank(read_lines(LOG)))
for r in only('ERROR', records):
    print(f"{r['time']} {r['message']}")
levels = {}
for r in parse(non_blank(read_lines(LOG))):
    levels[r['level']] = levels.get(r['level'], 0) + 1
print(levels)
def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
for batch in batched(range(7), 3):
    print(batch)
def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(window('abcde', 3)))
