# Two modules importing each other with "import pkg.mod" works: names resolve at call time.
import circular.early
print(circular.early.EARLY, circular.early.use(), circular.late.use())
import sys
print(sorted(k for k in sys.modules if k.startswith('circular')))
