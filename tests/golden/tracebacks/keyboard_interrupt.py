# An uncaught KeyboardInterrupt: CPython re-raises SIGINT, so the status is 130.
print('working...')
raise KeyboardInterrupt
