/* The compiler's driver (compile.h): compilation units (one per code
 * object), constants (merged across the whole compilation as CPython's
 * merge_consts_recursive, keyed by _PyCode_ConstantKey), names and how each
 * is loaded and stored (CPython 3.11's compiler_nameop), errors and
 * warnings, and the making of each code object. Expressions, statements,
 * targets and definitions are compiled in compile_*.c. */
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compile_internal.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "tokenize.h"
#include "warnings.h"

/* ================================================================ errors */

bool cc_nomem(Compiler *c)
{
    if (!c->failed)
        mpy_err_no_memory();
    c->failed = true;
    return false;
}

static void format_msg(char *buf, size_t size, const char *fmt, va_list ap)
{
    vsnprintf(buf, size, fmt, ap);
}

void mpy_compile_error_set(MpySyntaxError *err, const char *source, size_t len,
                           const char *filename, const char *msg, int lineno, int col,
                           int end_lineno, int end_col)
{
    mpy_syntax_error_clear(err);
    size_t n = 0;
    const char *line =
        source && lineno >= 1 ? mpy_tokenizer_line(source, source + len, lineno, &n) : NULL;
    err->kind = "SyntaxError";
    err->msg = strdup(msg);
    err->filename = filename ? strdup(filename) : NULL;
    err->lineno = lineno;
    err->offset = col + 1;
    err->end_lineno = end_lineno;
    err->end_offset = end_col + 1;
    err->text = line ? strndup(line, n) : NULL;
    err->text_source = MPY_TEXT_FILE_ONLY;
}

/* A SyntaxError at the current location, as CPython's compiler_error. */
bool cc_error(Compiler *c, const char *fmt, ...)
{
    if (c->failed)
        return false;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    format_msg(msg, sizeof msg, fmt, ap);
    va_end(ap);
    MpyPosition l = c->u->loc;
    mpy_compile_error_set(c->err, c->source, c->len, c->filename, msg, l.lineno, l.col,
                          l.end_lineno, l.end_col);
    c->failed = true;
    return false;
}

/* A SyntaxWarning at the current line; one turned into an error by the
 * warning filters becomes a SyntaxError, as CPython's compiler_warn. */
bool cc_warn(Compiler *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    format_msg(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (mpy_warn_explicit(MpyExc_SyntaxWarning, msg, c->filename, c->u->loc.lineno) < 0) {
        if (!mpy_err_exception_matches(MpyExc_SyntaxWarning)) {
            c->failed = true;
            return false;
        }
        mpy_err_clear();
        return cc_error(c, "%s", msg);
    }
    return true;
}

/* ========================================================== instructions */

bool cc_addop(Compiler *c, int op, int arg)
{
    if (!mpy_cfg_addop(&c->u->cfg, op, arg, NULL, c->u->loc))
        return cc_nomem(c);
    return true;
}

bool cc_addop_jump(Compiler *c, int op, MpyBasicBlock *target)
{
    if (!mpy_cfg_addop(&c->u->cfg, op, 0, target, c->u->loc))
        return cc_nomem(c);
    return true;
}

MpyBasicBlock *cc_new_block(Compiler *c)
{
    MpyBasicBlock *b = mpy_cfg_new_block(&c->u->cfg);
    if (!b)
        cc_nomem(c);
    return b;
}

void cc_use_block(Compiler *c, MpyBasicBlock *b) { mpy_cfg_use_block(&c->u->cfg, b); }

/* ============================================================ constants */

static MpyObject *merge_const(Compiler *c, MpyObject *o, MpyObject **keyp);

/* A new frozenset of the merged items of fs, inserted in fs's order. */
static MpyObject *rebuilt_frozenset(Compiler *c, MpyObject *fs)
{
    MpyObject *items = mpy_tuple_new(mpy_set_size(fs));
    if (!items)
        return NULL;
    ssize_t pos = 0, i = 0;
    MpyObject *item, *ikey;
    mpy_hash_t hash;
    while (mpy_set_next(fs, &pos, &item, &hash)) {
        MpyObject *u = merge_const(c, item, &ikey);
        if (!u) {
            MPY_DECREF(items);
            return NULL;
        }
        MPY_DECREF(ikey);
        MPY_TUPLE_SET(items, i++, u);
    }
    MpyObject *fresh = mpy_frozenset_new(items);
    MPY_DECREF(items);
    return fresh;
}

/* The canonical object for a constant (new reference), merged with every
 * equal constant of the compilation, tuples item by item; *keyp gets its
 * key (new reference). */
static MpyObject *merge_const(Compiler *c, MpyObject *o, MpyObject **keyp)
{
    MpyObject *key = mpy_code_constant_key(o);
    if (!key)
        return NULL;
    MpyObject *known = mpy_dict_get_item(c->const_cache, key);
    if (known) {
        *keyp = key;
        return MPY_NEWREF(known);
    }
    if (mpy_err_occurred())
        goto error;
    if (MPY_TYPE(o) == &MpyFrozenSet_Type && mpy_set_size(o) > 0) {
        /* CPython re-creates a frozenset from its merged items, in iteration
         * order (which can change the table's layout, so the order too) */
        MpyObject *fresh = rebuilt_frozenset(c, o);
        if (!fresh || mpy_dict_set_item(c->const_cache, key, fresh) < 0) {
            MPY_XDECREF(fresh);
            goto error;
        }
        *keyp = key;
        return fresh;
    }
    if (mpy_dict_set_item(c->const_cache, key, o) < 0)
        goto error;
    if (MPY_TUPLE_CHECK_EXACT(o)) {
        for (ssize_t i = 0; i < MPY_SIZE(o); i++) {
            MpyObject *item = MPY_TUPLE_GET(o, i), *ikey;
            MpyObject *u = merge_const(c, item, &ikey);
            if (!u) {
                MPY_DECREF(key);
                return NULL;
            }
            MPY_DECREF(ikey);
            if (u != item) {
                MPY_TUPLE_SET(o, i, u);
                MPY_DECREF(item);
            } else {
                MPY_DECREF(u);
            }
        }
    }
    *keyp = key;
    return MPY_NEWREF(o);
error:
    MPY_DECREF(key);
    return NULL;
}

int cc_add_const(Compiler *c, MpyObject *o)
{
    CUnit *u = c->u;
    MpyObject *key;
    MpyObject *v = merge_const(c, o, &key);
    if (!v) {
        cc_nomem(c);
        return -1;
    }
    MpyObject *index = mpy_dict_get_item(u->consts_index, key);
    int result;
    if (index) {
        result = (int)mpy_int_small_value(index);
    } else {
        result = (int)MPY_SIZE(u->consts);
        MpyObject *n = mpy_int_from_i64(result);
        if (!n || mpy_dict_set_item(u->consts_index, key, n) < 0 ||
            mpy_list_append(u->consts, v) < 0)
            result = -1;
        MPY_XDECREF(n);
    }
    MPY_DECREF(key);
    MPY_DECREF(v);
    if (result < 0)
        cc_nomem(c);
    return result;
}

bool cc_load_const(Compiler *c, MpyObject *o)
{
    int i = cc_add_const(c, o);
    return i >= 0 && cc_addop(c, MPY_OP_LOAD_CONST, i);
}

bool cc_load_const_new(Compiler *c, MpyObject *o)
{
    if (!o)
        return cc_nomem(c);
    bool ok = cc_load_const(c, o);
    MPY_DECREF(o);
    return ok;
}

MpyObject *cc_const_value(Compiler *c, const AstExpr *e)
{
    return mpy_ast_opt_value(c->opt, e);
}

/* Merges a constant for the assembler's tuple folding. */
static MpyObject *merge_for_assembler(void *ctx, MpyObject *o)
{
    MpyObject *key;
    MpyObject *v = merge_const(ctx, o, &key);
    if (v)
        MPY_DECREF(key);
    return v;
}

/* ================================================================ names */

static bool is_name_chars(const char *s)
{
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '_'))
            return false;
    return true;
}

MpyObject *cc_str(Compiler *c, const char *s)
{
    MpyObject *o = mpy_str_from_utf8(s, strlen(s));
    if (!o) {
        cc_nomem(c);
        return NULL;
    }
    if (is_name_chars(s))
        mpy_str_intern_in_place(&o);
    return o;
}

const char *cc_mangle(Compiler *c, const char *name)
{
    const char *m = mpy_symtable_mangle(c->st, c->u->private_name, name);
    if (!m)
        cc_nomem(c);
    return m;
}

int cc_add_name(Compiler *c, const char *name)
{
    int i = mpy_namemap_add(&c->u->names, name);
    if (i < 0)
        cc_nomem(c);
    return i;
}

bool cc_addop_name(Compiler *c, int op, const char *name)
{
    const char *m = cc_mangle(c, name);
    if (!m)
        return false;
    int i = cc_add_name(c, m);
    return i >= 0 && cc_addop(c, op, i);
}

bool cc_forbidden_name(Compiler *c, const char *name, AstExprContext ctx)
{
    if (strcmp(name, "__debug__") != 0)
        return false;
    if (ctx == AST_Store)
        cc_error(c, "cannot assign to __debug__");
    else if (ctx == AST_Del)
        cc_error(c, "cannot delete __debug__");
    else
        return false;
    return true;
}

/* Cell and free variables are numbered cells first, then frees, until the
 * unit is finished and they get their fast-slot numbers. */
static int deref_index(Compiler *c, const char *name, MpyScope scope)
{
    CUnit *u = c->u;
    int *i;
    if (scope == MPY_SCOPE_CELL && (i = mpy_namemap_get(&u->cellvars, name)))
        return *i;
    if ((i = mpy_namemap_get(&u->freevars, name)))
        return *i;
    if ((i = mpy_namemap_get(&u->cellvars, name)))
        return *i;
    mpy_err_format(MpyExc_SystemError, "compiler: no cell for '%s'", name);
    c->failed = true;
    return -1;
}

static const int name_ops[4][3] = {
    /* Load, Store, Del */
    {MPY_OP_LOAD_NAME, MPY_OP_STORE_NAME, MPY_OP_DELETE_NAME},
    {MPY_OP_LOAD_FAST, MPY_OP_STORE_FAST, MPY_OP_DELETE_FAST},
    {MPY_OP_LOAD_GLOBAL, MPY_OP_STORE_GLOBAL, MPY_OP_DELETE_GLOBAL},
    {MPY_OP_LOAD_DEREF, MPY_OP_STORE_DEREF, MPY_OP_DELETE_DEREF},
};
enum { OP_NAME, OP_FAST, OP_GLOBAL, OP_DEREF };

bool cc_nameop(Compiler *c, const char *name, AstExprContext ctx)
{
    CUnit *u = c->u;
    if (cc_forbidden_name(c, name, ctx))
        return false;
    const char *mangled = cc_mangle(c, name);
    if (!mangled)
        return false;
    MpyScope scope = mpy_symtable_scope(u->ste, mangled);
    bool function = u->ste->type == MPY_BLOCK_FUNCTION;
    int optype = OP_NAME;
    switch (scope) {
    case MPY_SCOPE_FREE: case MPY_SCOPE_CELL: optype = OP_DEREF; break;
    case MPY_SCOPE_LOCAL: optype = function ? OP_FAST : OP_NAME; break;
    case MPY_SCOPE_GLOBAL_IMPLICIT: optype = function ? OP_GLOBAL : OP_NAME; break;
    case MPY_SCOPE_GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
    default: break;
    }
    int op = name_ops[optype][ctx - AST_Load];
    int arg;
    switch (optype) {
    case OP_DEREF:
        if (ctx == AST_Load && u->ste->type == MPY_BLOCK_CLASS)
            op = MPY_OP_LOAD_CLASSDEREF;
        arg = deref_index(c, mangled, scope);
        break;
    case OP_FAST:
        arg = mpy_namemap_add(&u->varnames, mangled);
        if (arg < 0)
            return cc_nomem(c);
        break;
    default:
        arg = cc_add_name(c, mangled);
        if (arg >= 0 && op == MPY_OP_LOAD_GLOBAL)
            arg <<= 1;
        break;
    }
    return arg >= 0 && cc_addop(c, op, arg);
}

/* ================================================================ fblocks */

bool cc_push_fblock(Compiler *c, FBlock fb)
{
    CUnit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return cc_error(c, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = fb;
    return true;
}

void cc_pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ================================================================== units */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Names of ste whose scope is `scope` (or whose flags have `flag`), sorted
 * as CPython's dictbytype, numbered from `offset`. */
static bool names_by_scope(Compiler *c, MpyNameMap *out, MpySymtableEntry *ste, MpyScope scope,
                           int flag, int offset)
{
    size_t n = ste->symbols.used, k = 0;
    const char **names = malloc(sizeof *names * (n ? n : 1));
    if (!names)
        return cc_nomem(c);
    for (size_t i = 0; i < n; i++) {
        const char *name = ste->symbols.order[i];
        int flags = mpy_symtable_flags(ste, name);
        if ((MpyScope)((flags >> MPY_SCOPE_OFFSET) & 7) == scope || (flags & flag))
            names[k++] = name;
    }
    qsort(names, k, sizeof *names, compare_names);
    bool ok = true;
    for (size_t i = 0; ok && i < k; i++)
        ok = mpy_namemap_set(out, names[i], offset + (int)i) == 0;
    free(names);
    return ok || cc_nomem(c);
}

/* CPython's compiler_set_qualname. */
static bool set_qualname(Compiler *c, CUnit *u)
{
    CUnit *parent = u->parent;
    MpyObject *base = NULL;
    if (parent && parent->kind != UNIT_MODULE) {
        bool force_global = false;
        if (u->kind == UNIT_FUNCTION || u->kind == UNIT_CLASS) {
            const char *m = mpy_symtable_mangle(c->st, parent->private_name, u->name);
            if (!m)
                return cc_nomem(c);
            force_global = mpy_symtable_scope(parent->ste, m) == MPY_SCOPE_GLOBAL_EXPLICIT;
        }
        if (!force_global) {
            bool functionlike = parent->kind == UNIT_FUNCTION || parent->kind == UNIT_LAMBDA;
            base = mpy_str_from_format(functionlike ? "%U.<locals>" : "%U", parent->qualname);
            if (!base)
                return cc_nomem(c);
        }
    }
    if (base) {
        u->qualname = mpy_str_from_format("%U.%s", base, u->name);
        MPY_DECREF(base);
    } else {
        u->qualname = cc_str(c, u->name);
    }
    return u->qualname || cc_nomem(c);
}

static void free_unit(CUnit *u)
{
    MPY_XDECREF(u->qualname);
    MPY_XDECREF(u->consts);
    MPY_XDECREF(u->consts_index);
    mpy_namemap_free(&u->names);
    mpy_namemap_free(&u->varnames);
    mpy_namemap_free(&u->cellvars);
    mpy_namemap_free(&u->freevars);
    mpy_cfg_free(&u->cfg);
    free(u);
}

static bool init_unit_names(Compiler *c, CUnit *u)
{
    MpySymtableEntry *ste = u->ste;
    for (size_t i = 0; i < ste->varnames.used; i++)
        if (mpy_namemap_add(&u->varnames, ste->varnames.order[i]) < 0)
            return cc_nomem(c);
    if (!names_by_scope(c, &u->cellvars, ste, MPY_SCOPE_CELL, 0, 0))
        return false;
    if (ste->needs_class_closure && mpy_namemap_set(&u->cellvars, "__class__", 0) < 0)
        return cc_nomem(c);
    return names_by_scope(c, &u->freevars, ste, MPY_SCOPE_FREE, MPY_DEF_FREE_CLASS,
                          (int)u->cellvars.used);
}

/* CPython's compiler_enter_scope: a new unit for the scope `key` opened. */
bool cc_enter_scope(Compiler *c, const char *name, UnitKind kind, const void *key, int lineno)
{
    CUnit *u = calloc(1, sizeof *u);
    if (!u)
        return cc_nomem(c);
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->firstlineno = lineno;
    u->ste = mpy_symtable_lookup(c->st, key);
    u->consts = mpy_list_new(0);
    u->consts_index = mpy_dict_new();
    if (!u->ste || !u->consts || !u->consts_index || mpy_cfg_init(&u->cfg) < 0) {
        if (!u->ste)
            mpy_err_format(MpyExc_SystemError, "compiler: no symbol table for '%s'", name);
        free_unit(u);
        c->failed = true;
        return false;
    }
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;
    c->nestlevel++;
    if (!init_unit_names(c, u))
        return false;
    if (kind == UNIT_MODULE) {
        u->loc = (MpyPosition){0, lineno, 0, 0};
    } else {
        u->loc = (MpyPosition){lineno, lineno, 0, 0};
        if (!set_qualname(c, u))
            return false;
    }
    return cc_addop(c, MPY_OP_RESUME, 0);
}

void cc_exit_scope(Compiler *c)
{
    CUnit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    free_unit(u);
}

/* ====================================================== making the code */

static int total_args(CUnit *u)
{
    return u->argcount + u->posonlyargcount + u->kwonlyargcount + (u->ste->varargs ? 1 : 0) +
           (u->ste->varkeywords ? 1 : 0);
}

static int code_flags(CUnit *u)
{
    MpySymtableEntry *ste = u->ste;
    int flags = 0;
    if (ste->type == MPY_BLOCK_FUNCTION) {
        flags |= MPY_CO_NEWLOCALS | MPY_CO_OPTIMIZED;
        if (ste->nested)
            flags |= MPY_CO_NESTED;
        if (ste->generator)
            flags |= MPY_CO_GENERATOR;
        if (ste->varargs)
            flags |= MPY_CO_VARARGS;
        if (ste->varkeywords)
            flags |= MPY_CO_VARKEYWORDS;
    }
    return flags;
}

/* Fast-slot numbers of the cells and frees (CPython's fix_cell_offsets):
 * a cell that is an argument keeps the argument's slot. */
static int *cell_slot_map(Compiler *c, CUnit *u, int *nslots)
{
    int nlocals = (int)u->varnames.used;
    int ncells = (int)u->cellvars.used, nfree = (int)u->freevars.used;
    int *map = malloc(sizeof(int) * (size_t)(ncells + nfree + 1));
    if (!map) {
        cc_nomem(c);
        return NULL;
    }
    int dropped = 0;
    for (int i = 0; i < ncells; i++) {
        int *local = mpy_namemap_get(&u->varnames, u->cellvars.order[i]);
        if (local) {
            map[i] = *local;
            dropped++;
        } else {
            map[i] = nlocals + i - dropped;
        }
    }
    for (int j = 0; j < nfree; j++)
        map[ncells + j] = nlocals + ncells - dropped + j;
    *nslots = nlocals + ncells - dropped + nfree;
    return map;
}

static bool is_deref_op(int op)
{
    return op == MPY_OP_LOAD_DEREF || op == MPY_OP_STORE_DEREF || op == MPY_OP_DELETE_DEREF ||
           op == MPY_OP_LOAD_CLASSDEREF || op == MPY_OP_LOAD_CLOSURE || op == MPY_OP_MAKE_CELL;
}

/* COPY_FREE_VARS and one MAKE_CELL per cell (in slot order) before RESUME,
 * as CPython's insert_prefix_instructions. */
static bool insert_prefix(Compiler *c, CUnit *u, const int *map)
{
    int ncells = (int)u->cellvars.used, nfree = (int)u->freevars.used;
    if (!ncells && !nfree)
        return true;
    MpyBasicBlock *prefix = cc_new_block(c);
    if (!prefix)
        return false;
    MpyBasicBlock *saved = u->cfg.cur;
    u->cfg.cur = prefix;
    MpyPosition none = cc_no_loc();
    bool ok = !nfree || mpy_cfg_addop(&u->cfg, MPY_OP_COPY_FREE_VARS, nfree, NULL, none);
    for (int slot = 0; ok && slot < (int)u->varnames.used + ncells; slot++)
        for (int i = 0; ok && i < ncells; i++)
            if (map[i] == slot)
                ok = mpy_cfg_addop(&u->cfg, MPY_OP_MAKE_CELL, i, NULL, none) != NULL;
    u->cfg.cur = saved;
    if (!ok)
        return cc_nomem(c);
    prefix->next = u->cfg.entry;
    u->cfg.entry = prefix;
    return true;
}

static void fix_derefs(CUnit *u, const int *map)
{
    for (MpyBasicBlock *b = u->cfg.entry; b; b = b->next)
        for (int i = 0; i < b->ninstrs; i++)
            if (is_deref_op(b->instrs[i].op))
                b->instrs[i].arg = map[b->instrs[i].arg];
}

static MpyObject *names_tuple(Compiler *c, const MpyNameMap *m)
{
    MpyObject *t = mpy_tuple_new((ssize_t)m->used);
    if (!t)
        return NULL;
    for (size_t i = 0; i < m->used; i++) {
        MpyObject *s = cc_str(c, m->order[i]);
        if (!s) {
            MPY_DECREF(t);
            return NULL;
        }
        MPY_TUPLE_SET(t, (ssize_t)i, s);
    }
    return t;
}

/* The localsplus names and kinds: locals (arguments first), cells that are
 * not arguments, frees. */
static MpyObject *localsplus(Compiler *c, CUnit *u, const int *map, int nslots, uint8_t *kinds)
{
    MpyObject *names = mpy_tuple_new(nslots);
    if (!names)
        return NULL;
    int nargs = total_args(u);
    const char **slot_names = calloc((size_t)nslots + 1, sizeof *slot_names);
    if (!slot_names) {
        MPY_DECREF(names);
        return NULL;
    }
    for (size_t i = 0; i < u->varnames.used; i++) {
        slot_names[i] = u->varnames.order[i];
        kinds[i] = MPY_FAST_LOCAL | ((int)i < nargs ? MPY_FAST_ARG : 0);
    }
    int ncells = (int)u->cellvars.used;
    for (int i = 0; i < ncells; i++) {
        slot_names[map[i]] = u->cellvars.order[i];
        kinds[map[i]] = (map[i] < (int)u->varnames.used ? kinds[map[i]] : 0) | MPY_FAST_CELL;
    }
    for (size_t j = 0; j < u->freevars.used; j++) {
        slot_names[map[ncells + (int)j]] = u->freevars.order[j];
        kinds[map[ncells + (int)j]] = MPY_FAST_FREE;
    }
    for (int i = 0; i < nslots; i++) {
        MpyObject *s = cc_str(c, slot_names[i]);
        if (!s) {
            free(slot_names);
            MPY_DECREF(names);
            return NULL;
        }
        MPY_TUPLE_SET(names, i, s);
    }
    free(slot_names);
    return names;
}

static MpyObject *make_code(Compiler *c, CUnit *u, const int *map, int nslots,
                            MpyAssembled *a)
{
    for (ssize_t i = 0; i < MPY_SIZE(u->consts); i++)
        mpy_ast_opt_intern_constant(&MPY_LIST_ITEMS(u->consts)[i]);
    MpyObject *consts = mpy_list_as_tuple(u->consts);
    MpyObject *names = consts ? names_tuple(c, &u->names) : NULL;
    uint8_t *kinds = malloc((size_t)nslots + 1);
    MpyObject *lp = names && kinds ? localsplus(c, u, map, nslots, kinds) : NULL;
    MpyObject *name = lp ? cc_str(c, u->kind == UNIT_MODULE ? "<module>" : u->name) : NULL;
    MpyObject *code = NULL;
    if (name) {
        MpyCodeSpec spec = {
            .code = a->code, .ncodeunits = a->ncodeunits, .consts = consts, .names = names,
            .localsplusnames = lp, .localspluskinds = kinds,
            .argcount = u->argcount + u->posonlyargcount,
            .posonlyargcount = u->posonlyargcount, .kwonlyargcount = u->kwonlyargcount,
            .stacksize = a->stacksize, .flags = code_flags(u), .firstlineno = u->firstlineno,
            .name = name, .qualname = u->qualname ? u->qualname : name,
            .filename = c->filename_obj, .exceptiontable = a->exceptiontable,
            .nexceptions = a->nexceptions, .positions = a->positions,
        };
        code = mpy_code_new(&spec);
    }
    MPY_XDECREF(consts);
    MPY_XDECREF(names);
    MPY_XDECREF(lp);
    MPY_XDECREF(name);
    free(kinds);
    return code;
}

/* Finishes the current unit: the implicit return, the prefix, assembly,
 * and the code object (new reference, or NULL). */
MpyObject *cc_make_code(Compiler *c, bool add_none)
{
    CUnit *u = c->u;
    MpyBasicBlock *cur = u->cfg.cur;
    if (!cur->ninstrs || cur->instrs[cur->ninstrs - 1].op != MPY_OP_RETURN_VALUE) {
        u->loc = cc_no_loc();
        if (add_none && !cc_load_const(c, MPY_NONE))
            return NULL;
        if (!cc_addop(c, MPY_OP_RETURN_VALUE, 0))
            return NULL;
    }
    int nslots;
    int *map = cell_slot_map(c, u, &nslots);
    if (!map)
        return NULL;
    MpyObject *code = NULL;
    if (insert_prefix(c, u, map)) {
        fix_derefs(u, map);
        MpyAssembled a;
        if (mpy_assemble(&u->cfg, u->consts, merge_for_assembler, c, &a) == 0) {
            code = make_code(c, u, map, nslots, &a);
            mpy_assembled_free(&a);
        }
    }
    free(map);
    if (!code)
        c->failed = true;
    return code;
}

/* ================================================================ modules */

static bool compile_module_body(Compiler *c, AstMod *mod)
{
    switch (mod->kind) {
    case AST_Module_kind:
        return cc_body(c, mod->v.Module.body);
    case AST_Interactive_kind:
        c->interactive = true;
        if (cc_find_ann(mod->v.Interactive.body) && !cc_addop(c, MPY_OP_SETUP_ANNOTATIONS, 0))
            return false;
        return cc_stmts(c, mod->v.Interactive.body);
    case AST_Expression_kind:
        return cc_expr(c, mod->v.Expression.body);
    }
    return true;
}

static MpyObject *compile_module(Compiler *c, AstMod *mod)
{
    if (!cc_enter_scope(c, "<module>", UNIT_MODULE, mod, 1))
        return NULL;
    MpyObject *code = NULL;
    if (compile_module_body(c, mod))
        code = cc_make_code(c, mod->kind != AST_Expression_kind);
    while (c->u)
        cc_exit_scope(c);
    return code;
}

/* CPython's future.c: `from __future__ import x` must come first. */
static bool check_future(Compiler *c, AstMod *mod)
{
    if (mod->kind != AST_Module_kind)
        return true;
    AstStmtSeq body = mod->v.Module.body;
    bool done = false;
    for (ssize_t i = 0; i < body.size; i++) {
        AstStmt *s = body.items[i];
        if (i == 0 && s->kind == AST_Expr_kind && s->v.Expr.value->kind == AST_Constant_kind &&
            s->v.Expr.value->v.Constant.value.kind == AST_CONST_STR)
            continue;
        bool is_future = s->kind == AST_ImportFrom_kind && s->v.ImportFrom.module &&
                         strcmp(s->v.ImportFrom.module, "__future__") == 0;
        if (!is_future || done) {
            done = true;
            continue;
        }
        for (ssize_t j = 0; j < s->v.ImportFrom.names.size; j++) {
            const char *f = s->v.ImportFrom.names.items[j]->name;
            static const char *const known[] = {
                "nested_scopes", "generators", "division", "absolute_import",
                "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                "generator_stop", "annotations", NULL};
            bool ok = false;
            for (int k = 0; known[k]; k++)
                ok = ok || strcmp(f, known[k]) == 0;
            if (!ok) {
                /* future.c reports no end position */
                c->u->loc = (MpyPosition){s->loc.lineno, s->loc.lineno, s->loc.col_offset, -1};
                if (strcmp(f, "braces") == 0)
                    cc_error(c, "not a chance");
                else
                    cc_error(c, "future feature %s is not defined", f);
                c->err->location_as_attributes = true;
                return false;
            }
            if (strcmp(f, "annotations") == 0)
                c->future_annotations = true;
        }
        c->future_lineno = s->loc.lineno;
    }
    return true;
}

MpyObject *mpy_compile(AstMod *mod, const char *filename, const char *source, size_t len,
                       MpyParseMode mode, MpyObject *const_keeper, MpySyntaxError *err)
{
    Compiler c = {0};
    CUnit dummy = {0};
    c.filename = filename;
    c.source = source;
    c.len = len;
    c.err = err;
    c.future_lineno = -1;
    err->kind = NULL;
    (void)mode;
    c.filename_obj = mpy_str_from_os(filename);
    c.const_cache = mpy_dict_new();
    c.arena = mpy_arena_new();
    MpyObject *code = NULL;
    if (!c.filename_obj || !c.const_cache || !c.arena) {
        if (!mpy_err_occurred())
            mpy_err_no_memory();
        goto done;
    }
    c.opt = mpy_ast_opt_run(mod, const_keeper, filename, source, len, err);
    if (!c.opt)
        goto done;
    c.st = mpy_symtable_build(mod, filename, source, len, err);
    if (!c.st)
        goto done;
    dummy.ste = mpy_symtable_top(c.st);
    c.u = &dummy; /* for errors raised before the module unit exists */
    if (!check_future(&c, mod))
        goto done;
    c.u = NULL;
    code = compile_module(&c, mod);
done:
    if (c.u == &dummy)
        c.u = NULL;
    if (code == NULL && err->kind && mpy_err_occurred())
        mpy_err_clear(); /* a SyntaxError is reported through err only */
    mpy_symtable_free(c.st);
    mpy_ast_opt_free(c.opt);
    MPY_XDECREF(c.const_cache);
    MPY_XDECREF(c.filename_obj);
    if (c.arena)
        mpy_arena_free(c.arena);
    return code;
}

MpyObject *mpy_compile_source(const char *source, size_t len, const char *filename,
                              MpyParseMode mode, MpyObject *const_keeper, MpySyntaxError *err)
{
    MpyArena *arena = mpy_arena_new();
    if (!arena)
        return mpy_err_no_memory();
    err->kind = NULL;
    AstMod *mod = mpy_parse(source, len, filename, mode, arena, err);
    MpyObject *code = NULL;
    if (mod)
        code = mpy_compile(mod, filename, source, len, mode, const_keeper, err);
    mpy_arena_free(arena);
    return code;
}
