# A generator cannot be resumed while it is running.
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, 'finished'))
def sends_to_itself():
    yield
    selfref.send(1)
    yield
selfref = sends_to_itself()
next(selfref)
try:
    next(selfref)
except ValueError as e:
    print(type(e).__name__, e)
def closes_itself():
    yield
    victim.close()
    yield
victim = closes_itself()
next(victim)
try:
    next(victim)
except ValueError as e:
    print(type(e).__name__, e)
def running_flag():
    yield gen.gi_running
gen = running_flag()
print(gen.gi_running, next(gen), gen.gi_running)
