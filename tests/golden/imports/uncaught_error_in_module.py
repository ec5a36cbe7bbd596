# An exception raised while a package initialises propagates out of the import statement.
import noisy
print('noisy loaded')
import broken
print('not reached')
