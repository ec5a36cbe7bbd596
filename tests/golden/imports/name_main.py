# __name__ is '__main__' in the script and the module's dotted name when imported.
print('script __name__ =', __name__)
import apps.tool
print(apps.tool.main(), apps.tool.__name__)
if __name__ == '__main__':
    print('this file is running as the main program')
import sys
print(sys.modules['__main__'].__name__, '__main__' in sys.modules)
main_module = sys.modules[__name__]
print(main_module.__name__, hasattr(main_module, 'apps'))
