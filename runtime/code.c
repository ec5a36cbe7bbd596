/* The code object type (code.h): creation from the compiler's MpyCodeSpec,
 * the Python-visible attributes (co_name, co_consts, co_code...), equality
 * and hash as CPython 3.11's, line lookup and the exception-table search the
 * VM uses, and the opcode tables generated from opcodes.h. */
#include "code.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "complex.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "weakref.h"

/* ============================================================ opcode tables */

#define NAME_ENTRY(name, has_arg, cache, doc) #name,
const char *const mpy_opcode_names[MPY_OP_COUNT] = {MPY_FOR_EACH_OPCODE(NAME_ENTRY)};
#undef NAME_ENTRY
#define ARG_ENTRY(name, has_arg, cache, doc) has_arg,
const unsigned char mpy_opcode_has_arg[MPY_OP_COUNT] = {MPY_FOR_EACH_OPCODE(ARG_ENTRY)};
#undef ARG_ENTRY
#define CACHE_ENTRY(name, has_arg, cache, doc) cache,
const unsigned char mpy_opcode_cache_units[MPY_OP_COUNT] = {MPY_FOR_EACH_OPCODE(CACHE_ENTRY)};
#undef CACHE_ENTRY

/* ================================================================ creation */

static void *copy_array(const void *src, size_t n, size_t size)
{
    void *p = malloc(n ? n * size : 1);
    if (p && n)
        memcpy(p, src, n * size);
    return p;
}

static void count_kinds(MpyCodeObject *co)
{
    co->co_nlocals = co->co_ncellvars = co->co_nfreevars = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        uint8_t kind = co->co_localspluskinds[i];
        if (kind & MPY_FAST_LOCAL)
            co->co_nlocals++;
        if (kind & MPY_FAST_CELL)
            co->co_ncellvars++;
        if (kind & MPY_FAST_FREE)
            co->co_nfreevars++;
    }
}

MpyObject *mpy_code_new(const MpyCodeSpec *spec)
{
    MpyCodeObject *co = (MpyCodeObject *)mpy_object_new(&MpyCode_Type);
    if (!co)
        return NULL;
    size_t nslots = (size_t)MPY_SIZE(spec->localsplusnames);
    co->co_weakreflist = NULL;
    co->co_caches = NULL;
    co->co_ncaches = 0;
    co->co_code = copy_array(spec->code, (size_t)spec->ncodeunits, sizeof(MpyCodeUnit));
    co->co_positions = copy_array(spec->positions, (size_t)spec->ncodeunits, sizeof(MpyPosition));
    co->co_localspluskinds = copy_array(spec->localspluskinds, nslots, 1);
    co->co_exceptiontable = copy_array(spec->exceptiontable, (size_t)spec->nexceptions,
                                       sizeof(MpyExceptionTableEntry));
    co->co_ncodeunits = spec->ncodeunits;
    co->co_nexceptions = spec->nexceptions;
    co->co_consts = MPY_NEWREF(spec->consts);
    co->co_names = MPY_NEWREF(spec->names);
    co->co_localsplusnames = MPY_NEWREF(spec->localsplusnames);
    co->co_name = MPY_NEWREF(spec->name);
    co->co_qualname = MPY_NEWREF(spec->qualname ? spec->qualname : spec->name);
    co->co_filename = MPY_NEWREF(spec->filename);
    co->co_argcount = spec->argcount;
    co->co_posonlyargcount = spec->posonlyargcount;
    co->co_kwonlyargcount = spec->kwonlyargcount;
    co->co_nlocalsplus = (int)nslots;
    co->co_stacksize = spec->stacksize;
    co->co_flags = spec->flags;
    co->co_firstlineno = spec->firstlineno;
    co->co_framesize = co->co_nlocalsplus + co->co_stacksize;
    if (!co->co_code || !co->co_positions || !co->co_localspluskinds || !co->co_exceptiontable) {
        MPY_DECREF(co);
        return mpy_err_no_memory();
    }
    count_kinds(co);
    return MPY_CAST(co);
}

static void code_dealloc(MpyObject *self)
{
    MpyCodeObject *co = (MpyCodeObject *)self;
    if (co->co_weakreflist)
        mpy_weakref_clear_refs(self, co->co_weakreflist);
    MPY_XDECREF(co->co_consts);
    MPY_XDECREF(co->co_names);
    MPY_XDECREF(co->co_localsplusnames);
    MPY_XDECREF(co->co_name);
    MPY_XDECREF(co->co_qualname);
    MPY_XDECREF(co->co_filename);
    free(co->co_code);
    free(co->co_positions);
    free(co->co_localspluskinds);
    free(co->co_exceptiontable);
    free(co->co_caches);
    mpy_object_free(self);
}

/* ============================================================ the lookups */

int mpy_code_addr2line(MpyCodeObject *co, ssize_t offset)
{
    if (offset < 0 || offset >= co->co_ncodeunits)
        return -1;
    return co->co_positions[offset].lineno;
}

const MpyExceptionTableEntry *mpy_code_find_handler(MpyCodeObject *co, ssize_t offset)
{
    ssize_t lo = 0, hi = co->co_nexceptions;
    while (lo < hi) {
        ssize_t mid = lo + (hi - lo) / 2;
        const MpyExceptionTableEntry *e = &co->co_exceptiontable[mid];
        if ((ssize_t)e->end <= offset)
            lo = mid + 1;
        else if ((ssize_t)e->start > offset)
            hi = mid;
        else
            return e;
    }
    return NULL;
}

/* ======================================================== constant keys */

static MpyObject *pack_type_key(MpyObject *op, bool negative_zero)
{
    if (negative_zero)
        return mpy_tuple_pack(3, MPY_CAST(MPY_TYPE(op)), op, MPY_NONE);
    return mpy_tuple_pack(2, MPY_CAST(MPY_TYPE(op)), op);
}

static MpyObject *tuple_key(MpyObject *op)
{
    ssize_t n = MPY_SIZE(op);
    MpyObject *keys = mpy_tuple_new(n);
    if (!keys)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        MpyObject *k = mpy_code_constant_key(MPY_TUPLE_GET(op, i));
        if (!k) {
            MPY_DECREF(keys);
            return NULL;
        }
        MPY_TUPLE_SET(keys, i, k);
    }
    MpyObject *key = mpy_tuple_pack(2, keys, op);
    MPY_DECREF(keys);
    return key;
}

static MpyObject *frozenset_key(MpyObject *op)
{
    MpyObject *items = mpy_list_new(0);
    if (!items)
        return NULL;
    ssize_t pos = 0;
    MpyObject *item;
    mpy_hash_t hash;
    while (mpy_set_next(op, &pos, &item, &hash)) {
        MpyObject *k = mpy_code_constant_key(item);
        if (!k || mpy_list_append(items, k) < 0) {
            MPY_XDECREF(k);
            MPY_DECREF(items);
            return NULL;
        }
        MPY_DECREF(k);
    }
    MpyObject *set = mpy_frozenset_new(items);
    MPY_DECREF(items);
    if (!set)
        return NULL;
    MpyObject *key = mpy_tuple_pack(2, set, op);
    MPY_DECREF(set);
    return key;
}

/* CPython's _PyCode_ConstantKey: equal keys mean "the same constant", so
 * 1, 1.0 and True, and 0.0 and -0.0, stay distinct. */
MpyObject *mpy_code_constant_key(MpyObject *op)
{
    MpyTypeObject *t = MPY_TYPE(op);
    if (op == MPY_NONE || op == MPY_ELLIPSIS || t == &MpyLong_Type || t == &MpyUnicode_Type ||
        t == &MpyCode_Type)
        return MPY_NEWREF(op);
    if (t == &MpyBool_Type || t == &MpyBytes_Type)
        return pack_type_key(op, false);
    if (t == &MpyFloat_Type) {
        double d = MPY_FLOAT_VALUE(op);
        return pack_type_key(op, d == 0.0 && signbit(d));
    }
    if (t == &MpyComplex_Type) {
        /* the four complex zeros are told apart by a tag */
        MpyComplex z = MPY_COMPLEX_VALUE(op);
        bool re_neg = z.real == 0.0 && signbit(z.real), im_neg = z.imag == 0.0 && signbit(z.imag);
        if (!re_neg && !im_neg)
            return pack_type_key(op, false);
        MpyObject *tag = re_neg && im_neg ? MPY_TRUE : im_neg ? MPY_FALSE : MPY_NONE;
        return mpy_tuple_pack(3, MPY_CAST(MPY_TYPE(op)), op, tag);
    }
    if (t == &MpyTuple_Type)
        return tuple_key(op);
    if (t == &MpyFrozenSet_Type)
        return frozenset_key(op);
    MpyObject *id = mpy_int_from_u64((uint64_t)(uintptr_t)op);
    if (!id)
        return NULL;
    MpyObject *key = mpy_tuple_pack(2, id, op);
    MPY_DECREF(id);
    return key;
}

/* ================================================== equality and hash */

static int consts_equal(MpyObject *a, MpyObject *b)
{
    if (MPY_SIZE(a) != MPY_SIZE(b))
        return 0;
    for (ssize_t i = 0; i < MPY_SIZE(a); i++) {
        MpyObject *ka = mpy_code_constant_key(MPY_TUPLE_GET(a, i));
        MpyObject *kb = ka ? mpy_code_constant_key(MPY_TUPLE_GET(b, i)) : NULL;
        int eq = kb ? mpy_object_richcompare_bool(ka, kb, MPY_EQ) : -1;
        MPY_XDECREF(ka);
        MPY_XDECREF(kb);
        if (eq <= 0)
            return eq;
    }
    return 1;
}

static bool scalars_equal(MpyCodeObject *a, MpyCodeObject *b)
{
    return a->co_argcount == b->co_argcount && a->co_posonlyargcount == b->co_posonlyargcount &&
           a->co_kwonlyargcount == b->co_kwonlyargcount && a->co_flags == b->co_flags &&
           a->co_firstlineno == b->co_firstlineno && a->co_ncodeunits == b->co_ncodeunits &&
           a->co_nexceptions == b->co_nexceptions && a->co_nlocalsplus == b->co_nlocalsplus &&
           memcmp(a->co_code, b->co_code, sizeof(MpyCodeUnit) * (size_t)a->co_ncodeunits) == 0 &&
           memcmp(a->co_positions, b->co_positions,
                  sizeof(MpyPosition) * (size_t)a->co_ncodeunits) == 0 &&
           memcmp(a->co_localspluskinds, b->co_localspluskinds, (size_t)a->co_nlocalsplus) == 0 &&
           memcmp(a->co_exceptiontable, b->co_exceptiontable,
                  sizeof(MpyExceptionTableEntry) * (size_t)a->co_nexceptions) == 0;
}

static int code_equal(MpyCodeObject *a, MpyCodeObject *b)
{
    if (!scalars_equal(a, b))
        return 0;
    MpyObject *pairs[][2] = {{a->co_name, b->co_name},
                             {a->co_names, b->co_names},
                             {a->co_localsplusnames, b->co_localsplusnames}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        int eq = mpy_object_richcompare_bool(pairs[i][0], pairs[i][1], MPY_EQ);
        if (eq <= 0)
            return eq;
    }
    return consts_equal(a->co_consts, b->co_consts);
}

static MpyObject *code_richcompare(MpyObject *a, MpyObject *b, int op)
{
    if ((op != MPY_EQ && op != MPY_NE) || !MPY_CODE_CHECK(a) || !MPY_CODE_CHECK(b))
        return MPY_NEWREF(MPY_NOTIMPLEMENTED);
    int eq = a == b ? 1 : code_equal((MpyCodeObject *)a, (MpyCodeObject *)b);
    if (eq < 0)
        return NULL;
    return mpy_bool_from_long(op == MPY_EQ ? eq : !eq);
}

/* As CPython 3.11's code_hash: the name, the constants, the names, the
 * locals, the positions (its line table) and the exception table, mixed
 * with the counts and the flags. */
static mpy_hash_t code_hash(MpyObject *self)
{
    MpyCodeObject *co = (MpyCodeObject *)self;
    MpyObject *parts[] = {co->co_name, co->co_consts, co->co_names, co->co_localsplusnames};
    uint64_t h = 0;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        mpy_hash_t hi = mpy_object_hash(parts[i]);
        if (hi == -1)
            return -1;
        h ^= (uint64_t)hi;
    }
    uint64_t t = 0;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        const MpyPosition *p = &co->co_positions[i];
        t = (t * 1000003u) ^ co->co_code[i] ^ ((uint64_t)(uint32_t)p->lineno << 16) ^
            ((uint64_t)(uint32_t)p->col << 40) ^ (uint64_t)(uint32_t)p->end_col;
    }
    for (ssize_t i = 0; i < co->co_nexceptions; i++) {
        const MpyExceptionTableEntry *e = &co->co_exceptiontable[i];
        t = (t * 1000003u) ^ e->start ^ ((uint64_t)e->end << 20) ^ ((uint64_t)e->target << 40);
    }
    h ^= t ^ (uint64_t)co->co_argcount ^ (uint64_t)co->co_posonlyargcount ^
         (uint64_t)co->co_kwonlyargcount ^ (uint64_t)co->co_flags;
    mpy_hash_t r = (mpy_hash_t)h;
    return r == -1 ? -2 : r;
}

static MpyObject *code_repr(MpyObject *self)
{
    MpyCodeObject *co = (MpyCodeObject *)self;
    return mpy_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->co_name,
                               (void *)self, co->co_filename, co->co_firstlineno);
}

/* ============================================================ attributes */

static MpyObject *names_of_kind(MpyCodeObject *co, int kind)
{
    ssize_t n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        n += (co->co_localspluskinds[i] & kind) != 0;
    MpyObject *t = mpy_tuple_new(n);
    if (!t)
        return NULL;
    ssize_t j = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        if (co->co_localspluskinds[i] & kind)
            MPY_TUPLE_SET(t, j++, MPY_NEWREF(MPY_TUPLE_GET(co->co_localsplusnames, i)));
    return t;
}

static MpyObject *code_get_varnames(MpyObject *self, void *c)
{
    return names_of_kind((MpyCodeObject *)self, MPY_FAST_LOCAL);
}
static MpyObject *code_get_cellvars(MpyObject *self, void *c)
{
    return names_of_kind((MpyCodeObject *)self, MPY_FAST_CELL);
}
static MpyObject *code_get_freevars(MpyObject *self, void *c)
{
    return names_of_kind((MpyCodeObject *)self, MPY_FAST_FREE);
}

/* co_code: the code units as bytes, opcode byte then argument byte. */
static MpyObject *code_get_code(MpyObject *self, void *c)
{
    MpyCodeObject *co = (MpyCodeObject *)self;
    MpyObject *b = mpy_bytes_new_raw((size_t)co->co_ncodeunits * 2);
    if (!b)
        return NULL;
    unsigned char *p = (unsigned char *)MPY_BYTES_DATA(b);
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        p[2 * i] = (unsigned char)MPY_CODEUNIT_OP(co->co_code[i]);
        p[2 * i + 1] = (unsigned char)MPY_CODEUNIT_ARG(co->co_code[i]);
    }
    return b;
}

static MpyObject *int_or_none(int32_t v)
{
    return v < 0 ? MPY_NEWREF(MPY_NONE) : mpy_int_from_i64(v);
}

static MpyObject *position_tuple(const MpyPosition *p)
{
    MpyObject *a = int_or_none(p->lineno), *b = int_or_none(p->end_lineno),
              *c = int_or_none(p->col), *d = int_or_none(p->end_col);
    MpyObject *t = (a && b && c && d) ? mpy_tuple_pack(4, a, b, c, d) : NULL;
    MPY_XDECREF(a);
    MPY_XDECREF(b);
    MPY_XDECREF(c);
    MPY_XDECREF(d);
    return t;
}

static MpyObject *iter_over_list(MpyObject *list)
{
    if (!list)
        return NULL;
    MpyObject *it = mpy_object_getiter(list);
    MPY_DECREF(list);
    return it;
}

/* co_positions(): (lineno, end_lineno, col, end_col) per code unit. */
static MpyObject *code_positions(MpyObject *self, MpyObject *unused)
{
    MpyCodeObject *co = (MpyCodeObject *)self;
    MpyObject *list = mpy_list_new(co->co_ncodeunits);
    if (!list)
        return NULL;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        MpyObject *t = position_tuple(&co->co_positions[i]);
        if (!t) {
            MPY_DECREF(list);
            return NULL;
        }
        MPY_LIST_SET(list, i, t);
    }
    return iter_over_list(list);
}

static int append_line_range(MpyObject *list, ssize_t start, ssize_t end, int32_t line)
{
    MpyObject *a = mpy_int_from_ssize(start * 2), *b = mpy_int_from_ssize(end * 2),
              *c = int_or_none(line);
    MpyObject *t = (a && b && c) ? mpy_tuple_pack(3, a, b, c) : NULL;
    MPY_XDECREF(a);
    MPY_XDECREF(b);
    MPY_XDECREF(c);
    int r = t ? mpy_list_append(list, t) : -1;
    MPY_XDECREF(t);
    return r;
}

/* co_lines(): (start, end, line) byte ranges, one per entry of CPython
 * 3.11's line table: one per instruction (its EXTENDED_ARG prefixes and
 * caches included), cut into pieces of at most 8 code units. */
static MpyObject *code_lines(MpyObject *self, MpyObject *unused)
{
    MpyCodeObject *co = (MpyCodeObject *)self;
    MpyObject *list = mpy_list_new(0);
    if (!list)
        return NULL;
    ssize_t i = 0;
    while (i < co->co_ncodeunits) {
        ssize_t end = i;
        while (end < co->co_ncodeunits && MPY_CODEUNIT_OP(co->co_code[end]) == MPY_OP_EXTENDED_ARG)
            end++;
        if (end < co->co_ncodeunits)
            end += 1 + mpy_opcode_cache_units[MPY_CODEUNIT_OP(co->co_code[end])];
        if (end > co->co_ncodeunits)
            end = co->co_ncodeunits;
        int32_t line = co->co_positions[end - 1].lineno;
        for (ssize_t start = i; start < end; start += 8) {
            ssize_t stop = start + 8 < end ? start + 8 : end;
            if (append_line_range(list, start, stop, line) < 0) {
                MPY_DECREF(list);
                return NULL;
            }
        }
        i = end;
    }
    return iter_over_list(list);
}

static MpyMethodDef code_methods[] = {
    {"co_positions", MPY_METH(code_positions), MPY_METH_NOARGS, NULL},
    {"co_lines", MPY_METH(code_lines), MPY_METH_NOARGS, NULL},
    {NULL},
};

static MpyGetSetDef code_getset[] = {
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"_co_code_adaptive", code_get_code, NULL, NULL, NULL},
    {NULL},
};

#define CODE_MEMBER(name, type) {#name, type, offsetof(MpyCodeObject, name), MPY_READONLY, NULL}
static MpyMemberDef code_members[] = {
    CODE_MEMBER(co_argcount, MPY_T_INT),
    CODE_MEMBER(co_posonlyargcount, MPY_T_INT),
    CODE_MEMBER(co_kwonlyargcount, MPY_T_INT),
    CODE_MEMBER(co_stacksize, MPY_T_INT),
    CODE_MEMBER(co_flags, MPY_T_INT),
    CODE_MEMBER(co_nlocals, MPY_T_INT),
    CODE_MEMBER(co_firstlineno, MPY_T_INT),
    CODE_MEMBER(co_consts, MPY_T_OBJECT),
    CODE_MEMBER(co_names, MPY_T_OBJECT),
    CODE_MEMBER(co_filename, MPY_T_OBJECT),
    CODE_MEMBER(co_name, MPY_T_OBJECT),
    CODE_MEMBER(co_qualname, MPY_T_OBJECT),
    {NULL},
};

MpyTypeObject MpyCode_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "code",
    .tp_basicsize = sizeof(MpyCodeObject),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_hash = code_hash,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_doc = "Create a code object.  Not for the faint of heart.",
    .tp_richcompare = code_richcompare,
    .tp_weaklistoffset = offsetof(MpyCodeObject, co_weakreflist),
    .tp_methods = code_methods,
    .tp_members = code_members,
    .tp_getset = code_getset,
    .tp_free = mpy_object_free,
};

void mpy_code_init(void)
{
    mpy_type_ready(&MpyCode_Type);
}
