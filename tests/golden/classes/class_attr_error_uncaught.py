# An uncaught AttributeError on a class object: "type object ... has no attribute".


class Registry:
    items = {}

    @classmethod
    def register(cls, name):
        cls.items[name] = len(cls.items)


Registry.register('a')
Registry.register('b')
print(Registry.items)
Registry.unregister('a')
