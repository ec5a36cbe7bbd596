/* Struct sequences: a tuple subclass with a named getter per item and the
 * repr "sys.version_info(major=3, minor=11, ...)". */
#include "structseq.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "float.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"

static MpyObject *structseq_repr(MpyObject *self)
{
    MpyTypeObject *type = MPY_TYPE(self);
    MpyStrBuf buf = MPY_STRBUF_INIT;
    mpy_strbuf_appendf(&buf, "%s(", type->tp_name);
    for (ssize_t i = 0; i < MPY_SIZE(self); i++) {
        MpyObject *r = mpy_object_repr(MPY_TUPLE_GET(self, i));
        if (!r) {
            mpy_strbuf_free(&buf);
            return NULL;
        }
        mpy_strbuf_appendf(&buf, "%s%s=%s", i ? ", " : "", type->tp_members[i].name,
                           mpy_str_as_utf8(r));
        MPY_DECREF(r);
    }
    mpy_strbuf_append_char(&buf, ')');
    if (buf.failed) {
        mpy_strbuf_free(&buf);
        return mpy_err_no_memory();
    }
    MpyObject *res = mpy_str_from_utf8(buf.data, buf.len);
    mpy_strbuf_free(&buf);
    return res;
}

static void structseq_dealloc(MpyObject *self)
{
    mpy_gc_untrack(self);
    for (ssize_t i = 0; i < MPY_SIZE(self); i++)
        MPY_XDECREF(MPY_TUPLE_GET(self, i));
    mpy_gc_del(self);
}

int mpy_structseq_init_type(MpyTypeObject *type, const MpyStructSeqDesc *desc)
{
    int n = 0;
    while (desc->fields[n].name)
        n++;
    /* Each field reads the tuple's item in place: a read-only member. */
    MpyMemberDef *members = calloc((size_t)n + 1, sizeof *members);
    if (!members) {
        mpy_err_no_memory();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        members[i].name = desc->fields[i].name;
        members[i].type = MPY_T_OBJECT;
        members[i].offset = (ssize_t)(offsetof(MpyTupleObject, ob_item) + (size_t)i * sizeof(MpyObject *));
        members[i].flags = MPY_READONLY;
        members[i].doc = desc->fields[i].doc;
    }
    MPY_TYPE(type) = &MpyType_Type;
    MPY_REFCNT(type) = 1;
    type->tp_name = desc->name;
    type->tp_doc = desc->doc;
    type->tp_base = &MpyTuple_Type;
    type->tp_basicsize = MpyTuple_Type.tp_basicsize;
    type->tp_itemsize = MpyTuple_Type.tp_itemsize;
    type->tp_flags = MPY_TPFLAGS_HAVE_GC;
    type->tp_traverse = MpyTuple_Type.tp_traverse;
    type->tp_dealloc = structseq_dealloc;
    type->tp_repr = structseq_repr;
    type->tp_members = members;
    type->tp_free = mpy_gc_del;
    return mpy_type_ready(type);
}

void mpy_structseq_fini_type(MpyTypeObject *type)
{
    mpy_type_unready(type);
    free(type->tp_members);
    type->tp_members = NULL;
}

MpyObject *mpy_structseq_new(MpyTypeObject *type)
{
    int n = 0;
    while (type->tp_members[n].name)
        n++;
    MpyVarObject *t = mpy_gc_new_var(type, n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++)
        MPY_TUPLE_SET(t, i, NULL);
    mpy_gc_track(MPY_CAST(t));
    return MPY_CAST(t);
}

MpyObject *mpy_structseq_build(MpyTypeObject *type, const char *format, ...)
{
    MpyObject *t = mpy_structseq_new(type);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, format);
    for (ssize_t i = 0; format[i] && i < MPY_SIZE(t); i++) {
        MpyObject *v;
        switch (format[i]) {
        case 'i': v = mpy_int_from_i64(va_arg(ap, int64_t)); break;
        case 'd': v = mpy_float_from_double(va_arg(ap, double)); break;
        case 's': v = mpy_str_from_cstr(va_arg(ap, const char *)); break;
        case 'b': v = mpy_bool_from_long(va_arg(ap, int)); break;
        default: v = MPY_NEWREF(va_arg(ap, MpyObject *)); break;
        }
        if (!v) {
            va_end(ap);
            MPY_DECREF(t);
            return NULL;
        }
        MPY_TUPLE_SET(t, i, v);
    }
    va_end(ap);
    return t;
}
