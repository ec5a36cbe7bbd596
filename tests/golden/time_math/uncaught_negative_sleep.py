# A negative sleep time, uncaught.
import time
delays = [0.001, 0.0, -0.5]
for d in delays:
    print('sleeping for', d)
    time.sleep(d)
