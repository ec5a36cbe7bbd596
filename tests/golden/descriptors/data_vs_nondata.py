# Lookup order: data descriptors (with __set__ or __delete__) beat the
# instance __dict__, which beats non-data descriptors (only __get__).


class DataDesc:
    def __get__(self, obj, objtype=None):
        return 'from data descriptor'

    def __set__(self, obj, value):
        print('DataDesc.__set__ ignores', value)


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return 'from non-data descriptor'


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return 'from delete-only descriptor'

    def __delete__(self, obj):
        print('DeleteOnly.__delete__')


class C:
    data = DataDesc()
    nondata = NonDataDesc()
    delonly = DeleteOnly()
    plain = 'class attribute'

    def method(self):
        return 'method'


c = C()
print(c.data, '|', c.nondata, '|', c.delonly, '|', c.plain)
c.data = 1
c.nondata = 2
c.plain = 3
c.method = lambda: 'instance function'
print(c.data, '|', c.nondata, '|', c.plain, '|', c.method())
print(sorted(vars(c)))
c.__dict__['data'] = 'in the dict'
c.__dict__['delonly'] = 'in the dict'
print(c.data, '|', c.delonly)
try:
    c.delonly = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.delonly
del c.nondata
print(c.nondata)
del c.method
print(c.method())
print(C.data, C.nondata)

# Descriptors only work as class attributes, not on the instance.
c.__dict__['other'] = NonDataDesc()
print(type(c.other).__name__)
