# A class statement always makes a new class object; rebinding the name does
# not change existing instances.


class Version:
    def number(self):
        return 1


old = Version()
OldVersion = Version


class Version:
    def number(self):
        return 2


new = Version()
print(old.number(), new.number())
print(type(old) is Version, type(old) is OldVersion, type(new) is Version)
print(isinstance(old, Version), isinstance(old, OldVersion))
print(type(old).__qualname__ == type(new).__qualname__)
print(OldVersion == Version, repr(OldVersion) == repr(Version))

# Classes made in a loop are distinct objects.
classes = []
for i in range(3):
    class Item:
        index = i
    classes.append(Item)
print([c.index for c in classes])
print(classes[0] is classes[1], len(set(classes)))

# A class can be deleted; instances keep it alive through __class__.
keep = Version()
del Version
print(type(keep).__name__, keep.number())
try:
    Version
except NameError as e:
    print(type(e).__name__, e)
