/* The abstract syntax tree, node for node CPython 3.11's `ast` module
 * (Parser/Python.asdl): the same node kinds, the same field names, the same
 * optional fields. The parser builds it; the compiler reads it; `--dump-ast`
 * prints it as ast.dump() does.
 *
 * Every node, sequence and string lives in one arena (arena.h) and is freed
 * with it in one go; nothing here owns runtime objects. Constants are kept as
 * plain values (AstConstant) and turned into objects by the compiler.
 * Positions are as CPython's: lines from 1, columns in UTF-8 bytes from 0. */
#ifndef MPY_AST_H
#define MPY_AST_H

#include <stddef.h>
#include <sys/types.h>

#include "arena.h"

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstArguments AstArguments;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;

/* A sequence (`expr*` in the ASDL). An empty sequence has size 0 and may
 * have items NULL. Items of AstExprSeq may be NULL where the ASDL allows it
 * (Dict.keys for `**x`, arguments.kw_defaults). */
#define AST_SEQ(T) struct { ssize_t size; T **items; }
typedef AST_SEQ(AstExpr) AstExprSeq;
typedef AST_SEQ(AstStmt) AstStmtSeq;
typedef AST_SEQ(AstComprehension) AstComprehensionSeq;
typedef AST_SEQ(AstExceptHandler) AstExceptHandlerSeq;
typedef AST_SEQ(AstArg) AstArgSeq;
typedef AST_SEQ(AstKeyword) AstKeywordSeq;
typedef AST_SEQ(AstAlias) AstAliasSeq;
typedef AST_SEQ(AstWithItem) AstWithItemSeq;
typedef AST_SEQ(const char) AstIdentifierSeq;
typedef struct { ssize_t size; int *items; } AstIntSeq; /* Compare.ops */

/* An identifier: NUL-terminated UTF-8, NFKC-normalized as CPython does. */
typedef const char *AstIdentifier;

typedef struct {
    int lineno, col_offset, end_lineno, end_col_offset;
} AstLocation;

/* ------------------------------------------------------------ enums */

typedef enum { AST_Load = 1, AST_Store, AST_Del } AstExprContext;
typedef enum { AST_And = 1, AST_Or } AstBoolOp;
typedef enum {
    AST_Add = 1, AST_Sub, AST_Mult, AST_MatMult, AST_Div, AST_Mod, AST_Pow,
    AST_LShift, AST_RShift, AST_BitOr, AST_BitXor, AST_BitAnd, AST_FloorDiv
} AstOperator;
typedef enum { AST_Invert = 1, AST_Not, AST_UAdd, AST_USub } AstUnaryOp;
typedef enum {
    AST_Eq = 1, AST_NotEq, AST_Lt, AST_LtE, AST_Gt, AST_GtE, AST_Is, AST_IsNot,
    AST_In, AST_NotIn
} AstCmpOp;

/* --------------------------------------------------------- constants */

typedef enum {
    AST_CONST_NONE, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT,     /* text: the literal, '_' removed, prefix lower-case ("0x1f", "12") */
    AST_CONST_FLOAT,   /* f */
    AST_CONST_COMPLEX, /* f: the imaginary part (real part 0) */
    AST_CONST_STR,     /* text, len: the decoded value, UTF-8 (lone surrogates
                          encoded as 3-byte sequences, "WTF-8") */
    AST_CONST_BYTES,   /* text, len: the decoded bytes */
} AstConstKind;

typedef struct {
    AstConstKind kind;
    const char *text; /* NUL-terminated; len excludes the NUL */
    size_t len;
    double f;
} AstConstant;

/* ------------------------------------------------------ expressions */

typedef enum {
    AST_BoolOp_kind = 1, AST_NamedExpr_kind, AST_BinOp_kind, AST_UnaryOp_kind,
    AST_Lambda_kind, AST_IfExp_kind, AST_Dict_kind, AST_Set_kind,
    AST_ListComp_kind, AST_SetComp_kind, AST_DictComp_kind, AST_GeneratorExp_kind,
    AST_Await_kind, AST_Yield_kind, AST_YieldFrom_kind, AST_Compare_kind,
    AST_Call_kind, AST_FormattedValue_kind, AST_JoinedStr_kind, AST_Constant_kind,
    AST_Attribute_kind, AST_Subscript_kind, AST_Starred_kind, AST_Name_kind,
    AST_List_kind, AST_Tuple_kind, AST_Slice_kind
} AstExprKind;

struct AstExpr {
    AstExprKind kind;
    AstLocation loc;
    /* The span including any parentheses around the expression: where a
     * parent node starts or ends ("(a).b" starts at the "("). Equal to loc
     * when there are none. Set and read by the front end only. */
    AstLocation outer;
    union {
        struct { AstBoolOp op; AstExprSeq values; } BoolOp;
        struct { AstExpr *target; AstExpr *value; } NamedExpr;
        struct { AstExpr *left; AstOperator op; AstExpr *right; } BinOp;
        struct { AstUnaryOp op; AstExpr *operand; } UnaryOp;
        struct { AstArguments *args; AstExpr *body; } Lambda;
        struct { AstExpr *test; AstExpr *body; AstExpr *orelse; } IfExp;
        struct { AstExprSeq keys; AstExprSeq values; } Dict; /* key NULL: **value */
        struct { AstExprSeq elts; } Set;
        struct { AstExpr *elt; AstComprehensionSeq generators; } ListComp;
        struct { AstExpr *elt; AstComprehensionSeq generators; } SetComp;
        struct { AstExpr *key; AstExpr *value; AstComprehensionSeq generators; } DictComp;
        struct { AstExpr *elt; AstComprehensionSeq generators; } GeneratorExp;
        struct { AstExpr *value; } Await;
        struct { AstExpr *value; /* optional */ } Yield;
        struct { AstExpr *value; } YieldFrom;
        struct { AstExpr *left; AstIntSeq ops; /* AstCmpOp */ AstExprSeq comparators; } Compare;
        struct { AstExpr *func; AstExprSeq args; AstKeywordSeq keywords; } Call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec optional (a JoinedStr) */
        struct { AstExpr *value; int conversion; AstExpr *format_spec; } FormattedValue;
        struct { AstExprSeq values; } JoinedStr;
        struct { AstConstant value; const char *kind; /* "u" or NULL */ } Constant;
        struct { AstExpr *value; AstIdentifier attr; AstExprContext ctx; } Attribute;
        struct { AstExpr *value; AstExpr *slice; AstExprContext ctx; } Subscript;
        struct { AstExpr *value; AstExprContext ctx; } Starred;
        struct { AstIdentifier id; AstExprContext ctx; } Name;
        struct { AstExprSeq elts; AstExprContext ctx; } List;
        struct { AstExprSeq elts; AstExprContext ctx; } Tuple;
        struct { AstExpr *lower; AstExpr *upper; AstExpr *step; /* all optional */ } Slice;
    } v;
};

/* ------------------------------------------------------- statements */

typedef enum {
    AST_FunctionDef_kind = 1, AST_AsyncFunctionDef_kind, AST_ClassDef_kind,
    AST_Return_kind, AST_Delete_kind, AST_Assign_kind, AST_AugAssign_kind,
    AST_AnnAssign_kind, AST_For_kind, AST_AsyncFor_kind, AST_While_kind,
    AST_If_kind, AST_With_kind, AST_AsyncWith_kind, AST_Match_kind,
    AST_Raise_kind, AST_Try_kind, AST_TryStar_kind, AST_Assert_kind,
    AST_Import_kind, AST_ImportFrom_kind, AST_Global_kind, AST_Nonlocal_kind,
    AST_Expr_kind, AST_Pass_kind, AST_Break_kind, AST_Continue_kind
} AstStmtKind;

struct AstStmt {
    AstStmtKind kind;
    AstLocation loc;
    union {
        struct {
            AstIdentifier name; AstArguments *args; AstStmtSeq body;
            AstExprSeq decorator_list; AstExpr *returns; /* optional */
        } FunctionDef;
        struct {
            AstIdentifier name; AstExprSeq bases; AstKeywordSeq keywords;
            AstStmtSeq body; AstExprSeq decorator_list;
        } ClassDef;
        struct { AstExpr *value; /* optional */ } Return;
        struct { AstExprSeq targets; } Delete;
        struct { AstExprSeq targets; AstExpr *value; } Assign;
        struct { AstExpr *target; AstOperator op; AstExpr *value; } AugAssign;
        /* value optional; simple: 1 for a bare Name target not in parentheses */
        struct { AstExpr *target; AstExpr *annotation; AstExpr *value; int simple; } AnnAssign;
        struct { AstExpr *target; AstExpr *iter; AstStmtSeq body; AstStmtSeq orelse; } For;
        struct { AstExpr *test; AstStmtSeq body; AstStmtSeq orelse; } While;
        struct { AstExpr *test; AstStmtSeq body; AstStmtSeq orelse; } If;
        struct { AstWithItemSeq items; AstStmtSeq body; } With;
        struct { AstExpr *exc; AstExpr *cause; /* both optional */ } Raise;
        struct {
            AstStmtSeq body; AstExceptHandlerSeq handlers; AstStmtSeq orelse;
            AstStmtSeq finalbody;
        } Try; /* also TryStar (try ... except* ...), which has the same fields */
        struct { AstExpr *test; AstExpr *msg; /* optional */ } Assert;
        struct { AstAliasSeq names; } Import;
        struct { AstIdentifier module; /* optional */ AstAliasSeq names; int level; } ImportFrom;
        struct { AstIdentifierSeq names; } Global;
        struct { AstIdentifierSeq names; } Nonlocal;
        struct { AstExpr *value; } Expr;
    } v;
};

/* ------------------------------------------------------ other nodes */

struct AstComprehension {
    AstExpr *target;
    AstExpr *iter;
    AstExprSeq ifs;
    int is_async;
};

struct AstExceptHandler { /* ExceptHandler */
    AstLocation loc;
    AstExpr *type;         /* optional */
    AstIdentifier name;    /* optional */
    AstStmtSeq body;
};

struct AstArguments {
    AstArgSeq posonlyargs;
    AstArgSeq args;
    AstArg *vararg;        /* optional */
    AstArgSeq kwonlyargs;
    AstExprSeq kw_defaults; /* one per kwonlyarg, NULL where there is none */
    AstArg *kwarg;         /* optional */
    AstExprSeq defaults;   /* for the last len(defaults) of posonlyargs+args */
};

struct AstArg {
    AstLocation loc;
    AstIdentifier arg;
    AstExpr *annotation;   /* optional */
};

struct AstKeyword {
    AstLocation loc;
    AstIdentifier arg;     /* optional: NULL for **value */
    AstExpr *value;
};

struct AstAlias {
    AstLocation loc;
    AstIdentifier name;    /* dotted: "a.b.c"; "*" for from m import * */
    AstIdentifier asname;  /* optional */
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars; /* optional */
};

/* ------------------------------------------------------ modules */

typedef enum { AST_Module_kind = 1, AST_Interactive_kind, AST_Expression_kind } AstModKind;

typedef struct {
    AstModKind kind;
    union {
        struct { AstStmtSeq body; } Module;      /* type_ignores is always [] */
        struct { AstStmtSeq body; } Interactive;
        struct { AstExpr *body; } Expression;
    } v;
} AstMod;

#endif
