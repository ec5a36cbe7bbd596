# Importing a missing module, uncaught.
import math
print(math.floor(1.5))
import numpy_not_installed_here
