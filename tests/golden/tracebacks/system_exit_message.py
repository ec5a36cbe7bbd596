# sys.exit with a string: the message goes to stderr and the status is 1.
import sys
def check(config):
    if 'path' not in config:
        sys.exit('fatal: no path configured')
    return config['path']
print(check({'path': '/data'}))
check({})
