# self inside a method, bound methods and calling through the class.
import sys


class C:
    def m(self):
        return sys.getrefcount(self)

    def m_alias(self):
        me = self
        return sys.getrefcount(self)

    def m_inner(self):
        return self.helper(self)

    @staticmethod
    def helper(obj):
        return sys.getrefcount(obj)


a = C()
print('global:', sys.getrefcount(a))
print('a.m():', a.m())
print('C.m(a):', C.m(a))
print('a.m_alias():', a.m_alias())
print('a.m_inner():', a.m_inner())
bm = a.m
print('bound method kept:', sys.getrefcount(a))
bm2 = a.m
print('a second bound method:', sys.getrefcount(a))
print('calling a kept bound method:', bm())
del bm, bm2
print('bound methods dropped:', sys.getrefcount(a))
print('refcount of a method function:', sys.getrefcount(C.__dict__['m']))
print('refcount of the bound method object:', sys.getrefcount(a.m))
m = a.m
print('refcount of a kept bound method object:', sys.getrefcount(m))
