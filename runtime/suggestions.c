/* Name suggestions for AttributeError and NameError, with CPython 3.11's
 * rules (Python/suggestions.c): a Levenshtein distance where a change of
 * case costs 1 and any other edit 2, a match allowed to change at most a
 * third of the characters involved, and at most 750 candidates of at most
 * 40 characters each. */
#include "suggestions.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "errors.h"
#include "exceptions.h"
#include "frame.h"
#include "list.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

#define MAX_CANDIDATES 750
#define MAX_LENGTH 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b)
{
    if (a == b)
        return 0;
    if (tolower((unsigned char)a) == tolower((unsigned char)b))
        return CASE_COST;
    return MOVE_COST;
}

/* Edit distance between a and b (byte strings), or max_cost + 1 as soon as
 * it is known to exceed max_cost. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_LENGTH || nb > MAX_LENGTH)
        return max_cost + 1;
    if (nb < na) { /* keep a the shorter */
        const char *t = a;
        a = b;
        b = t;
        size_t n = na;
        na = nb;
        nb = n;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_LENGTH + 1];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t distance_prev = bi * MOVE_COST; /* the diagonal */
        result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t ai = 0; ai < na; ai++) {
            size_t via_sub = distance_prev + (size_t)substitution_cost(b[bi], a[ai]);
            distance_prev = row[ai];
            size_t via_insert = result + MOVE_COST;
            size_t via_delete = distance_prev + MOVE_COST;
            result = via_sub < via_insert ? via_sub : via_insert;
            if (via_delete < result)
                result = via_delete;
            row[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The candidate of `names` (a list of str) closest to name, or NULL. */
static MpyObject *closest(MpyObject *names, MpyObject *name)
{
    ssize_t n = MPY_SIZE(names);
    size_t name_len = (size_t)MPY_STR_UTF8_LEN(name);
    if (n > MAX_CANDIDATES || name_len > MAX_LENGTH)
        return NULL;
    MpyObject *best = NULL;
    size_t best_distance = (size_t)-1;
    for (ssize_t i = 0; i < n; i++) {
        MpyObject *item = MPY_LIST_GET(names, i);
        if (!MPY_STR_CHECK(item) || mpy_str_equal(item, name))
            continue;
        size_t item_len = (size_t)MPY_STR_UTF8_LEN(item);
        size_t max_distance = (name_len + item_len + 3) * MOVE_COST / 6;
        if (best && best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        size_t d = distance(mpy_str_as_utf8(name), name_len, mpy_str_as_utf8(item), item_len,
                            max_distance);
        if (d > max_distance)
            continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best ? MPY_NEWREF(best) : NULL;
}

static MpyObject *closest_in_keys(MpyObject *dict, MpyObject *name)
{
    if (!dict || !MPY_DICT_CHECK(dict))
        return NULL;
    MpyObject *keys = mpy_dict_keys(dict);
    if (!keys)
        return NULL;
    MpyObject *res = closest(keys, name);
    MPY_DECREF(keys);
    return res;
}

static MpyObject *for_attribute(MpyNameErrorObject *e)
{
    if (!e->name || !MPY_STR_CHECK(e->name) || !e->obj)
        return NULL;
    MpyObject *dir = mpy_object_dir(e->obj);
    if (!dir)
        return NULL;
    MpyObject *res = MPY_LIST_CHECK(dir) ? closest(dir, e->name) : NULL;
    MPY_DECREF(dir);
    return res;
}

/* NameError: the failing frame's local variable names, then its globals,
 * then its builtins. */
static MpyObject *for_name(MpyNameErrorObject *e)
{
    MpyObject *tb = ((MpyBaseExceptionObject *)e)->traceback;
    if (!e->name || !MPY_STR_CHECK(e->name) || !tb)
        return NULL;
    while (((MpyTracebackObject *)tb)->tb_next)
        tb = ((MpyTracebackObject *)tb)->tb_next;
    MpyFrame *f = ((MpyFrameObject *)((MpyTracebackObject *)tb)->tb_frame)->f_frame;
    if (!f)
        return NULL;
    MpyCodeObject *co = f->f_code;
    MpyObject *locals = mpy_list_new(0);
    if (!locals)
        return NULL;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        if ((co->co_localspluskinds[i] & MPY_FAST_LOCAL) &&
            mpy_list_append(locals, MPY_TUPLE_GET(co->co_localsplusnames, i)) < 0)
            break;
    MpyObject *res = closest(locals, e->name);
    MPY_DECREF(locals);
    if (!res)
        res = closest_in_keys(f->f_globals, e->name);
    if (!res)
        res = closest_in_keys(f->f_builtins, e->name);
    return res;
}

MpyObject *mpy_suggestions_for(MpyObject *exc)
{
    MpyObject *saved = mpy_err_fetch();
    MpyObject *res = NULL;
    if (MPY_OBJECT_TYPECHECK(exc, MpyExc_AttributeError))
        res = for_attribute((MpyNameErrorObject *)exc);
    else if (MPY_OBJECT_TYPECHECK(exc, MpyExc_NameError))
        res = for_name((MpyNameErrorObject *)exc);
    mpy_err_clear();
    mpy_err_restore(saved);
    return res;
}
