/* Identifiers the runtime looks up by name, interned once at start-up.
 * Add a name here and use MPY_ID(name). */
#ifndef MPY_STR_IDS_H
#define MPY_STR_IDS_H

#define MPY_FOR_EACH_ID(X) \
    X(__abs__) X(__add__) X(__and__) X(__annotations__) X(__bases__) X(__bool__) \
    X(__build_class__) X(__builtins__) X(__call__) X(__class__) X(__class_getitem__) \
    X(__classcell__) X(__contains__) X(__del__) X(__delattr__) X(__delete__) \
    X(__delitem__) X(__dict__) X(__dir__) X(__divmod__) X(__doc__) X(__enter__) \
    X(__eq__) X(__exit__) X(__file__) X(__float__) X(__floordiv__) X(__format__) \
    X(__ge__) X(__get__) X(__getattr__) X(__getattribute__) X(__getitem__) X(__gt__) \
    X(__hash__) X(__iadd__) X(__import__) X(__index__) X(__init__) X(__init_subclass__) \
    X(__instancecheck__) X(__int__) X(__invert__) X(__iter__) X(__le__) X(__len__) \
    X(__loader__) X(__lshift__) X(__lt__) X(__main__) X(__matmul__) X(__missing__) \
    X(__mod__) X(__module__) X(__mro__) X(__mro_entries__) X(__mul__) X(__name__) \
    X(__ne__) X(__neg__) X(__new__) X(__next__) X(__or__) X(__package__) X(__path__) \
    X(__pos__) X(__pow__) X(__prepare__) X(__qualname__) X(__radd__) X(__repr__) \
    X(__reversed__) X(__round__) X(__rshift__) X(__set__) X(__set_name__) \
    X(__setattr__) X(__setitem__) X(__slots__) X(__spec__) X(__str__) X(__sub__) \
    X(__subclasscheck__) X(__truediv__) X(__trunc__) X(__weakref__) X(__xor__) \
    X(append) X(args) X(builtins) X(close) X(encoding) X(end) X(file) X(flush) \
    X(keys) X(items) X(metaclass) X(mro) X(name) X(path) X(read) X(readline) X(send) \
    X(sep) X(stderr) X(stdin) X(stdout) X(throw) X(values) X(write)

typedef struct {
#define MPY_ID_FIELD(name) MpyObject *name;
    MPY_FOR_EACH_ID(MPY_ID_FIELD)
#undef MPY_ID_FIELD
} MpyIds;

extern MpyIds mpy_ids;

#endif
