/* list.sort(): Tim Peters' stable merge sort of natural runs (timsort) with
 * galloping merges and CPython 3.11's powersort merge order, specialised
 * comparisons for lists of exact ints, floats, strs and tuples, and
 * CPython's guarantees: the list is empty while it is being sorted (so a
 * key or __lt__ that changes it is caught: "list modified during sort"),
 * and after an exception it holds a permutation of its items. */
#include <string.h>

#include "alloc.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

#define MIN_GALLOP 7
#define TEMP_SIZE 256    /* items of temp storage kept in the merge state */
#define MAX_PENDING 85   /* enough runs for 2**64 items */

/* Keys and, when a key function is used, the list items that move with
 * them (values is NULL otherwise). */
typedef struct {
    MpyObject **keys;
    MpyObject **values;
} SortSlice;

typedef struct {
    SortSlice base;
    ssize_t len;
    int power; /* powersort's node power of the boundary to its right */
} Run;

typedef struct MergeState MergeState;
/* a < b: 1, 0, or -1 with an exception set. */
typedef int (*lt_func)(MergeState *ms, MpyObject *a, MpyObject *b);

struct MergeState {
    ssize_t min_gallop;
    ssize_t listlen;
    MpyObject **basekeys;
    SortSlice a; /* temp storage for merges */
    ssize_t alloced;
    MpyObject *temparray[TEMP_SIZE];
    int n;
    Run pending[MAX_PENDING];
    lt_func key_lt;
    lt_func tuple_elem_lt; /* for the first items of tuple keys */
};

/* ===================================================== comparisons */

static int safe_lt(MergeState *ms, MpyObject *a, MpyObject *b)
{
    return mpy_object_richcompare_bool(a, b, MPY_LT);
}

static int int_lt(MergeState *ms, MpyObject *a, MpyObject *b)
{
    if (mpy_int_both_small(a, b))
        return mpy_int_small_value(a) < mpy_int_small_value(b);
    return mpy_int_compare_slow(a, b) < 0;
}

static int float_lt(MergeState *ms, MpyObject *a, MpyObject *b)
{
    return MPY_FLOAT_VALUE(a) < MPY_FLOAT_VALUE(b);
}

static int str_lt(MergeState *ms, MpyObject *a, MpyObject *b)
{
    return mpy_str_compare(a, b) < 0;
}

/* Tuples: the first unequal items decide (with the specialised comparison
 * when it is the first item), else the lengths (CPython's
 * unsafe_tuple_compare). */
static int tuple_lt(MergeState *ms, MpyObject *a, MpyObject *b)
{
    ssize_t alen = MPY_SIZE(a), blen = MPY_SIZE(b), i;
    for (i = 0; i < alen && i < blen; i++) {
        int k = mpy_object_richcompare_bool(MPY_TUPLE_GET(a, i), MPY_TUPLE_GET(b, i), MPY_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= alen || i >= blen)
        return alen < blen;
    if (i == 0)
        return ms->tuple_elem_lt(ms, MPY_TUPLE_GET(a, 0), MPY_TUPLE_GET(b, 0));
    return mpy_object_richcompare_bool(MPY_TUPLE_GET(a, i), MPY_TUPLE_GET(b, i), MPY_LT);
}

/* The pre-sort check: when every key (or every first item of tuple keys)
 * has the same type, a comparison that skips the generic dispatch is safe. */
static void choose_comparison(MergeState *ms, MpyObject **keys, ssize_t n)
{
    ms->key_lt = safe_lt;
    ms->tuple_elem_lt = safe_lt;
    if (n < 2)
        return;
    bool in_tuples = MPY_TUPLE_CHECK_EXACT(keys[0]) && MPY_SIZE(keys[0]) > 0;
    MpyTypeObject *key_type = MPY_TYPE(in_tuples ? MPY_TUPLE_GET(keys[0], 0) : keys[0]);
    bool same_type = true;
    for (ssize_t i = 0; i < n; i++) {
        if (in_tuples && !(MPY_TUPLE_CHECK_EXACT(keys[i]) && MPY_SIZE(keys[i]) > 0)) {
            in_tuples = same_type = false;
            break;
        }
        MpyObject *key = in_tuples ? MPY_TUPLE_GET(keys[i], 0) : keys[i];
        if (MPY_TYPE(key) != key_type) {
            same_type = false;
            if (!in_tuples)
                break;
        }
    }
    lt_func lt = safe_lt;
    if (same_type) {
        if (key_type == &MpyUnicode_Type)
            lt = str_lt;
        else if (key_type == &MpyLong_Type)
            lt = int_lt;
        else if (key_type == &MpyFloat_Type)
            lt = float_lt;
    }
    if (in_tuples) {
        ms->tuple_elem_lt = key_type == &MpyTuple_Type ? safe_lt : lt;
        ms->key_lt = tuple_lt;
    } else {
        ms->key_lt = lt;
    }
}

/* Evaluates a < b into k; jumps to fail on error. */
#define IFLT(A, B)                                   \
    if ((k = ms->key_lt(ms, (A), (B))) < 0)          \
        goto fail;                                   \
    if (k)

/* ========================================================== slices */

static void slice_copy(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j)
{
    dst->keys[i] = src->keys[j];
    if (dst->values)
        dst->values[i] = src->values[j];
}

static void slice_copy_incr(SortSlice *dst, SortSlice *src)
{
    *dst->keys++ = *src->keys++;
    if (dst->values)
        *dst->values++ = *src->values++;
}

static void slice_copy_decr(SortSlice *dst, SortSlice *src)
{
    *dst->keys-- = *src->keys--;
    if (dst->values)
        *dst->values-- = *src->values--;
}

static void slice_memcpy(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j, ssize_t n)
{
    memcpy(dst->keys + i, src->keys + j, (size_t)n * sizeof(MpyObject *));
    if (dst->values)
        memcpy(dst->values + i, src->values + j, (size_t)n * sizeof(MpyObject *));
}

static void slice_memmove(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j, ssize_t n)
{
    memmove(dst->keys + i, src->keys + j, (size_t)n * sizeof(MpyObject *));
    if (dst->values)
        memmove(dst->values + i, src->values + j, (size_t)n * sizeof(MpyObject *));
}

static void slice_advance(SortSlice *s, ssize_t n)
{
    s->keys += n;
    if (s->values)
        s->values += n;
}

static void reverse_range(MpyObject **lo, MpyObject **hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        MpyObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void slice_reverse(SortSlice *s, ssize_t n)
{
    reverse_range(s->keys, s->keys + n);
    if (s->values)
        reverse_range(s->values, s->values + n);
}

/* ===================================================== small pieces */

/* Sorts lo[0:hi-lo) given that lo[0:start-lo) is sorted, by binary
 * insertion; equal keys keep their order. */
static int binarysort(MergeState *ms, SortSlice lo, MpyObject **hi, MpyObject **start)
{
    int k;
    for (; start < hi; ++start) {
        MpyObject **l = lo.keys, **r = start, *pivot = *r;
        do {
            MpyObject **p = l + ((r - l) >> 1);
            IFLT(pivot, *p)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        ssize_t at = l - lo.keys, from = start - lo.keys;
        memmove(l + 1, l, (size_t)(start - l) * sizeof(MpyObject *));
        *l = pivot;
        if (lo.values) {
            MpyObject *v = lo.values[from];
            memmove(lo.values + at + 1, lo.values + at, (size_t)(from - at) * sizeof(MpyObject *));
            lo.values[at] = v;
        }
    }
    return 0;
fail:
    return -1;
}

/* The length of the run at the start of lo[0:hi): non-descending, or
 * strictly descending (then *descending is set, and reversing it keeps the
 * sort stable). */
static ssize_t count_run(MergeState *ms, MpyObject **lo, MpyObject **hi, bool *descending)
{
    int k;
    *descending = false;
    if (lo + 1 == hi)
        return 1;
    ssize_t n = 2;
    IFLT(lo[1], lo[0]) {
        *descending = true;
        for (lo += 2; lo < hi; ++lo, ++n) {
            IFLT(lo[0], lo[-1])
                continue;
            break;
        }
    } else {
        for (lo += 2; lo < hi; ++lo, ++n) {
            IFLT(lo[0], lo[-1])
                break;
        }
    }
    return n;
fail:
    return -1;
}

/* Where key goes in the sorted a[0:n), left of any equal items, searching
 * outwards from a[hint] by doubling steps, then by bisection. */
static ssize_t gallop_left(MergeState *ms, MpyObject *key, MpyObject **a, ssize_t n, ssize_t hint)
{
    ssize_t ofs = 1, lastofs = 0, k;
    a += hint;
    IFLT(a[0], key) {
        /* a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs] */
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                    ofs = maxofs;
            } else {
                break;
            }
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs] */
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0)
                ofs = maxofs;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    /* a[lastofs] < key <= a[ofs]: bisect in between. */
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* As gallop_left, but right of any items equal to key. */
static ssize_t gallop_right(MergeState *ms, MpyObject *key, MpyObject **a, ssize_t n, ssize_t hint)
{
    ssize_t ofs = 1, lastofs = 0, k;
    a += hint;
    IFLT(key, a[0]) {
        /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs] */
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                    ofs = maxofs;
            } else {
                break;
            }
        }
        if (ofs > maxofs)
            ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        /* a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs] */
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs])
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0)
                ofs = maxofs;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    /* a[lastofs] <= key < a[ofs]: bisect in between. */
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m])
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

/* ========================================================= merging */

static void merge_init(MergeState *ms, ssize_t listlen, bool has_values, SortSlice *lo)
{
    /* With values, the temp array holds keys and values halves. */
    ms->alloced = has_values ? TEMP_SIZE / 2 : TEMP_SIZE;
    ms->a.keys = ms->temparray;
    ms->a.values = has_values ? ms->temparray + TEMP_SIZE / 2 : NULL;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = listlen;
    ms->basekeys = lo->keys;
}

static void merge_freemem(MergeState *ms)
{
    if (ms->a.keys != ms->temparray) {
        mpy_mem_free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

/* Makes room for `need` items in the temp array. */
static int merge_getmem(MergeState *ms, ssize_t need)
{
    if (need <= ms->alloced)
        return 0;
    int multiplier = ms->a.values ? 2 : 1;
    merge_freemem(ms);
    if ((size_t)need > SSIZE_MAX / sizeof(MpyObject *) / (size_t)multiplier) {
        mpy_err_no_memory();
        return -1;
    }
    ms->a.keys = mpy_mem_alloc((size_t)multiplier * (size_t)need * sizeof(MpyObject *));
    if (!ms->a.keys) {
        mpy_err_no_memory();
        return -1;
    }
    ms->alloced = need;
    if (ms->a.values)
        ms->a.values = ms->a.keys + need;
    return 0;
}

/* Merges the na items at ssa with the nb items following them, na <= nb,
 * using na items of temp space; ssa[0] > ssb[0] and ssa[na-1] > ssb[nb-1]
 * on entry. On error the items are all back in place (a permutation). */
static int merge_lo(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb)
{
    ssize_t k, min_gallop;
    int result = -1;
    SortSlice dest;
    if (merge_getmem(ms, na) < 0)
        return -1;
    slice_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;
    slice_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0; /* times each run won in a row */
        /* One pair at a time until one run wins consistently. */
        for (;;) {
            IFLT(ssb.keys[0], ssa.keys[0]) {
                slice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                slice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* Gallop while a run keeps winning big. */
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                slice_memcpy(&dest, 0, &ssa, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssa, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                /* Impossible with a consistent comparison, but possible. */
                if (na == 0)
                    goto succeed;
            }
            slice_copy_incr(&dest, &ssb);
            if (--nb == 0)
                goto succeed;
            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                slice_memmove(&dest, 0, &ssb, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            slice_copy_incr(&dest, &ssa);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop; /* leaving galloping mode costs */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        slice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copy_b:
    /* The last item of a belongs after everything left in b. */
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* The mirror image of merge_lo, for na >= nb: merges from the right end,
 * with nb items of temp space. */
static int merge_hi(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb)
{
    ssize_t k, min_gallop;
    int result = -1;
    SortSlice dest, basea, baseb;
    if (merge_getmem(ms, nb) < 0)
        return -1;
    dest = ssb;
    slice_advance(&dest, nb - 1);
    slice_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values)
        ssb.values = ms->a.values + nb - 1;
    slice_advance(&ssa, na - 1);
    slice_copy_decr(&dest, &ssa);
    --na;
    if (na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            IFLT(ssb.keys[0], ssa.keys[0]) {
                slice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                slice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssa, -k);
                slice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            slice_copy_decr(&dest, &ssb);
            if (--nb == 1)
                goto copy_a;
            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssb, -k);
                slice_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)
                    goto succeed;
            }
            slice_copy_decr(&dest, &ssa);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        slice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    /* The first item of b belongs before everything left in a. */
    slice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&ssa, -na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merges the pending runs i and i+1. */
static int merge_at(MergeState *ms, int i)
{
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    /* Items of a before where b[0] goes are already in place... */
    k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
    if (k < 0)
        return -1;
    slice_advance(&ssa, k);
    na -= k;
    if (na == 0)
        return 0;
    /* ...and so are the items of b after where a[-1] goes. */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort's node power of the boundary between the run at s1 (n1 items)
 * and the next n2 items, in a list of n: the position of the first
 * differing bit of the two runs' midpoints scaled to [0, 1). */
static int powerloop(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n)
{
    int result = 0;
    ssize_t a = 2 * s1 + n1; /* twice the midpoints, to stay integral */
    ssize_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A new run of n2 items follows the top pending one: merge the pending
 * runs whose boundaries have a greater power first. */
static int found_new_run(MergeState *ms, ssize_t n2)
{
    if (ms->n == 0)
        return 0;
    Run *p = ms->pending;
    ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
    int power = powerloop(s1, p[ms->n - 1].len, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2) < 0)
            return -1;
    p[ms->n - 1].power = power;
    return 0;
}

static int merge_force_collapse(MergeState *ms)
{
    Run *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            --n;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Natural runs shorter than this are extended by binary insertion: a
 * number in [32, 64] such that n / minrun is a power of two or just below. */
static ssize_t compute_minrun(ssize_t n)
{
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(MergeState *ms, SortSlice lo, ssize_t nremaining)
{
    ssize_t minrun = compute_minrun(nremaining);
    do {
        bool descending;
        ssize_t n = count_run(ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0)
            return -1;
        if (descending)
            slice_reverse(&lo, n);
        if (n < minrun) {
            ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(ms, lo, lo.keys + force, lo.keys + n) < 0)
                return -1;
            n = force;
        }
        if (found_new_run(ms, n) < 0)
            return -1;
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = n;
        ++ms->n;
        slice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(ms);
}

/* ========================================================= list.sort */

static int compute_keys(MpyObject *keyfunc, MpyObject **items, ssize_t n, MpyObject **keys)
{
    for (ssize_t i = 0; i < n; i++) {
        keys[i] = mpy_call_one(keyfunc, items[i]);
        if (!keys[i]) {
            while (--i >= 0)
                MPY_DECREF(keys[i]);
            return -1;
        }
    }
    return 0;
}

int mpy_list_sort(MpyObject *list, MpyObject *keyfunc, bool reverse)
{
    MpyListObject *self = (MpyListObject *)list;
    MergeState ms;
    int result = -1;
    /* Empty the list while sorting, so that code run by the comparisons
     * cannot pull the items from under us; a change is detected at the end
     * by `allocated` no longer being -1. */
    ssize_t saved_size = MPY_SIZE(self), saved_allocated = self->allocated;
    MpyObject **saved_items = self->ob_item, **keys = NULL;
    MPY_SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = -1;

    SortSlice lo = {saved_items, NULL};
    if (keyfunc && saved_size > 0) {
        keys = mpy_mem_alloc((size_t)saved_size * sizeof(MpyObject *));
        if (!keys) {
            mpy_err_no_memory();
            goto restore;
        }
        if (compute_keys(keyfunc, saved_items, saved_size, keys) < 0) {
            mpy_mem_free(keys);
            keys = NULL;
            goto restore;
        }
        lo.keys = keys;
        lo.values = saved_items;
    }
    choose_comparison(&ms, lo.keys, saved_size);
    merge_init(&ms, saved_size, keys != NULL, &lo);
    /* Reversing before and after the stable forward sort keeps equal items
     * in their original order under reverse=True. */
    if (reverse && saved_size > 1)
        slice_reverse(&lo, saved_size);
    if (saved_size < 2 || timsort(&ms, lo, saved_size) == 0)
        result = 0;
    if (self->allocated != -1 && result == 0) {
        mpy_err_set_string(MpyExc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_size > 1)
        reverse_range(saved_items, saved_items + saved_size);
    merge_freemem(&ms);
    if (keys) {
        for (ssize_t i = 0; i < saved_size; i++)
            MPY_DECREF(keys[i]);
        mpy_mem_free(keys);
    }
restore:;
    /* Put the items back, and drop whatever was put in meanwhile. */
    MpyObject **final_items = self->ob_item;
    ssize_t i = MPY_SIZE(self);
    MPY_SIZE(self) = saved_size;
    self->ob_item = saved_items;
    self->allocated = saved_allocated;
    if (final_items) {
        while (--i >= 0)
            MPY_XDECREF(final_items[i]);
        mpy_mem_free(final_items);
    }
    return result;
}
