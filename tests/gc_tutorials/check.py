"""check.py INTERPRETER: runs tutorials 04 and 05 with INTERPRETER and checks
what they show about the cycle collector.

Their exact numbers are gc.get_count() values, which depend on how many
container objects each interpreter allocates while starting up, so they cannot
be compared with CPython's line by line. What the tutorials teach can be:
count 0 rises by the two instances each iteration leaves behind in a cycle;
a collection fires inside the allocation that takes count 0 past the
threshold of 700; the pending __del__ messages are printed right there; and
count 1 goes up by one (or, at its own threshold, count 2 does). The same
checks run against python3 in the suite, to show they hold for CPython 3.11.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COUNT = re.compile(r"^\((\d+), (\d+), (\d+)\)$")
BORN = re.compile(r"^object born at (0x[0-9a-f]+)$")
FINALIZED = re.compile(r"^(0x[0-9a-f]+) 被系统回收$")
THRESHOLD = (700, 10, 10)


def run(interpreter, name):
    done = subprocess.run([interpreter, os.path.join(HERE, name)], capture_output=True,
                          text=True, timeout=120)
    if done.returncode != 0 or done.stderr:
        fail(f"{name} exited {done.returncode} with stderr:\n{done.stderr}")
    return done.stdout.splitlines()


def fail(message):
    print(f"check.py: {message}", file=sys.stderr)
    sys.exit(1)


def counts(line, where):
    match = COUNT.match(line)
    if not match:
        fail(f"{where}: expected a count tuple, got {line!r}")
    return tuple(int(g) for g in match.groups())


def check_04(lines):
    if len(lines) != 2:
        fail(f"04: expected 2 lines, got {lines}")
    count = counts(lines[0], "04 line 1")
    if counts(lines[1], "04 line 2") != THRESHOLD:
        fail(f"04: threshold {lines[1]}, expected {THRESHOLD}")
    if not (count[0] <= THRESHOLD[0] and count[1] <= THRESHOLD[1] and count[2] <= THRESHOLD[2]):
        fail(f"04: start-up count {count} is past a threshold")
    if count[0] == 0:
        fail("04: count 0 is 0 after import gc; start-up allocates containers")


def check_05(lines):
    alive = set()        # addresses born and not yet finalized
    born_now = set()     # addresses born in the current iteration
    previous = None      # the count tuple printed by the previous iteration
    collections = 0
    pos = 0

    def expect_new():
        nonlocal pos
        if pos >= len(lines) or lines[pos] != "new":
            fail(f"05 line {pos + 1}: expected 'new'")
        pos += 1

    def expect_born():
        nonlocal pos
        match = BORN.match(lines[pos]) if pos < len(lines) else None
        if not match:
            fail(f"05 line {pos + 1}: expected 'object born at 0x...'")
        pos += 1
        return match.group(1)

    def take_finalizers():
        nonlocal pos
        freed = []
        while pos < len(lines) and FINALIZED.match(lines[pos]):
            address = FINALIZED.match(lines[pos]).group(1)
            if address not in alive:
                fail(f"05 line {pos + 1}: {address} finalized but not alive")
            if address in born_now:
                fail(f"05 line {pos + 1}: {address}, still referenced by a local, finalized")
            alive.discard(address)
            freed.append(address)
            pos += 1
        return freed

    for iteration in range(400):
        freed = []
        born_now.clear()
        expect_new()
        freed += take_finalizers()
        first = expect_born()
        alive.add(first)
        born_now.add(first)
        expect_new()
        freed += take_finalizers()
        second = expect_born()
        freed += take_finalizers()
        if second in alive:
            fail(f"05 iteration {iteration}: two live objects at {second}")
        alive.add(second)
        if counts(lines[pos], "threshold") != THRESHOLD:
            fail(f"05 line {pos + 1}: threshold {lines[pos]}")
        pos += 1
        count = counts(lines[pos], f"05 line {pos + 1}")
        pos += 1
        if previous is not None and not freed:
            if count != (previous[0] + 2, previous[1], previous[2]):
                fail(f"05 iteration {iteration}: count {count} after {previous}; "
                     "expected count 0 up by the two instances left in a cycle")
        if freed:
            collections += 1
            if len(freed) % 2:
                fail(f"05 iteration {iteration}: a cycle was finalized by halves")
            if previous is not None:
                if previous[0] + 4 <= THRESHOLD[0]:
                    fail(f"05 iteration {iteration}: collection fired at count {previous}, "
                         "before count 0 could pass the threshold")
                if previous[1] < THRESHOLD[1]:
                    expected_older = (previous[1] + 1, previous[2])
                else:
                    expected_older = (0, previous[2] + 1)
                if count[1:] != expected_older:
                    fail(f"05 iteration {iteration}: counts {previous} -> {count}; "
                         f"expected counts 1 and 2 to become {expected_older}")
            if count[0] > 8:
                fail(f"05 iteration {iteration}: count 0 is {count[0]} right after a collection")
        if count[0] > THRESHOLD[0]:
            fail(f"05 iteration {iteration}: count 0 is {count[0]}, past the threshold")
        previous = count
    born_now.clear()  # the locals are gone once start() returns
    take_finalizers()
    if pos != len(lines):
        fail(f"05 line {pos + 1}: unexpected {lines[pos]!r}")
    if alive:
        fail(f"05: {len(alive)} instances never finalized, not even at exit")
    if collections < 1:
        fail("05: no collection fired in 400 iterations")


def main():
    if len(sys.argv) != 2:
        fail("usage: check.py INTERPRETER")
    check_04(run(sys.argv[1], "04_gc_count_threshold.py"))
    check_05(run(sys.argv[1], "05_gc_cycles.py"))
    print(f"tutorials 04 and 05 show what they teach under {sys.argv[1]}")


main()
