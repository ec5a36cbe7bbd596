# SystemExit is a BaseException: "except Exception" does not catch it.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    try:
        raise SystemExit(5)
    except Exception:
        print('never: SystemExit is not an Exception')
finally:
    print('finally before exit 5')
