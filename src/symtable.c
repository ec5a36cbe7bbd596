/* The symbol table (symtable.h): a first pass over the AST records, for
 * every scope, how each name is used; a second pass (analysis) decides
 * which names are local, global, free or cells, as CPython 3.11's
 * symtable.c does, with its error messages. */
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "errors.h"

typedef struct {
    const void *key;
    MpySymtableEntry *ste;
} KeyEntry;

struct MpySymtable {
    MpyArena *arena;
    const char *filename, *source;
    size_t len;
    MpySyntaxError *err;
    bool failed;                 /* an error was recorded (SyntaxError or MemoryError) */
    MpySymtableEntry *top, *cur;
    MpySymtableEntry **stack;    /* the scopes being visited, top last */
    int depth, stack_cap;
    const char *private_name;    /* the enclosing class's name, for mangling */
    MpyNameMap *global;          /* the module's symbols */
    KeyEntry *keys;              /* node -> entry, open addressing */
    size_t keys_cap, keys_used;
    MpySymtableEntry **all;      /* every entry, for freeing */
    int nall, all_cap;
};

#define SCOPE_OF(flags) (((flags) >> MPY_SCOPE_OFFSET) & 7)

/* ================================================================ errors */

static void error_at(MpySymtable *st, AstLocation loc, const char *fmt, const char *name)
{
    if (st->failed)
        return;
    char msg[512];
    snprintf(msg, sizeof msg, fmt, name);
    mpy_compile_error_set(st->err, st->source, st->len, st->filename, msg, loc.lineno,
                          loc.col_offset, loc.end_lineno, loc.end_col_offset);
    st->err->location_as_attributes = true;
    st->failed = true;
}

static void no_memory(MpySymtable *st)
{
    if (!st->failed)
        mpy_err_no_memory();
    st->failed = true;
}

static bool grow_array(MpySymtable *st, void **items, int *cap, int need, size_t size)
{
    if (need <= *cap)
        return true;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = realloc(*items, (size_t)ncap * size);
    if (!p) {
        no_memory(st);
        return false;
    }
    *items = p;
    *cap = ncap;
    return true;
}

/* ============================================================== entries */

static bool keys_put(MpySymtable *st, const void *key, MpySymtableEntry *ste)
{
    if ((st->keys_used + 1) * 2 > st->keys_cap) {
        size_t cap = st->keys_cap ? st->keys_cap * 2 : 64;
        KeyEntry *keys = calloc(cap, sizeof *keys);
        if (!keys) {
            no_memory(st);
            return false;
        }
        for (size_t i = 0; i < st->keys_cap; i++) {
            if (!st->keys[i].key)
                continue;
            size_t j = ((uintptr_t)st->keys[i].key >> 4) & (cap - 1);
            while (keys[j].key)
                j = (j + 1) & (cap - 1);
            keys[j] = st->keys[i];
        }
        free(st->keys);
        st->keys = keys;
        st->keys_cap = cap;
    }
    size_t j = ((uintptr_t)key >> 4) & (st->keys_cap - 1);
    while (st->keys[j].key)
        j = (j + 1) & (st->keys_cap - 1);
    st->keys[j].key = key;
    st->keys[j].ste = ste;
    st->keys_used++;
    return true;
}

MpySymtableEntry *mpy_symtable_lookup(MpySymtable *st, const void *key)
{
    if (!st->keys_cap)
        return NULL;
    size_t j = ((uintptr_t)key >> 4) & (st->keys_cap - 1);
    while (st->keys[j].key) {
        if (st->keys[j].key == key)
            return st->keys[j].ste;
        j = (j + 1) & (st->keys_cap - 1);
    }
    return NULL;
}

static MpySymtableEntry *new_entry(MpySymtable *st, const char *name, MpyBlockType type,
                                   const void *key, AstLocation loc)
{
    MpySymtableEntry *ste = calloc(1, sizeof *ste);
    if (!ste || !grow_array(st, (void **)&st->all, &st->all_cap, st->nall + 1, sizeof ste)) {
        free(ste);
        no_memory(st);
        return NULL;
    }
    st->all[st->nall++] = ste;
    ste->name = name;
    ste->type = type;
    ste->key = key;
    ste->loc = loc;
    MpySymtableEntry *prev = st->cur;
    if (prev && (prev->nested || prev->type == MPY_BLOCK_FUNCTION))
        ste->nested = true;
    if (key && !keys_put(st, key, ste))
        return NULL;
    return ste;
}

static bool enter_block(MpySymtable *st, const char *name, MpyBlockType type, const void *key,
                        AstLocation loc)
{
    MpySymtableEntry *ste = new_entry(st, name, type, key, loc);
    if (!ste)
        return false;
    MpySymtableEntry *prev = st->cur;
    if (prev) {
        if (!grow_array(st, (void **)&prev->children, &prev->children_cap, prev->nchildren + 1,
                        sizeof ste))
            return false;
        prev->children[prev->nchildren++] = ste;
    }
    if (!grow_array(st, (void **)&st->stack, &st->stack_cap, st->depth + 1, sizeof ste))
        return false;
    st->stack[st->depth++] = ste;
    st->cur = ste;
    if (type == MPY_BLOCK_MODULE)
        st->global = &ste->symbols;
    return true;
}

static void exit_block(MpySymtable *st)
{
    st->depth--;
    st->cur = st->depth > 0 ? st->stack[st->depth - 1] : NULL;
}

/* ============================================================== mangling */

const char *mpy_symtable_mangle(MpySymtable *st, const char *privateobj, const char *name)
{
    if (!privateobj || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*privateobj == '_')
        privateobj++;
    if (!*privateobj)
        return name;
    size_t p = strlen(privateobj);
    char *out = mpy_arena_alloc(st->arena, 1 + p + n + 1);
    if (!out)
        return NULL;
    out[0] = '_';
    memcpy(out + 1, privateobj, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

/* ============================================================ definitions */

static bool add_def_in(MpySymtable *st, const char *name, int flag, MpySymtableEntry *ste,
                       AstLocation loc)
{
    const char *mangled = mpy_symtable_mangle(st, st->private_name, name);
    if (!mangled) {
        no_memory(st);
        return false;
    }
    int *old = mpy_namemap_get(&ste->symbols, mangled);
    int val = flag;
    if (old) {
        if ((flag & MPY_DEF_PARAM) && (*old & MPY_DEF_PARAM)) {
            error_at(st, loc, "duplicate argument '%s' in function definition", name);
            return false;
        }
        val = *old | flag;
    }
    if (ste->comp_iter_target) {
        if (val & (MPY_DEF_GLOBAL | MPY_DEF_NONLOCAL)) {
            error_at(st, loc, "comprehension inner loop cannot rebind assignment expression "
                              "target '%s'", name);
            return false;
        }
        val |= MPY_DEF_COMP_ITER;
    }
    if (mpy_namemap_set(&ste->symbols, mangled, val) < 0) {
        no_memory(st);
        return false;
    }
    if ((flag & MPY_DEF_PARAM) && mpy_namemap_add(&ste->varnames, mangled) < 0) {
        no_memory(st);
        return false;
    }
    if (flag & MPY_DEF_GLOBAL) {
        int *g = mpy_namemap_get(st->global, mangled);
        if (mpy_namemap_set(st->global, mangled, flag | (g ? *g : 0)) < 0) {
            no_memory(st);
            return false;
        }
    }
    return true;
}

static bool add_def(MpySymtable *st, const char *name, int flag, AstLocation loc)
{
    return add_def_in(st, name, flag, st->cur, loc);
}

static int lookup_flags(MpySymtable *st, const char *name)
{
    const char *mangled = mpy_symtable_mangle(st, st->private_name, name);
    int *v = mangled ? mpy_namemap_get(&st->cur->symbols, mangled) : NULL;
    return v ? *v : 0;
}

static bool record_directive(MpySymtable *st, const char *name, AstLocation loc)
{
    MpySymtableEntry *ste = st->cur;
    const char *mangled = mpy_symtable_mangle(st, st->private_name, name);
    if (!mangled || !grow_array(st, (void **)&ste->directives, &ste->directives_cap,
                                ste->ndirectives + 1, sizeof(MpyDirective))) {
        no_memory(st);
        return false;
    }
    ste->directives[ste->ndirectives++] = (MpyDirective){mangled, loc};
    return true;
}

/* ================================================================ visitors */

static bool visit_expr(MpySymtable *st, AstExpr *e);
static bool visit_stmt(MpySymtable *st, AstStmt *s);

static bool visit_exprs(MpySymtable *st, AstExprSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        if (seq.items[i] && !visit_expr(st, seq.items[i]))
            return false;
    return true;
}

static bool visit_stmts(MpySymtable *st, AstStmtSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        if (!visit_stmt(st, seq.items[i]))
            return false;
    return true;
}

static bool visit_keywords(MpySymtable *st, AstKeywordSeq seq)
{
    for (ssize_t i = 0; i < seq.size; i++)
        if (!visit_expr(st, seq.items[i]->value))
            return false;
    return true;
}

static bool visit_params(MpySymtable *st, AstArgSeq args)
{
    for (ssize_t i = 0; i < args.size; i++)
        if (!add_def(st, args.items[i]->arg, MPY_DEF_PARAM, args.items[i]->loc))
            return false;
    return true;
}

static bool visit_arguments(MpySymtable *st, AstArguments *a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return false;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, MPY_DEF_PARAM, a->vararg->loc))
            return false;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, MPY_DEF_PARAM, a->kwarg->loc))
            return false;
        st->cur->varkeywords = true;
    }
    return true;
}

static bool visit_arg_annotations(MpySymtable *st, AstArgSeq args)
{
    for (ssize_t i = 0; i < args.size; i++)
        if (args.items[i]->annotation && !visit_expr(st, args.items[i]->annotation))
            return false;
    return true;
}

static bool visit_annotations(MpySymtable *st, AstArguments *a, AstExpr *returns)
{
    if (!visit_arg_annotations(st, a->posonlyargs) || !visit_arg_annotations(st, a->args))
        return false;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation))
        return false;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation))
        return false;
    if (!visit_arg_annotations(st, a->kwonlyargs))
        return false;
    return !returns || visit_expr(st, returns);
}

static bool visit_function(MpySymtable *st, AstStmt *s)
{
    AstArguments *a = s->v.FunctionDef.args;
    if (!add_def(st, s->v.FunctionDef.name, MPY_DEF_LOCAL, s->loc))
        return false;
    if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults))
        return false;
    if (!visit_annotations(st, a, s->v.FunctionDef.returns))
        return false;
    if (!visit_exprs(st, s->v.FunctionDef.decorator_list))
        return false;
    if (!enter_block(st, s->v.FunctionDef.name, MPY_BLOCK_FUNCTION, s, s->loc))
        return false;
    if (!visit_arguments(st, a) || !visit_stmts(st, s->v.FunctionDef.body))
        return false;
    exit_block(st);
    return true;
}

static bool visit_class(MpySymtable *st, AstStmt *s)
{
    if (!add_def(st, s->v.ClassDef.name, MPY_DEF_LOCAL, s->loc))
        return false;
    if (!visit_exprs(st, s->v.ClassDef.bases) || !visit_keywords(st, s->v.ClassDef.keywords) ||
        !visit_exprs(st, s->v.ClassDef.decorator_list))
        return false;
    if (!enter_block(st, s->v.ClassDef.name, MPY_BLOCK_CLASS, s, s->loc))
        return false;
    const char *saved = st->private_name;
    st->private_name = s->v.ClassDef.name;
    bool ok = visit_stmts(st, s->v.ClassDef.body);
    st->private_name = saved;
    if (!ok)
        return false;
    exit_block(st);
    return true;
}

static bool visit_global(MpySymtable *st, AstStmt *s, bool is_global)
{
    AstIdentifierSeq names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = is_global ? "global" : "nonlocal";
    for (ssize_t i = 0; i < names.size; i++) {
        const char *name = names.items[i];
        int cur = lookup_flags(st, name);
        if (cur & (MPY_DEF_PARAM | MPY_DEF_LOCAL | MPY_DEF_USE | MPY_DEF_ANNOT)) {
            char fmt[128];
            const char *pattern = (cur & MPY_DEF_PARAM)  ? "name '%%s' is parameter and %s"
                                  : (cur & MPY_DEF_USE)  ? "name '%%s' is used prior to %s declaration"
                                  : (cur & MPY_DEF_ANNOT) ? "annotated name '%%s' can't be %s"
                                  : "name '%%s' is assigned to before %s declaration";
            snprintf(fmt, sizeof fmt, pattern, what);
            error_at(st, s->loc, fmt, name);
            return false;
        }
        if (!add_def(st, name, is_global ? MPY_DEF_GLOBAL : MPY_DEF_NONLOCAL, s->loc) ||
            !record_directive(st, name, s->loc))
            return false;
    }
    return true;
}

static bool visit_alias(MpySymtable *st, AstAlias *a)
{
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->type != MPY_BLOCK_MODULE) {
            error_at(st, a->loc, "%s", "import * only allowed at module level");
            return false;
        }
        return true;
    }
    const char *store = a->asname;
    char *first = NULL;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        if (dot) {
            first = mpy_arena_strndup(st->arena, a->name, (size_t)(dot - a->name));
            if (!first) {
                no_memory(st);
                return false;
            }
        }
        store = first ? first : a->name;
    }
    return add_def(st, store, MPY_DEF_IMPORT, a->loc);
}

static bool visit_ann_assign(MpySymtable *st, AstStmt *s)
{
    AstExpr *target = s->v.AnnAssign.target;
    if (target->kind == AST_Name_kind) {
        const char *name = target->v.Name.id;
        int cur = lookup_flags(st, name);
        if ((cur & (MPY_DEF_GLOBAL | MPY_DEF_NONLOCAL)) && &st->cur->symbols != st->global &&
            s->v.AnnAssign.simple) {
            error_at(st, s->loc,
                     (cur & MPY_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                            : "annotated name '%s' can't be nonlocal",
                     name);
            return false;
        }
        if (s->v.AnnAssign.simple) {
            if (!add_def(st, name, MPY_DEF_ANNOT | MPY_DEF_LOCAL, target->loc))
                return false;
        } else if (s->v.AnnAssign.value && !add_def(st, name, MPY_DEF_LOCAL, target->loc)) {
            return false;
        }
    } else if (!visit_expr(st, target)) {
        return false;
    }
    if (!visit_expr(st, s->v.AnnAssign.annotation))
        return false;
    return !s->v.AnnAssign.value || visit_expr(st, s->v.AnnAssign.value);
}

static bool visit_try(MpySymtable *st, AstStmt *s)
{
    if (!visit_stmts(st, s->v.Try.body))
        return false;
    for (ssize_t i = 0; i < s->v.Try.handlers.size; i++) {
        AstExceptHandler *h = s->v.Try.handlers.items[i];
        if (h->type && !visit_expr(st, h->type))
            return false;
        if (h->name && !add_def(st, h->name, MPY_DEF_LOCAL, h->loc))
            return false;
        if (!visit_stmts(st, h->body))
            return false;
    }
    return visit_stmts(st, s->v.Try.orelse) && visit_stmts(st, s->v.Try.finalbody);
}

static bool visit_stmt(MpySymtable *st, AstStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef_kind:
    case AST_AsyncFunctionDef_kind:
        return visit_function(st, s);
    case AST_ClassDef_kind:
        return visit_class(st, s);
    case AST_Return_kind:
        if (s->v.Return.value) {
            st->cur->returns_value = true;
            return visit_expr(st, s->v.Return.value);
        }
        return true;
    case AST_Delete_kind:
        return visit_exprs(st, s->v.Delete.targets);
    case AST_Assign_kind:
        return visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case AST_AnnAssign_kind:
        return visit_ann_assign(st, s);
    case AST_AugAssign_kind:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case AST_For_kind:
    case AST_AsyncFor_kind:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
    case AST_While_kind:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, s->v.While.body) &&
               visit_stmts(st, s->v.While.orelse);
    case AST_If_kind:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, s->v.If.body) &&
               visit_stmts(st, s->v.If.orelse);
    case AST_Match_kind:
        return true;
    case AST_Raise_kind:
        return (!s->v.Raise.exc || visit_expr(st, s->v.Raise.exc)) &&
               (!s->v.Raise.cause || visit_expr(st, s->v.Raise.cause));
    case AST_Try_kind:
    case AST_TryStar_kind:
        return visit_try(st, s);
    case AST_Assert_kind:
        return visit_expr(st, s->v.Assert.test) &&
               (!s->v.Assert.msg || visit_expr(st, s->v.Assert.msg));
    case AST_Import_kind:
        for (ssize_t i = 0; i < s->v.Import.names.size; i++)
            if (!visit_alias(st, s->v.Import.names.items[i]))
                return false;
        return true;
    case AST_ImportFrom_kind:
        for (ssize_t i = 0; i < s->v.ImportFrom.names.size; i++)
            if (!visit_alias(st, s->v.ImportFrom.names.items[i]))
                return false;
        return true;
    case AST_Global_kind:
        return visit_global(st, s, true);
    case AST_Nonlocal_kind:
        return visit_global(st, s, false);
    case AST_Expr_kind:
        return visit_expr(st, s->v.Expr.value);
    case AST_Pass_kind:
    case AST_Break_kind:
    case AST_Continue_kind:
        return true;
    case AST_With_kind:
    case AST_AsyncWith_kind:
        for (ssize_t i = 0; i < s->v.With.items.size; i++) {
            AstWithItem *item = s->v.With.items.items[i];
            if (!visit_expr(st, item->context_expr))
                return false;
            if (item->optional_vars && !visit_expr(st, item->optional_vars))
                return false;
        }
        return visit_stmts(st, s->v.With.body);
    }
    return true;
}

/* ------------------------------------------------- comprehensions, walrus */

static const char *comp_error_name(MpyCompKind kind)
{
    switch (kind) {
    case MPY_COMP_LIST: return "list comprehension";
    case MPY_COMP_SET: return "set comprehension";
    case MPY_COMP_DICT: return "dict comprehension";
    default: return "generator expression";
    }
}

static bool visit_comprehension_tail(MpySymtable *st, AstComprehension *lc)
{
    st->cur->comp_iter_target = true;
    bool ok = visit_expr(st, lc->target);
    st->cur->comp_iter_target = false;
    if (!ok)
        return false;
    st->cur->comp_iter_expr++;
    ok = visit_expr(st, lc->iter);
    st->cur->comp_iter_expr--;
    return ok && visit_exprs(st, lc->ifs);
}

static bool visit_comprehension(MpySymtable *st, AstExpr *e, const char *scope_name,
                                MpyCompKind kind, AstComprehensionSeq gens, AstExpr *elt,
                                AstExpr *value)
{
    AstComprehension *outermost = gens.items[0];
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, outermost->iter);
    st->cur->comp_iter_expr--;
    if (!ok || !enter_block(st, scope_name, MPY_BLOCK_FUNCTION, e, e->loc))
        return false;
    st->cur->comprehension = kind;
    if (!add_def(st, ".0", MPY_DEF_PARAM, e->loc))
        return false;
    st->cur->comp_iter_target = true;
    ok = visit_expr(st, outermost->target);
    st->cur->comp_iter_target = false;
    if (!ok || !visit_exprs(st, outermost->ifs))
        return false;
    for (ssize_t i = 1; i < gens.size; i++)
        if (!visit_comprehension_tail(st, gens.items[i]))
            return false;
    if (value && !visit_expr(st, value))
        return false;
    if (!visit_expr(st, elt))
        return false;
    st->cur->generator = kind == MPY_COMP_GENEXP;
    exit_block(st);
    return true;
}

/* CPython's symtable_extend_namedexpr_scope: `(x := v)` inside a
 * comprehension binds x in the nearest enclosing function or module. */
static bool extend_namedexpr_scope(MpySymtable *st, AstExpr *target)
{
    const char *name = target->v.Name.id;
    for (int i = st->depth - 1; i >= 0; i--) {
        MpySymtableEntry *ste = st->stack[i];
        if (ste->comprehension) {
            int *f = mpy_namemap_get(&ste->symbols, name);
            if (f && (*f & MPY_DEF_COMP_ITER)) {
                error_at(st, target->loc,
                         "assignment expression cannot rebind comprehension iteration "
                         "variable '%s'", name);
                return false;
            }
            continue;
        }
        if (ste->type == MPY_BLOCK_FUNCTION) {
            int *f = mpy_namemap_get(&ste->symbols, name);
            int flag = (f && (*f & MPY_DEF_GLOBAL)) ? MPY_DEF_GLOBAL : MPY_DEF_NONLOCAL;
            if (!add_def(st, name, flag, target->loc) || !record_directive(st, name, target->loc))
                return false;
            return add_def_in(st, name, MPY_DEF_LOCAL, ste, target->loc);
        }
        if (ste->type == MPY_BLOCK_MODULE) {
            if (!add_def(st, name, MPY_DEF_GLOBAL, target->loc) ||
                !record_directive(st, name, target->loc))
                return false;
            return add_def_in(st, name, MPY_DEF_GLOBAL, ste, target->loc);
        }
        error_at(st, target->loc, "%s",
                 "assignment expression within a comprehension cannot be used in a class body");
        return false;
    }
    return true;
}

static bool visit_namedexpr(MpySymtable *st, AstExpr *e)
{
    if (st->cur->comp_iter_expr > 0) {
        error_at(st, e->loc, "%s",
                 "assignment expression cannot be used in a comprehension iterable expression");
        return false;
    }
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target))
        return false;
    return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
}

static bool visit_yield(MpySymtable *st, AstExpr *e, AstExpr *value)
{
    if (st->cur->comprehension) {
        char msg[64];
        snprintf(msg, sizeof msg, "'yield' inside %s", comp_error_name(st->cur->comprehension));
        error_at(st, e->loc, "%s", msg);
        return false;
    }
    if (value && !visit_expr(st, value))
        return false;
    st->cur->generator = true;
    return true;
}

static bool visit_lambda(MpySymtable *st, AstExpr *e)
{
    AstArguments *a = e->v.Lambda.args;
    if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults))
        return false;
    if (!enter_block(st, "lambda", MPY_BLOCK_FUNCTION, e, e->loc))
        return false;
    if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
        return false;
    exit_block(st);
    return true;
}

static bool visit_name(MpySymtable *st, AstExpr *e)
{
    int flag = e->v.Name.ctx == AST_Load ? MPY_DEF_USE : MPY_DEF_LOCAL;
    if (!add_def(st, e->v.Name.id, flag, e->loc))
        return false;
    /* super() counts as a use of __class__ */
    if (e->v.Name.ctx == AST_Load && st->cur->type == MPY_BLOCK_FUNCTION &&
        strcmp(e->v.Name.id, "super") == 0)
        return add_def(st, "__class__", MPY_DEF_USE, e->loc);
    return true;
}

static bool visit_expr(MpySymtable *st, AstExpr *e)
{
    switch (e->kind) {
    case AST_NamedExpr_kind:
        return visit_namedexpr(st, e);
    case AST_BoolOp_kind:
        return visit_exprs(st, e->v.BoolOp.values);
    case AST_BinOp_kind:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case AST_UnaryOp_kind:
        return visit_expr(st, e->v.UnaryOp.operand);
    case AST_Lambda_kind:
        return visit_lambda(st, e);
    case AST_IfExp_kind:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case AST_Dict_kind:
        return visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
    case AST_Set_kind:
        return visit_exprs(st, e->v.Set.elts);
    case AST_GeneratorExp_kind:
        return visit_comprehension(st, e, "genexpr", MPY_COMP_GENEXP,
                                   e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
    case AST_ListComp_kind:
        return visit_comprehension(st, e, "listcomp", MPY_COMP_LIST, e->v.ListComp.generators,
                                   e->v.ListComp.elt, NULL);
    case AST_SetComp_kind:
        return visit_comprehension(st, e, "setcomp", MPY_COMP_SET, e->v.SetComp.generators,
                                   e->v.SetComp.elt, NULL);
    case AST_DictComp_kind:
        return visit_comprehension(st, e, "dictcomp", MPY_COMP_DICT, e->v.DictComp.generators,
                                   e->v.DictComp.key, e->v.DictComp.value);
    case AST_Yield_kind:
        return visit_yield(st, e, e->v.Yield.value);
    case AST_YieldFrom_kind:
        return visit_yield(st, e, e->v.YieldFrom.value);
    case AST_Await_kind:
        return visit_expr(st, e->v.Await.value);
    case AST_Compare_kind:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
    case AST_Call_kind:
        return visit_expr(st, e->v.Call.func) && visit_exprs(st, e->v.Call.args) &&
               visit_keywords(st, e->v.Call.keywords);
    case AST_FormattedValue_kind:
        return visit_expr(st, e->v.FormattedValue.value) &&
               (!e->v.FormattedValue.format_spec ||
                visit_expr(st, e->v.FormattedValue.format_spec));
    case AST_JoinedStr_kind:
        return visit_exprs(st, e->v.JoinedStr.values);
    case AST_Constant_kind:
        return true;
    case AST_Attribute_kind:
        return visit_expr(st, e->v.Attribute.value);
    case AST_Subscript_kind:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case AST_Starred_kind:
        return visit_expr(st, e->v.Starred.value);
    case AST_Slice_kind:
        return (!e->v.Slice.lower || visit_expr(st, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || visit_expr(st, e->v.Slice.upper)) &&
               (!e->v.Slice.step || visit_expr(st, e->v.Slice.step));
    case AST_Name_kind:
        return visit_name(st, e);
    case AST_List_kind:
        return visit_exprs(st, e->v.List.elts);
    case AST_Tuple_kind:
        return visit_exprs(st, e->v.Tuple.elts);
    }
    return true;
}

/* ================================================================ analysis */

/* A set of names: a namemap whose values are 1 (present) or 0 (removed). */
typedef MpyNameMap NameSet;

static bool set_has(const NameSet *s, const char *name)
{
    int *v = s ? mpy_namemap_get(s, name) : NULL;
    return v && *v;
}

static bool set_put(MpySymtable *st, NameSet *s, const char *name, int present)
{
    if (!present && !mpy_namemap_get(s, name))
        return true;
    if (mpy_namemap_set(s, name, present) < 0) {
        no_memory(st);
        return false;
    }
    return true;
}

static bool set_union(MpySymtable *st, NameSet *dst, const NameSet *src)
{
    if (!src)
        return true;
    for (size_t i = 0; i < src->used; i++)
        if (set_has(src, src->order[i]) && !set_put(st, dst, src->order[i], 1))
            return false;
    return true;
}

static void error_at_directive(MpySymtable *st, MpySymtableEntry *ste, const char *name,
                               const char *fmt)
{
    for (int i = 0; i < ste->ndirectives; i++) {
        if (strcmp(ste->directives[i].name, name) == 0) {
            error_at(st, ste->directives[i].loc, fmt, name);
            return;
        }
    }
    error_at(st, ste->loc, fmt, name);
}

/* CPython's analyze_name: the scope of one name of ste. */
static bool analyze_name(MpySymtable *st, MpySymtableEntry *ste, NameSet *scopes,
                         const char *name, int flags, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global)
{
    if (flags & MPY_DEF_GLOBAL) {
        if (flags & MPY_DEF_NONLOCAL) {
            error_at_directive(st, ste, name, "name '%s' is nonlocal and global");
            return false;
        }
        return mpy_namemap_set(scopes, name, MPY_SCOPE_GLOBAL_EXPLICIT) == 0 &&
               set_put(st, global, name, 1) && (!bound || set_put(st, bound, name, 0));
    }
    if (flags & MPY_DEF_NONLOCAL) {
        if (!bound) {
            error_at_directive(st, ste, name, "nonlocal declaration not allowed at module level");
            return false;
        }
        if (!set_has(bound, name)) {
            error_at_directive(st, ste, name, "no binding for nonlocal '%s' found");
            return false;
        }
        ste->free = true;
        return mpy_namemap_set(scopes, name, MPY_SCOPE_FREE) == 0 && set_put(st, free, name, 1);
    }
    if (flags & MPY_DEF_BOUND) {
        return mpy_namemap_set(scopes, name, MPY_SCOPE_LOCAL) == 0 &&
               set_put(st, local, name, 1) && set_put(st, global, name, 0);
    }
    if (bound && set_has(bound, name)) {
        ste->free = true;
        return mpy_namemap_set(scopes, name, MPY_SCOPE_FREE) == 0 && set_put(st, free, name, 1);
    }
    if (global && set_has(global, name))
        return mpy_namemap_set(scopes, name, MPY_SCOPE_GLOBAL_IMPLICIT) == 0;
    if (ste->nested)
        ste->free = true;
    return mpy_namemap_set(scopes, name, MPY_SCOPE_GLOBAL_IMPLICIT) == 0;
}

/* Locals of a function that a child uses become cells. */
static bool analyze_cells(MpySymtable *st, NameSet *scopes, NameSet *free)
{
    for (size_t i = 0; i < scopes->used; i++) {
        const char *name = scopes->order[i];
        if (*mpy_namemap_get(scopes, name) != MPY_SCOPE_LOCAL || !set_has(free, name))
            continue;
        if (mpy_namemap_set(scopes, name, MPY_SCOPE_CELL) < 0 || !set_put(st, free, name, 0))
            return false;
    }
    return true;
}

static bool update_symbols(MpySymtable *st, MpySymtableEntry *ste, NameSet *scopes,
                           NameSet *bound, NameSet *free, bool classflag)
{
    MpyNameMap *symbols = &ste->symbols;
    for (size_t i = 0; i < symbols->used; i++) {
        const char *name = symbols->order[i];
        int *flags = mpy_namemap_get(symbols, name);
        *flags |= *mpy_namemap_get(scopes, name) << MPY_SCOPE_OFFSET;
    }
    for (size_t i = 0; i < free->used; i++) {
        const char *name = free->order[i];
        if (!set_has(free, name))
            continue;
        int *v = mpy_namemap_get(symbols, name);
        if (v) {
            if (classflag && (*v & (MPY_DEF_BOUND | MPY_DEF_GLOBAL)))
                *v |= MPY_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue; /* a global */
        if (mpy_namemap_set(symbols, name, MPY_SCOPE_FREE << MPY_SCOPE_OFFSET) < 0) {
            no_memory(st);
            return false;
        }
    }
    return true;
}

static bool analyze_block(MpySymtable *st, MpySymtableEntry *ste, NameSet *bound, NameSet *free,
                          NameSet *global);

static bool analyze_child(MpySymtable *st, MpySymtableEntry *child, NameSet *bound,
                          NameSet *free, NameSet *global, NameSet *child_free)
{
    NameSet tbound = MPY_NAMEMAP_INIT, tfree = MPY_NAMEMAP_INIT, tglobal = MPY_NAMEMAP_INIT;
    bool ok = set_union(st, &tbound, bound) && set_union(st, &tfree, free) &&
              set_union(st, &tglobal, global) &&
              analyze_block(st, child, &tbound, &tfree, &tglobal) &&
              set_union(st, child_free, &tfree);
    mpy_namemap_free(&tbound);
    mpy_namemap_free(&tfree);
    mpy_namemap_free(&tglobal);
    return ok;
}

static bool analyze_children(MpySymtable *st, MpySymtableEntry *ste, NameSet *newbound,
                             NameSet *newfree, NameSet *newglobal)
{
    NameSet allfree = MPY_NAMEMAP_INIT;
    bool ok = true;
    for (int i = 0; ok && i < ste->nchildren; i++) {
        MpySymtableEntry *c = ste->children[i];
        ok = analyze_child(st, c, newbound, newfree, newglobal, &allfree);
        if (c->free || c->child_free)
            ste->child_free = true;
    }
    ok = ok && set_union(st, newfree, &allfree);
    mpy_namemap_free(&allfree);
    return ok;
}

static bool analyze_block_sets(MpySymtable *st, MpySymtableEntry *ste, NameSet *bound,
                               NameSet *free, NameSet *global, NameSet *scopes, NameSet *local,
                               NameSet *newbound, NameSet *newfree, NameSet *newglobal)
{
    bool is_class = ste->type == MPY_BLOCK_CLASS;
    if (is_class && !(set_union(st, newglobal, global) && set_union(st, newbound, bound)))
        return false;
    for (size_t i = 0; i < ste->symbols.used; i++) {
        const char *name = ste->symbols.order[i];
        int flags = *mpy_namemap_get(&ste->symbols, name);
        if (!analyze_name(st, ste, scopes, name, flags, bound, local, free, global)) {
            if (!st->failed)
                no_memory(st);
            return false;
        }
    }
    if (!is_class) {
        if (ste->type == MPY_BLOCK_FUNCTION && !set_union(st, newbound, local))
            return false;
        if (!set_union(st, newbound, bound) || !set_union(st, newglobal, global))
            return false;
    } else if (!set_put(st, newbound, "__class__", 1)) {
        return false;
    }
    if (!analyze_children(st, ste, newbound, newfree, newglobal))
        return false;
    if (ste->type == MPY_BLOCK_FUNCTION && !analyze_cells(st, scopes, newfree))
        return false;
    if (is_class && set_has(newfree, "__class__")) {
        ste->needs_class_closure = true;
        if (!set_put(st, newfree, "__class__", 0))
            return false;
    }
    return update_symbols(st, ste, scopes, bound, newfree, is_class) &&
           set_union(st, free, newfree);
}

static bool analyze_block(MpySymtable *st, MpySymtableEntry *ste, NameSet *bound, NameSet *free,
                          NameSet *global)
{
    NameSet scopes = MPY_NAMEMAP_INIT, local = MPY_NAMEMAP_INIT, newbound = MPY_NAMEMAP_INIT,
            newfree = MPY_NAMEMAP_INIT, newglobal = MPY_NAMEMAP_INIT;
    bool ok = analyze_block_sets(st, ste, bound, free, global, &scopes, &local, &newbound,
                                 &newfree, &newglobal);
    mpy_namemap_free(&scopes);
    mpy_namemap_free(&local);
    mpy_namemap_free(&newbound);
    mpy_namemap_free(&newfree);
    mpy_namemap_free(&newglobal);
    return ok;
}

/* ================================================================ the API */

static bool visit_module(MpySymtable *st, AstMod *mod)
{
    AstLocation loc = {1, 0, 1, 0};
    if (!enter_block(st, "top", MPY_BLOCK_MODULE, mod, loc))
        return false;
    st->top = st->cur;
    switch (mod->kind) {
    case AST_Module_kind:
        return visit_stmts(st, mod->v.Module.body);
    case AST_Interactive_kind:
        return visit_stmts(st, mod->v.Interactive.body);
    case AST_Expression_kind:
        return visit_expr(st, mod->v.Expression.body);
    }
    return true;
}

MpySymtable *mpy_symtable_build(AstMod *mod, const char *filename, const char *source,
                                size_t len, MpySyntaxError *err)
{
    MpySymtable *st = calloc(1, sizeof *st);
    if (!st) {
        mpy_err_no_memory();
        return NULL;
    }
    st->arena = mpy_arena_new();
    st->filename = filename;
    st->source = source;
    st->len = len;
    st->err = err;
    if (!st->arena) {
        no_memory(st);
    } else if (visit_module(st, mod)) {
        NameSet free = MPY_NAMEMAP_INIT, global = MPY_NAMEMAP_INIT;
        analyze_block(st, st->top, NULL, &free, &global);
        mpy_namemap_free(&free);
        mpy_namemap_free(&global);
    }
    if (st->failed) {
        mpy_symtable_free(st);
        return NULL;
    }
    return st;
}

void mpy_symtable_free(MpySymtable *st)
{
    if (!st)
        return;
    for (int i = 0; i < st->nall; i++) {
        MpySymtableEntry *ste = st->all[i];
        mpy_namemap_free(&ste->symbols);
        mpy_namemap_free(&ste->varnames);
        free(ste->children);
        free(ste->directives);
        free(ste);
    }
    free(st->all);
    free(st->stack);
    free(st->keys);
    if (st->arena)
        mpy_arena_free(st->arena);
    free(st);
}

MpySymtableEntry *mpy_symtable_top(MpySymtable *st) { return st->top; }

int mpy_symtable_flags(const MpySymtableEntry *ste, const char *name)
{
    int *v = mpy_namemap_get(&ste->symbols, name);
    return v ? *v : 0;
}

MpyScope mpy_symtable_scope(const MpySymtableEntry *ste, const char *name)
{
    return (MpyScope)SCOPE_OF(mpy_symtable_flags(ste, name));
}
