/* The AST optimizer (ast_opt.h), after CPython 3.11's ast_opt.c: a
 * bottom-up walk that gives every literal its object and folds what
 * CPython folds, with CPython's limits (ints of at most 128 bits from *, **
 * and <<; str/bytes of at most 4096 items from *; collections of at most
 * 256 items from *). A fold that raises is simply not done. */
#include "ast_opt.h"

#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "compile.h"
#include "complex.h"
#include "errors.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define MAX_INT_SIZE 128        /* bits */
#define MAX_COLLECTION_SIZE 256 /* items */
#define MAX_STR_SIZE 4096       /* characters */
#define MAX_TOTAL_ITEMS 1024    /* including nested collections */

typedef struct {
    const AstExpr *key;
    MpyObject *value;
    AstExpr *replacement;
    bool as_tuple;
} OptEntry;

struct MpyAstOpt {
    OptEntry *slots;
    size_t cap, used;
    MpyObject *keeper;
    const char *filename, *source;
    size_t len;
    MpySyntaxError *err;
    MpyArena *arena; /* nodes made by the optimizer */
    bool failed;
};

/* ============================================================ the table */

static OptEntry *find(const MpyAstOpt *o, const AstExpr *key)
{
    if (!o->cap)
        return NULL;
    size_t i = ((uintptr_t)key >> 4) & (o->cap - 1);
    while (o->slots[i].key && o->slots[i].key != key)
        i = (i + 1) & (o->cap - 1);
    return &o->slots[i];
}

static OptEntry *entry_for(MpyAstOpt *o, const AstExpr *key)
{
    if ((o->used + 1) * 2 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        OptEntry *slots = calloc(cap, sizeof *slots);
        if (!slots) {
            mpy_err_no_memory();
            return NULL;
        }
        OptEntry *old = o->slots;
        size_t oldcap = o->cap;
        o->slots = slots;
        o->cap = cap;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].key)
                *find(o, old[i].key) = old[i];
        free(old);
    }
    OptEntry *e = find(o, key);
    if (!e->key) {
        e->key = key;
        o->used++;
    }
    return e;
}

MpyObject *mpy_ast_opt_value(const MpyAstOpt *opt, const AstExpr *e)
{
    OptEntry *x = find(opt, e);
    return x && x->key ? x->value : NULL;
}

AstExpr *mpy_ast_opt_replacement(const MpyAstOpt *opt, const AstExpr *e)
{
    OptEntry *x = find(opt, e);
    return x && x->key ? x->replacement : NULL;
}

bool mpy_ast_opt_as_tuple(const MpyAstOpt *opt, const AstExpr *e)
{
    OptEntry *x = find(opt, e);
    return x && x->key && x->as_tuple;
}

void mpy_ast_opt_free(MpyAstOpt *opt)
{
    if (!opt)
        return;
    for (size_t i = 0; i < opt->cap; i++)
        MPY_XDECREF(opt->slots[i].value);
    free(opt->slots);
    if (opt->arena)
        mpy_arena_free(opt->arena);
    free(opt);
}

/* Records value (stolen) as the constant value of e. false on error. */
static bool set_value(MpyAstOpt *o, const AstExpr *e, MpyObject *value)
{
    if (o->keeper && value != MPY_NONE && value != MPY_TRUE && value != MPY_FALSE && value != MPY_ELLIPSIS &&
        mpy_list_append(o->keeper, value) < 0) {
        MPY_DECREF(value);
        return false;
    }
    OptEntry *x = entry_for(o, e);
    if (!x) {
        MPY_DECREF(value);
        return false;
    }
    MPY_SETREF(x->value, value);
    return true;
}

static MpyObject *value_of(MpyAstOpt *o, const AstExpr *e)
{
    return e ? mpy_ast_opt_value(o, e) : NULL;
}

/* ========================================================== constants */

static bool is_name_char_string(MpyObject *s)
{
    if (!MPY_STR_IS_ASCII(s))
        return false;
    const char *p = MPY_STR_DATA(s);
    for (ssize_t i = 0; i < MPY_STR_UTF8_LEN(s); i++) {
        char ch = p[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return false;
    }
    return true;
}

/* Identifier-like str constants are interned at compile time, as CPython's
 * intern_string_constants does (inside tuples too). */
void mpy_ast_opt_intern_constant(MpyObject **p)
{
    MpyObject *v = *p;
    if (MPY_STR_CHECK_EXACT(v)) {
        if (is_name_char_string(v))
            mpy_str_intern_in_place(p);
    } else if (MPY_TUPLE_CHECK_EXACT(v)) {
        for (ssize_t i = 0; i < MPY_SIZE(v); i++)
            mpy_ast_opt_intern_constant(&MPY_TUPLE_ITEMS(v)[i]);
    }
}

MpyObject *mpy_ast_constant_object(const AstConstant *k)
{
    MpyObject *v = NULL;
    switch (k->kind) {
    case AST_CONST_NONE: return MPY_NEWREF(MPY_NONE);
    case AST_CONST_TRUE: return MPY_NEWREF(MPY_TRUE);
    case AST_CONST_FALSE: return MPY_NEWREF(MPY_FALSE);
    case AST_CONST_ELLIPSIS: return MPY_NEWREF(MPY_ELLIPSIS);
    case AST_CONST_INT: v = mpy_int_from_string(k->text, k->len, 0); break;
    case AST_CONST_FLOAT: v = mpy_float_from_double(k->f); break;
    case AST_CONST_COMPLEX: v = mpy_complex_from_doubles(0.0, k->f); break;
    case AST_CONST_STR: v = mpy_str_from_utf8(k->text, k->len); break;
    case AST_CONST_BYTES: v = mpy_bytes_from_data(k->text, k->len); break;
    }
    if (v)
        mpy_ast_opt_intern_constant(&v);
    return v;
}

static bool literal(MpyAstOpt *o, const AstExpr *e)
{
    MpyObject *v = mpy_ast_constant_object(&e->v.Constant.value);
    if (!v) {
        if (e->v.Constant.value.kind == AST_CONST_INT &&
            mpy_err_exception_matches(MpyExc_ValueError)) {
            MpyObject *exc = mpy_err_fetch();
            MpyObject *msg = exc ? mpy_object_str(exc) : NULL;
            MPY_XDECREF(exc);
            if (!msg)
                return false;
            char buf[600];
            snprintf(buf, sizeof buf,
                     "%s - Consider hexadecimal for huge integer literals to avoid decimal "
                     "conversion limits.",
                     mpy_str_as_utf8(msg));
            MPY_DECREF(msg);
            mpy_compile_error_set(o->err, o->source, o->len, o->filename, buf, e->loc.lineno,
                                  e->loc.col_offset, e->loc.end_lineno, e->loc.end_col_offset);
            o->failed = true;
        }
        return false;
    }
    return set_value(o, e, v);
}

/* A fold result: NULL from the operation means "do not fold" (its error is
 * cleared), except for KeyboardInterrupt. */
static bool make_const(MpyAstOpt *o, const AstExpr *e, MpyObject *v)
{
    if (!v) {
        if (mpy_err_occurred() && mpy_err_exception_matches(MpyExc_KeyboardInterrupt))
            return false;
        mpy_err_clear();
        return true;
    }
    mpy_ast_opt_intern_constant(&v);
    return set_value(o, e, v);
}

/* ============================================================== folding */

static size_t int_bits(MpyObject *v)
{
    if (mpy_int_is_small(v)) {
        int64_t x = mpy_int_small_value(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return u ? 64 - (size_t)__builtin_clzll(u) : 0;
    }
    mpz_t z;
    mpz_init(z);
    mpy_int_get_mpz(v, z);
    size_t bits = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    return bits;
}

/* The value of a non-negative int that fits a long, else -1. */
static long small_long(MpyObject *v)
{
    int64_t x;
    if (mpy_int_to_i64(v, &x) != 0 || x < 0 || x > 0x7FFFFFFF)
        return -1;
    return (long)x;
}

static bool is_tuple_or_frozenset(MpyObject *v)
{
    return MPY_TUPLE_CHECK(v) || MPY_OBJECT_TYPECHECK(v, &MpyFrozenSet_Type);
}

static ssize_t collection_size(MpyObject *v)
{
    return MPY_TUPLE_CHECK(v) ? MPY_SIZE(v) : mpy_set_size(v);
}

/* CPython's check_complexity: the total number of items, nested tuples
 * included, stays under limit. */
static ssize_t check_complexity(MpyObject *obj, ssize_t limit)
{
    if (MPY_TUPLE_CHECK(obj)) {
        limit -= MPY_SIZE(obj);
        for (ssize_t i = 0; limit >= 0 && i < MPY_SIZE(obj); i++)
            limit = check_complexity(MPY_TUPLE_GET(obj, i), limit);
    } else if (MPY_OBJECT_TYPECHECK(obj, &MpyFrozenSet_Type)) {
        ssize_t pos = 0;
        MpyObject *item;
        mpy_hash_t hash;
        limit -= mpy_set_size(obj);
        while (limit >= 0 && mpy_set_next(obj, &pos, &item, &hash))
            limit = check_complexity(item, limit);
    }
    return limit;
}

static MpyObject *safe_multiply(MpyObject *v, MpyObject *w)
{
    if (MPY_INT_CHECK(v) && MPY_INT_CHECK(w) && mpy_int_sign(v) && mpy_int_sign(w)) {
        if (int_bits(v) + int_bits(w) > MAX_INT_SIZE)
            return NULL;
    } else if (MPY_INT_CHECK(v) && is_tuple_or_frozenset(w)) {
        ssize_t size = collection_size(w);
        if (size) {
            long n = small_long(v);
            if (n < 0 || n > MAX_COLLECTION_SIZE / size)
                return NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    } else if (MPY_INT_CHECK(v) && (MPY_STR_CHECK(w) || MPY_BYTES_CHECK(w))) {
        ssize_t size = MPY_STR_CHECK(w) ? MPY_STR_LEN(w) : MPY_BYTES_LEN(w);
        if (size) {
            long n = small_long(v);
            if (n < 0 || n > MAX_STR_SIZE / size)
                return NULL;
        }
    } else if (MPY_INT_CHECK(w) && (is_tuple_or_frozenset(v) || MPY_STR_CHECK(v) ||
                                    MPY_BYTES_CHECK(v))) {
        return safe_multiply(w, v);
    }
    return mpy_number_multiply(v, w);
}

static MpyObject *safe_power(MpyObject *v, MpyObject *w)
{
    if (MPY_INT_CHECK(v) && MPY_INT_CHECK(w) && mpy_int_sign(v) && mpy_int_sign(w) > 0) {
        size_t vbits = int_bits(v);
        long wbits = small_long(w);
        if (wbits < 0 || vbits > MAX_INT_SIZE / (size_t)wbits)
            return NULL;
    }
    return mpy_number_power(v, w, MPY_NONE);
}

static MpyObject *safe_lshift(MpyObject *v, MpyObject *w)
{
    if (MPY_INT_CHECK(v) && MPY_INT_CHECK(w) && mpy_int_sign(v) && mpy_int_sign(w)) {
        size_t vbits = int_bits(v);
        long wbits = small_long(w);
        if (wbits < 0 || wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - (size_t)wbits)
            return NULL;
    }
    return mpy_number_lshift(v, w);
}

static MpyObject *safe_mod(MpyObject *v, MpyObject *w)
{
    if (MPY_STR_CHECK(v) || MPY_BYTES_CHECK(v))
        return NULL;
    return mpy_number_remainder(v, w);
}

static bool has_starred(AstExprSeq elts)
{
    for (ssize_t i = 0; i < elts.size; i++)
        if (elts.items[i]->kind == AST_Starred_kind)
            return true;
    return false;
}

/* ----------------------------------------- '%s' % (a,) as an f-string */

#define MAXDIGITS 3

static AstExpr *new_node(MpyAstOpt *o, AstExprKind kind, AstLocation loc)
{
    AstExpr *e = mpy_arena_alloc(o->arena, sizeof *e);
    if (!e) {
        mpy_err_no_memory();
        return NULL;
    }
    e->kind = kind;
    e->loc = e->outer = loc;
    return e;
}

/* A Constant node (without position) holding the str s[0..len), with %%
 * turned into %. */
static AstExpr *literal_node(MpyAstOpt *o, const char *s, size_t len)
{
    static const AstLocation none = {-1, -1, -1, -1};
    char *buf = mpy_arena_alloc(o->arena, len + 1);
    if (!buf)
        return mpy_err_no_memory(), NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        buf[n++] = s[i];
        if (s[i] == '%' && i + 1 < len && s[i + 1] == '%')
            i++;
    }
    AstExpr *e = new_node(o, AST_Constant_kind, none);
    MpyObject *v = e ? mpy_str_from_utf8(buf, n) : NULL;
    if (!v || !set_value(o, e, v))
        return NULL;
    return e;
}

/* CPython's simple_format_arg_parse: flags, width and precision of at most
 * MAXDIGITS-1 digits, and the conversion character. */
static bool parse_spec(const char *s, size_t len, size_t *pos, int *spec, bool *ljust, int *width,
                       int *prec)
{
    size_t p = *pos;
#define NEXTC                     \
    do {                          \
        if (p >= len)             \
            return false;         \
        ch = (unsigned char)s[p++]; \
    } while (0)
    int ch;
    *ljust = false;
    for (;;) {
        NEXTC;
        if (ch == '-')
            *ljust = true;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0')
            break;
    }
    if (ch >= '0' && ch <= '9') {
        *width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return false;
        }
    }
    if (ch == '.') {
        NEXTC;
        *prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return false;
        }
    }
#undef NEXTC
    *spec = ch;
    *pos = p;
    return true;
}

/* f'{arg!c:spec}' for one format unit, or NULL (with no error) when the
 * unit is not a simple %s, %r or %a. */
static AstExpr *format_unit(MpyAstOpt *o, const char *s, size_t len, size_t *pos, AstExpr *arg,
                            bool *failed)
{
    int spec, width = -1, prec = -1;
    bool ljust;
    if (!parse_spec(s, len, pos, &spec, &ljust, &width, &prec) ||
        (spec != 's' && spec != 'r' && spec != 'a'))
        return NULL;
    char buf[16], *p = buf;
    if (!ljust && width > 0)
        *p++ = '>';
    if (width >= 0)
        p += snprintf(p, 4, "%d", width);
    if (prec >= 0)
        p += snprintf(p, 5, ".%d", prec);
    AstExpr *fv = new_node(o, AST_FormattedValue_kind, arg->loc);
    AstExpr *fspec = fv && p != buf ? literal_node(o, buf, (size_t)(p - buf)) : NULL;
    if (!fv || (p != buf && !fspec)) {
        *failed = true;
        return NULL;
    }
    fv->v.FormattedValue.value = arg;
    fv->v.FormattedValue.conversion = spec;
    fv->v.FormattedValue.format_spec = fspec;
    return fv;
}

/* CPython 3.11's optimize_format: 'fmt' % (a, b) with only simple %s/%r/%a
 * units and as many units as items becomes an f-string. */
static bool optimize_format(MpyAstOpt *o, const AstExpr *e, MpyObject *fmt, AstExprSeq elts)
{
    const char *s = MPY_STR_DATA(fmt);
    size_t len = (size_t)MPY_STR_UTF8_LEN(fmt), pos = 0;
    ssize_t cnt = 0, n = 0;
    AstExpr **seq = mpy_arena_alloc(o->arena, sizeof *seq * (size_t)(elts.size * 2 + 1));
    if (!seq)
        return mpy_err_no_memory(), false;
    for (;;) {
        size_t start = pos;
        while (pos < len) {
            if (s[pos] != '%')
                pos++;
            else if (pos + 1 < len && s[pos + 1] == '%')
                pos += 2;
            else
                break;
        }
        if (pos > start) {
            AstExpr *lit = literal_node(o, s + start, pos - start);
            if (!lit)
                return false;
            seq[n++] = lit;
        }
        if (pos >= len)
            break;
        if (cnt >= elts.size)
            return true; /* more units than items */
        pos++;
        bool failed = false;
        AstExpr *unit = format_unit(o, s, len, &pos, elts.items[cnt++], &failed);
        if (!unit)
            return !failed;
        seq[n++] = unit;
    }
    if (cnt < elts.size)
        return true; /* more items than units */
    AstExpr *js = new_node(o, AST_JoinedStr_kind, e->loc);
    OptEntry *x = js ? entry_for(o, e) : NULL;
    if (!x)
        return false;
    js->v.JoinedStr.values = (AstExprSeq){n, seq};
    x->replacement = js;
    return true;
}

static bool fold_binop(MpyAstOpt *o, const AstExpr *e)
{
    MpyObject *lv = value_of(o, e->v.BinOp.left), *rv = value_of(o, e->v.BinOp.right);
    AstExpr *rhs = e->v.BinOp.right;
    if (e->v.BinOp.op == AST_Mod && lv && MPY_STR_CHECK(lv) && !rv &&
        rhs->kind == AST_Tuple_kind && !has_starred(rhs->v.Tuple.elts))
        return optimize_format(o, e, lv, rhs->v.Tuple.elts);
    if (!lv || !rv)
        return true;
    MpyObject *r = NULL;
    switch (e->v.BinOp.op) {
    case AST_Add: r = mpy_number_add(lv, rv); break;
    case AST_Sub: r = mpy_number_subtract(lv, rv); break;
    case AST_Mult: r = safe_multiply(lv, rv); break;
    case AST_Div: r = mpy_number_true_divide(lv, rv); break;
    case AST_FloorDiv: r = mpy_number_floor_divide(lv, rv); break;
    case AST_Mod: r = safe_mod(lv, rv); break;
    case AST_Pow: r = safe_power(lv, rv); break;
    case AST_LShift: r = safe_lshift(lv, rv); break;
    case AST_RShift: r = mpy_number_rshift(lv, rv); break;
    case AST_BitOr: r = mpy_number_or(lv, rv); break;
    case AST_BitXor: r = mpy_number_xor(lv, rv); break;
    case AST_BitAnd: r = mpy_number_and(lv, rv); break;
    case AST_MatMult: return true;
    }
    return make_const(o, e, r);
}

static bool fold_unaryop(MpyAstOpt *o, const AstExpr *e)
{
    MpyObject *v = value_of(o, e->v.UnaryOp.operand), *r = NULL;
    if (!v)
        return true;
    switch (e->v.UnaryOp.op) {
    case AST_Invert: r = mpy_number_invert(v); break;
    case AST_UAdd: r = mpy_number_positive(v); break;
    case AST_USub: r = mpy_number_negative(v); break;
    case AST_Not: {
        int t = mpy_object_not(v);
        r = t < 0 ? NULL : mpy_bool_from_long(t);
        break;
    }
    }
    return make_const(o, e, r);
}

/* A tuple of the elements' constant values, or NULL (no exception) when
 * one is not constant. */
static MpyObject *make_const_tuple(MpyAstOpt *o, AstExprSeq elts)
{
    for (ssize_t i = 0; i < elts.size; i++)
        if (!value_of(o, elts.items[i]))
            return NULL;
    MpyObject *t = mpy_tuple_new(elts.size);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < elts.size; i++)
        MPY_TUPLE_SET(t, i, MPY_NEWREF(value_of(o, elts.items[i])));
    return t;
}

static bool fold_tuple(MpyAstOpt *o, const AstExpr *e)
{
    if (e->v.Tuple.ctx != AST_Load)
        return true;
    return make_const(o, e, make_const_tuple(o, e->v.Tuple.elts));
}

static bool fold_subscr(MpyAstOpt *o, const AstExpr *e)
{
    MpyObject *v = value_of(o, e->v.Subscript.value), *k = value_of(o, e->v.Subscript.slice);
    if (e->v.Subscript.ctx != AST_Load || !v || !k)
        return true;
    return make_const(o, e, mpy_object_getitem(v, k));
}

/* CPython's fold_iter: a list display that is only iterated is a tuple; a
 * constant set display a frozenset. */
static bool fold_iter(MpyAstOpt *o, const AstExpr *e)
{
    if (e->kind == AST_List_kind) {
        if (has_starred(e->v.List.elts))
            return true;
        OptEntry *x = entry_for(o, e);
        if (!x)
            return false;
        x->as_tuple = true;
        return make_const(o, e, make_const_tuple(o, e->v.List.elts));
    }
    if (e->kind == AST_Set_kind) {
        MpyObject *t = make_const_tuple(o, e->v.Set.elts);
        if (!t)
            return make_const(o, e, NULL);
        MpyObject *fs = mpy_frozenset_new(t);
        MPY_DECREF(t);
        return make_const(o, e, fs);
    }
    return true;
}

/* ================================================================ walk */

static bool walk_expr(MpyAstOpt *o, AstExpr *e);
static bool walk_stmts(MpyAstOpt *o, AstStmtSeq seq);

static bool walk_exprs(MpyAstOpt *o, AstExprSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        if (seq.items[i] && !walk_expr(o, seq.items[i]))
            return false;
    return true;
}

static bool walk_opt(MpyAstOpt *o, AstExpr *e) { return !e || walk_expr(o, e); }

static bool walk_keywords(MpyAstOpt *o, AstKeywordSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        if (!walk_expr(o, seq.items[i]->value))
            return false;
    return true;
}

static bool walk_comprehensions(MpyAstOpt *o, AstComprehensionSeq gens)
{
    for (ssize_t i = 0; i < gens.size; i++) {
        AstComprehension *g = gens.items[i];
        if (!walk_expr(o, g->target) || !walk_expr(o, g->iter) || !walk_exprs(o, g->ifs) ||
            !fold_iter(o, g->iter))
            return false;
    }
    return true;
}

static bool walk_arg_annotations(MpyAstOpt *o, AstArgSeq args)
{
    for (ssize_t i = 0; i < args.size; i++)
        if (!walk_opt(o, args.items[i]->annotation))
            return false;
    return true;
}

static bool walk_arguments(MpyAstOpt *o, AstArguments *a)
{
    return walk_arg_annotations(o, a->posonlyargs) && walk_arg_annotations(o, a->args) &&
           (!a->vararg || walk_opt(o, a->vararg->annotation)) &&
           walk_arg_annotations(o, a->kwonlyargs) && walk_exprs(o, a->kw_defaults) &&
           (!a->kwarg || walk_opt(o, a->kwarg->annotation)) && walk_exprs(o, a->defaults);
}

static bool is_debug_name(const AstExpr *e)
{
    return e->v.Name.ctx == AST_Load && strcmp(e->v.Name.id, "__debug__") == 0;
}

static bool walk_compare(MpyAstOpt *o, AstExpr *e)
{
    if (!walk_expr(o, e->v.Compare.left) || !walk_exprs(o, e->v.Compare.comparators))
        return false;
    ssize_t last = e->v.Compare.ops.size - 1;
    int op = e->v.Compare.ops.items[last];
    if (op == AST_In || op == AST_NotIn)
        return fold_iter(o, e->v.Compare.comparators.items[last]);
    return true;
}

static bool walk_expr(MpyAstOpt *o, AstExpr *e)
{
    switch (e->kind) {
    case AST_BoolOp_kind: return walk_exprs(o, e->v.BoolOp.values);
    case AST_BinOp_kind:
        return walk_expr(o, e->v.BinOp.left) && walk_expr(o, e->v.BinOp.right) && fold_binop(o, e);
    case AST_UnaryOp_kind: return walk_expr(o, e->v.UnaryOp.operand) && fold_unaryop(o, e);
    case AST_Lambda_kind: return walk_arguments(o, e->v.Lambda.args) && walk_expr(o, e->v.Lambda.body);
    case AST_IfExp_kind:
        return walk_expr(o, e->v.IfExp.test) && walk_expr(o, e->v.IfExp.body) &&
               walk_expr(o, e->v.IfExp.orelse);
    case AST_Dict_kind: return walk_exprs(o, e->v.Dict.keys) && walk_exprs(o, e->v.Dict.values);
    case AST_Set_kind: return walk_exprs(o, e->v.Set.elts);
    case AST_ListComp_kind:
        return walk_expr(o, e->v.ListComp.elt) && walk_comprehensions(o, e->v.ListComp.generators);
    case AST_SetComp_kind:
        return walk_expr(o, e->v.SetComp.elt) && walk_comprehensions(o, e->v.SetComp.generators);
    case AST_DictComp_kind:
        return walk_expr(o, e->v.DictComp.key) && walk_expr(o, e->v.DictComp.value) &&
               walk_comprehensions(o, e->v.DictComp.generators);
    case AST_GeneratorExp_kind:
        return walk_expr(o, e->v.GeneratorExp.elt) &&
               walk_comprehensions(o, e->v.GeneratorExp.generators);
    case AST_Await_kind: return walk_expr(o, e->v.Await.value);
    case AST_Yield_kind: return walk_opt(o, e->v.Yield.value);
    case AST_YieldFrom_kind: return walk_expr(o, e->v.YieldFrom.value);
    case AST_Compare_kind: return walk_compare(o, e);
    case AST_Call_kind:
        return walk_expr(o, e->v.Call.func) && walk_exprs(o, e->v.Call.args) &&
               walk_keywords(o, e->v.Call.keywords);
    case AST_FormattedValue_kind:
        return walk_expr(o, e->v.FormattedValue.value) && walk_opt(o, e->v.FormattedValue.format_spec);
    case AST_JoinedStr_kind: return walk_exprs(o, e->v.JoinedStr.values);
    case AST_Constant_kind: return literal(o, e);
    case AST_Attribute_kind: return walk_expr(o, e->v.Attribute.value);
    case AST_Subscript_kind:
        return walk_expr(o, e->v.Subscript.value) && walk_expr(o, e->v.Subscript.slice) &&
               fold_subscr(o, e);
    case AST_Starred_kind: return walk_expr(o, e->v.Starred.value);
    case AST_Slice_kind:
        return walk_opt(o, e->v.Slice.lower) && walk_opt(o, e->v.Slice.upper) &&
               walk_opt(o, e->v.Slice.step);
    case AST_List_kind: return walk_exprs(o, e->v.List.elts);
    case AST_Tuple_kind: return walk_exprs(o, e->v.Tuple.elts) && fold_tuple(o, e);
    case AST_Name_kind:
        if (is_debug_name(e))
            return set_value(o, e, MPY_NEWREF(MPY_TRUE));
        return true;
    case AST_NamedExpr_kind:
        return walk_expr(o, e->v.NamedExpr.target) && walk_expr(o, e->v.NamedExpr.value);
    }
    return true;
}

static bool walk_handlers(MpyAstOpt *o, AstExceptHandlerSeq hs)
{
    for (ssize_t i = 0; i < hs.size; i++)
        if (!walk_opt(o, hs.items[i]->type) || !walk_stmts(o, hs.items[i]->body))
            return false;
    return true;
}

static bool walk_stmt(MpyAstOpt *o, AstStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef_kind:
    case AST_AsyncFunctionDef_kind:
        return walk_arguments(o, s->v.FunctionDef.args) && walk_stmts(o, s->v.FunctionDef.body) &&
               walk_exprs(o, s->v.FunctionDef.decorator_list) &&
               walk_opt(o, s->v.FunctionDef.returns);
    case AST_ClassDef_kind:
        return walk_exprs(o, s->v.ClassDef.bases) && walk_keywords(o, s->v.ClassDef.keywords) &&
               walk_stmts(o, s->v.ClassDef.body) && walk_exprs(o, s->v.ClassDef.decorator_list);
    case AST_Return_kind: return walk_opt(o, s->v.Return.value);
    case AST_Delete_kind: return walk_exprs(o, s->v.Delete.targets);
    case AST_Assign_kind:
        return walk_exprs(o, s->v.Assign.targets) && walk_expr(o, s->v.Assign.value);
    case AST_AugAssign_kind:
        return walk_expr(o, s->v.AugAssign.target) && walk_expr(o, s->v.AugAssign.value);
    case AST_AnnAssign_kind:
        return walk_expr(o, s->v.AnnAssign.target) && walk_expr(o, s->v.AnnAssign.annotation) &&
               walk_opt(o, s->v.AnnAssign.value);
    case AST_For_kind:
    case AST_AsyncFor_kind:
        return walk_expr(o, s->v.For.target) && walk_expr(o, s->v.For.iter) &&
               walk_stmts(o, s->v.For.body) && walk_stmts(o, s->v.For.orelse) &&
               fold_iter(o, s->v.For.iter);
    case AST_While_kind:
        return walk_expr(o, s->v.While.test) && walk_stmts(o, s->v.While.body) &&
               walk_stmts(o, s->v.While.orelse);
    case AST_If_kind:
        return walk_expr(o, s->v.If.test) && walk_stmts(o, s->v.If.body) &&
               walk_stmts(o, s->v.If.orelse);
    case AST_With_kind:
    case AST_AsyncWith_kind:
        for (ssize_t i = 0; i < s->v.With.items.size; i++) {
            AstWithItem *it = s->v.With.items.items[i];
            if (!walk_expr(o, it->context_expr) || !walk_opt(o, it->optional_vars))
                return false;
        }
        return walk_stmts(o, s->v.With.body);
    case AST_Raise_kind: return walk_opt(o, s->v.Raise.exc) && walk_opt(o, s->v.Raise.cause);
    case AST_Try_kind:
    case AST_TryStar_kind:
        return walk_stmts(o, s->v.Try.body) && walk_handlers(o, s->v.Try.handlers) &&
               walk_stmts(o, s->v.Try.orelse) && walk_stmts(o, s->v.Try.finalbody);
    case AST_Assert_kind: return walk_expr(o, s->v.Assert.test) && walk_opt(o, s->v.Assert.msg);
    case AST_Expr_kind: return walk_expr(o, s->v.Expr.value);
    default: return true;
    }
}

static bool walk_stmts(MpyAstOpt *o, AstStmtSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        if (!walk_stmt(o, seq.items[i]))
            return false;
    return true;
}

MpyAstOpt *mpy_ast_opt_run(AstMod *mod, MpyObject *const_keeper, const char *filename,
                           const char *source, size_t len, MpySyntaxError *err)
{
    MpyAstOpt *o = calloc(1, sizeof *o);
    if (!o) {
        mpy_err_no_memory();
        return NULL;
    }
    o->keeper = const_keeper;
    o->filename = filename;
    o->source = source;
    o->len = len;
    o->err = err;
    o->arena = mpy_arena_new();
    if (!o->arena) {
        free(o);
        mpy_err_no_memory();
        return NULL;
    }
    bool ok = true;
    switch (mod->kind) {
    case AST_Module_kind: ok = walk_stmts(o, mod->v.Module.body); break;
    case AST_Interactive_kind: ok = walk_stmts(o, mod->v.Interactive.body); break;
    case AST_Expression_kind: ok = walk_expr(o, mod->v.Expression.body); break;
    }
    if (!ok) {
        mpy_ast_opt_free(o);
        return NULL;
    }
    return o;
}
