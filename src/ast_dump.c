/* ast.dump() as CPython 3.11 prints it (parse.h): fields in Python.asdl
 * order, optional fields omitted when None, lists always shown, constants
 * in Python repr, and with include_attributes the four positions. */
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "float_repr.h"
#include "parse.h"
#include "strbuf.h"
#include "unicode_repr.h"

enum { MAX_DUMP_DEPTH = 20000 };

typedef struct {
    MpyStrBuf b;
    bool attrs;
    int depth;
    int nfields; /* fields written in the node being printed */
} Dumper;

static void put(Dumper *d, const char *s) { mpy_strbuf_append_cstr(&d->b, s); }

/* Starts "Kind(" and the fields that follow. */
static void open_node(Dumper *d, const char *kind)
{
    put(d, kind);
    mpy_strbuf_append_char(&d->b, '(');
    d->nfields = 0;
}

static void field(Dumper *d, const char *name)
{
    if (d->nfields++)
        put(d, ", ");
    put(d, name);
    mpy_strbuf_append_char(&d->b, '=');
}

static void close_node(Dumper *d, const AstLocation *loc)
{
    if (d->attrs && loc) {
        mpy_strbuf_appendf(&d->b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                           d->nfields ? ", " : "", loc->lineno, loc->col_offset, loc->end_lineno,
                           loc->end_col_offset);
    }
    mpy_strbuf_append_char(&d->b, ')');
}

static void str_field(Dumper *d, const char *name, const char *s)
{
    field(d, name);
    mpy_unicode_repr(&d->b, s, strlen(s));
}

static void int_field(Dumper *d, const char *name, int v)
{
    field(d, name);
    mpy_strbuf_appendf(&d->b, "%d", v);
}

/* ---------------------------------------------------------- constants */

static void dump_int(Dumper *d, const char *text)
{
    int base = 10;
    const char *digits = text;
    if (text[0] == '0' && text[1]) {
        switch (text[1]) {
        case 'x': base = 16; digits = text + 2; break;
        case 'o': base = 8; digits = text + 2; break;
        case 'b': base = 2; digits = text + 2; break;
        default: break;
        }
    }
    mpz_t z;
    if (mpz_init_set_str(z, digits, base) != 0) {
        put(d, text);
    } else {
        char *s = mpz_get_str(NULL, 10, z);
        put(d, s);
        void (*release)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &release);
        release(s, strlen(s) + 1);
    }
    mpz_clear(z);
}

static void dump_constant(Dumper *d, const AstConstant *c)
{
    char buf[64];
    switch (c->kind) {
    case AST_CONST_NONE: put(d, "None"); break;
    case AST_CONST_TRUE: put(d, "True"); break;
    case AST_CONST_FALSE: put(d, "False"); break;
    case AST_CONST_ELLIPSIS: put(d, "Ellipsis"); break;
    case AST_CONST_INT: dump_int(d, c->text); break;
    case AST_CONST_FLOAT:
        mpy_float_repr(c->f, buf, sizeof buf);
        put(d, buf);
        break;
    case AST_CONST_COMPLEX: {
        /* repr(complex(0, f)): the imaginary part without a ".0". */
        size_t n = mpy_float_repr(c->f, buf, sizeof buf);
        if (n > 2 && strcmp(buf + n - 2, ".0") == 0)
            buf[n - 2] = '\0';
        put(d, buf);
        mpy_strbuf_append_char(&d->b, 'j');
        break;
    }
    case AST_CONST_STR: mpy_unicode_repr(&d->b, c->text, c->len); break;
    case AST_CONST_BYTES: mpy_bytes_repr(&d->b, (const unsigned char *)c->text, c->len); break;
    }
}

/* -------------------------------------------------------------- nodes */

static void dump_expr(Dumper *d, const AstExpr *e);
static void dump_stmt(Dumper *d, const AstStmt *s);

static void expr_field(Dumper *d, const char *name, const AstExpr *e)
{
    if (!e)
        return;
    field(d, name);
    int saved = d->nfields;
    dump_expr(d, e);
    d->nfields = saved;
}

static void expr_list(Dumper *d, const char *name, const AstExprSeq *seq)
{
    field(d, name);
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        if (i)
            put(d, ", ");
        if (seq->items[i])
            dump_expr(d, seq->items[i]);
        else
            put(d, "None");
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void stmt_list(Dumper *d, const char *name, const AstStmtSeq *seq)
{
    field(d, name);
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        if (i)
            put(d, ", ");
        dump_stmt(d, seq->items[i]);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void simple_node(Dumper *d, const char *name, const char *value)
{
    field(d, name);
    put(d, value);
    put(d, "()");
}

static const char *const ctx_names[] = {"?", "Load", "Store", "Del"};
static const char *const boolop_names[] = {"?", "And", "Or"};
static const char *const op_names[] = {"?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                       "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
static const char *const unary_names[] = {"?", "Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {"?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE",
                                        "Is", "IsNot", "In", "NotIn"};

static void dump_arg(Dumper *d, const AstArg *a)
{
    open_node(d, "arg");
    str_field(d, "arg", a->arg);
    expr_field(d, "annotation", a->annotation);
    close_node(d, &a->loc);
}

static void arg_list(Dumper *d, const char *name, const AstArgSeq *seq)
{
    field(d, name);
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        if (i)
            put(d, ", ");
        dump_arg(d, seq->items[i]);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void arg_field(Dumper *d, const char *name, const AstArg *a)
{
    if (!a)
        return;
    field(d, name);
    int saved = d->nfields;
    dump_arg(d, a);
    d->nfields = saved;
}

static void dump_arguments(Dumper *d, const AstArguments *a)
{
    open_node(d, "arguments");
    arg_list(d, "posonlyargs", &a->posonlyargs);
    arg_list(d, "args", &a->args);
    arg_field(d, "vararg", a->vararg);
    arg_list(d, "kwonlyargs", &a->kwonlyargs);
    expr_list(d, "kw_defaults", &a->kw_defaults);
    arg_field(d, "kwarg", a->kwarg);
    expr_list(d, "defaults", &a->defaults);
    close_node(d, NULL);
}

static void arguments_field(Dumper *d, const AstArguments *a)
{
    field(d, "args");
    int saved = d->nfields;
    dump_arguments(d, a);
    d->nfields = saved;
}

static void keyword_list(Dumper *d, const char *name, const AstKeywordSeq *seq)
{
    field(d, name);
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        const AstKeyword *k = seq->items[i];
        if (i)
            put(d, ", ");
        open_node(d, "keyword");
        if (k->arg)
            str_field(d, "arg", k->arg);
        expr_field(d, "value", k->value);
        close_node(d, &k->loc);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void comprehension_list(Dumper *d, const AstComprehensionSeq *seq)
{
    field(d, "generators");
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        const AstComprehension *c = seq->items[i];
        if (i)
            put(d, ", ");
        open_node(d, "comprehension");
        expr_field(d, "target", c->target);
        expr_field(d, "iter", c->iter);
        expr_list(d, "ifs", &c->ifs);
        int_field(d, "is_async", c->is_async);
        close_node(d, NULL);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void dump_expr_fields(Dumper *d, const AstExpr *e)
{
    switch (e->kind) {
    case AST_BoolOp_kind:
        simple_node(d, "op", boolop_names[e->v.BoolOp.op]);
        expr_list(d, "values", &e->v.BoolOp.values);
        break;
    case AST_NamedExpr_kind:
        expr_field(d, "target", e->v.NamedExpr.target);
        expr_field(d, "value", e->v.NamedExpr.value);
        break;
    case AST_BinOp_kind:
        expr_field(d, "left", e->v.BinOp.left);
        simple_node(d, "op", op_names[e->v.BinOp.op]);
        expr_field(d, "right", e->v.BinOp.right);
        break;
    case AST_UnaryOp_kind:
        simple_node(d, "op", unary_names[e->v.UnaryOp.op]);
        expr_field(d, "operand", e->v.UnaryOp.operand);
        break;
    case AST_Lambda_kind:
        arguments_field(d, e->v.Lambda.args);
        expr_field(d, "body", e->v.Lambda.body);
        break;
    case AST_IfExp_kind:
        expr_field(d, "test", e->v.IfExp.test);
        expr_field(d, "body", e->v.IfExp.body);
        expr_field(d, "orelse", e->v.IfExp.orelse);
        break;
    case AST_Dict_kind:
        expr_list(d, "keys", &e->v.Dict.keys);
        expr_list(d, "values", &e->v.Dict.values);
        break;
    case AST_Set_kind:
        expr_list(d, "elts", &e->v.Set.elts);
        break;
    case AST_ListComp_kind: case AST_SetComp_kind: case AST_GeneratorExp_kind:
        expr_field(d, "elt", e->v.ListComp.elt);
        comprehension_list(d, &e->v.ListComp.generators);
        break;
    case AST_DictComp_kind:
        expr_field(d, "key", e->v.DictComp.key);
        expr_field(d, "value", e->v.DictComp.value);
        comprehension_list(d, &e->v.DictComp.generators);
        break;
    case AST_Await_kind: case AST_Yield_kind: case AST_YieldFrom_kind:
        expr_field(d, "value", e->v.Yield.value);
        break;
    case AST_Compare_kind:
        expr_field(d, "left", e->v.Compare.left);
        field(d, "ops");
        mpy_strbuf_append_char(&d->b, '[');
        for (ssize_t i = 0; i < e->v.Compare.ops.size; i++) {
            if (i)
                put(d, ", ");
            put(d, cmp_names[e->v.Compare.ops.items[i]]);
            put(d, "()");
        }
        mpy_strbuf_append_char(&d->b, ']');
        expr_list(d, "comparators", &e->v.Compare.comparators);
        break;
    case AST_Call_kind:
        expr_field(d, "func", e->v.Call.func);
        expr_list(d, "args", &e->v.Call.args);
        keyword_list(d, "keywords", &e->v.Call.keywords);
        break;
    case AST_FormattedValue_kind:
        expr_field(d, "value", e->v.FormattedValue.value);
        int_field(d, "conversion", e->v.FormattedValue.conversion);
        expr_field(d, "format_spec", e->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr_kind:
        expr_list(d, "values", &e->v.JoinedStr.values);
        break;
    case AST_Constant_kind:
        field(d, "value");
        dump_constant(d, &e->v.Constant.value);
        if (e->v.Constant.kind)
            str_field(d, "kind", e->v.Constant.kind);
        break;
    case AST_Attribute_kind:
        expr_field(d, "value", e->v.Attribute.value);
        str_field(d, "attr", e->v.Attribute.attr);
        simple_node(d, "ctx", ctx_names[e->v.Attribute.ctx]);
        break;
    case AST_Subscript_kind:
        expr_field(d, "value", e->v.Subscript.value);
        expr_field(d, "slice", e->v.Subscript.slice);
        simple_node(d, "ctx", ctx_names[e->v.Subscript.ctx]);
        break;
    case AST_Starred_kind:
        expr_field(d, "value", e->v.Starred.value);
        simple_node(d, "ctx", ctx_names[e->v.Starred.ctx]);
        break;
    case AST_Name_kind:
        str_field(d, "id", e->v.Name.id);
        simple_node(d, "ctx", ctx_names[e->v.Name.ctx]);
        break;
    case AST_List_kind: case AST_Tuple_kind:
        expr_list(d, "elts", &e->v.List.elts);
        simple_node(d, "ctx", ctx_names[e->v.List.ctx]);
        break;
    case AST_Slice_kind:
        expr_field(d, "lower", e->v.Slice.lower);
        expr_field(d, "upper", e->v.Slice.upper);
        expr_field(d, "step", e->v.Slice.step);
        break;
    }
}

static const char *const expr_kind_names[] = {
    "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
    "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript",
    "Starred", "Name", "List", "Tuple", "Slice"};

static void dump_expr(Dumper *d, const AstExpr *e)
{
    if (++d->depth > MAX_DUMP_DEPTH) {
        put(d, "...");
        d->depth--;
        return;
    }
    open_node(d, expr_kind_names[e->kind]);
    dump_expr_fields(d, e);
    close_node(d, &e->loc);
    d->depth--;
}

static void dump_handlers(Dumper *d, const AstExceptHandlerSeq *seq)
{
    field(d, "handlers");
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        const AstExceptHandler *h = seq->items[i];
        if (i)
            put(d, ", ");
        open_node(d, "ExceptHandler");
        expr_field(d, "type", h->type);
        if (h->name)
            str_field(d, "name", h->name);
        stmt_list(d, "body", &h->body);
        close_node(d, &h->loc);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void dump_aliases(Dumper *d, const AstAliasSeq *seq)
{
    field(d, "names");
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        const AstAlias *a = seq->items[i];
        if (i)
            put(d, ", ");
        open_node(d, "alias");
        str_field(d, "name", a->name);
        if (a->asname)
            str_field(d, "asname", a->asname);
        close_node(d, &a->loc);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void dump_names(Dumper *d, const AstIdentifierSeq *seq)
{
    field(d, "names");
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        if (i)
            put(d, ", ");
        mpy_unicode_repr(&d->b, seq->items[i], strlen(seq->items[i]));
    }
    mpy_strbuf_append_char(&d->b, ']');
}

static void dump_withitems(Dumper *d, const AstWithItemSeq *seq)
{
    field(d, "items");
    int saved = d->nfields;
    mpy_strbuf_append_char(&d->b, '[');
    for (ssize_t i = 0; i < seq->size; i++) {
        const AstWithItem *w = seq->items[i];
        if (i)
            put(d, ", ");
        open_node(d, "withitem");
        expr_field(d, "context_expr", w->context_expr);
        expr_field(d, "optional_vars", w->optional_vars);
        close_node(d, NULL);
    }
    mpy_strbuf_append_char(&d->b, ']');
    d->nfields = saved;
}

static void dump_stmt_fields(Dumper *d, const AstStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef_kind: case AST_AsyncFunctionDef_kind:
        str_field(d, "name", s->v.FunctionDef.name);
        arguments_field(d, s->v.FunctionDef.args);
        stmt_list(d, "body", &s->v.FunctionDef.body);
        expr_list(d, "decorator_list", &s->v.FunctionDef.decorator_list);
        expr_field(d, "returns", s->v.FunctionDef.returns);
        break;
    case AST_ClassDef_kind:
        str_field(d, "name", s->v.ClassDef.name);
        expr_list(d, "bases", &s->v.ClassDef.bases);
        keyword_list(d, "keywords", &s->v.ClassDef.keywords);
        stmt_list(d, "body", &s->v.ClassDef.body);
        expr_list(d, "decorator_list", &s->v.ClassDef.decorator_list);
        break;
    case AST_Return_kind: expr_field(d, "value", s->v.Return.value); break;
    case AST_Delete_kind: expr_list(d, "targets", &s->v.Delete.targets); break;
    case AST_Assign_kind:
        expr_list(d, "targets", &s->v.Assign.targets);
        expr_field(d, "value", s->v.Assign.value);
        break;
    case AST_AugAssign_kind:
        expr_field(d, "target", s->v.AugAssign.target);
        simple_node(d, "op", op_names[s->v.AugAssign.op]);
        expr_field(d, "value", s->v.AugAssign.value);
        break;
    case AST_AnnAssign_kind:
        expr_field(d, "target", s->v.AnnAssign.target);
        expr_field(d, "annotation", s->v.AnnAssign.annotation);
        expr_field(d, "value", s->v.AnnAssign.value);
        int_field(d, "simple", s->v.AnnAssign.simple);
        break;
    case AST_For_kind: case AST_AsyncFor_kind:
        expr_field(d, "target", s->v.For.target);
        expr_field(d, "iter", s->v.For.iter);
        stmt_list(d, "body", &s->v.For.body);
        stmt_list(d, "orelse", &s->v.For.orelse);
        break;
    case AST_While_kind: case AST_If_kind:
        expr_field(d, "test", s->v.While.test);
        stmt_list(d, "body", &s->v.While.body);
        stmt_list(d, "orelse", &s->v.While.orelse);
        break;
    case AST_With_kind: case AST_AsyncWith_kind:
        dump_withitems(d, &s->v.With.items);
        stmt_list(d, "body", &s->v.With.body);
        break;
    case AST_Raise_kind:
        expr_field(d, "exc", s->v.Raise.exc);
        expr_field(d, "cause", s->v.Raise.cause);
        break;
    case AST_Try_kind: case AST_TryStar_kind:
        stmt_list(d, "body", &s->v.Try.body);
        dump_handlers(d, &s->v.Try.handlers);
        stmt_list(d, "orelse", &s->v.Try.orelse);
        stmt_list(d, "finalbody", &s->v.Try.finalbody);
        break;
    case AST_Assert_kind:
        expr_field(d, "test", s->v.Assert.test);
        expr_field(d, "msg", s->v.Assert.msg);
        break;
    case AST_Import_kind: dump_aliases(d, &s->v.Import.names); break;
    case AST_ImportFrom_kind:
        if (s->v.ImportFrom.module)
            str_field(d, "module", s->v.ImportFrom.module);
        dump_aliases(d, &s->v.ImportFrom.names);
        int_field(d, "level", s->v.ImportFrom.level);
        break;
    case AST_Global_kind: case AST_Nonlocal_kind: dump_names(d, &s->v.Global.names); break;
    case AST_Expr_kind: expr_field(d, "value", s->v.Expr.value); break;
    default: break;
    }
}

static const char *const stmt_kind_names[] = {
    "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
    "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match",
    "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr",
    "Pass", "Break", "Continue"};

static void dump_stmt(Dumper *d, const AstStmt *s)
{
    if (++d->depth > MAX_DUMP_DEPTH) {
        put(d, "...");
        d->depth--;
        return;
    }
    open_node(d, stmt_kind_names[s->kind]);
    dump_stmt_fields(d, s);
    close_node(d, &s->loc);
    d->depth--;
}

void mpy_ast_dump_attrs(const AstMod *mod, FILE *out, bool include_attributes)
{
    Dumper d = {MPY_STRBUF_INIT, include_attributes, 0, 0};
    switch (mod->kind) {
    case AST_Module_kind:
        open_node(&d, "Module");
        stmt_list(&d, "body", &mod->v.Module.body);
        field(&d, "type_ignores");
        put(&d, "[]");
        break;
    case AST_Interactive_kind:
        open_node(&d, "Interactive");
        stmt_list(&d, "body", &mod->v.Interactive.body);
        break;
    case AST_Expression_kind:
        open_node(&d, "Expression");
        expr_field(&d, "body", mod->v.Expression.body);
        break;
    }
    close_node(&d, NULL);
    mpy_strbuf_append_char(&d.b, '\n');
    fwrite(d.b.data, 1, d.b.len, out);
    mpy_strbuf_free(&d.b);
}

void mpy_ast_dump(const AstMod *mod, FILE *out) { mpy_ast_dump_attrs(mod, out, false); }
