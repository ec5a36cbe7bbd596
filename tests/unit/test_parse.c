/* Unit tests of the parser (src/parse.c and friends): the AST through
 * mpy_ast_dump for each mode, syntax error values and their report, and
 * inputs that must fail cleanly (deep nesting, huge chains, bad bytes). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* ast.dump() of src parsed in `mode`, or "ERROR: kind: msg". */
static char *dump(const char *src, MpyParseMode mode)
{
    static char out[65536];
    MpyArena *arena = mpy_arena_new();
    MpySyntaxError err;
    AstMod *mod = mpy_parse(src, strlen(src), "t.py", mode, arena, &err);
    if (mod) {
        FILE *f = fmemopen(out, sizeof out, "w");
        mpy_ast_dump(mod, f);
        fclose(f);
        out[strcspn(out, "\n")] = '\0';
    } else {
        snprintf(out, sizeof out, "ERROR: %s: %s", err.kind, err.msg ? err.msg : "");
    }
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    return out;
}

Test(parse, module)
{
    cr_assert_str_eq(dump("x = 1\n", MPY_PARSE_FILE),
                     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
                     "type_ignores=[])");
}

Test(parse, eval_mode)
{
    cr_assert_str_eq(dump("a + 1\n", MPY_PARSE_EVAL),
                     "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))");
    cr_assert_str_eq(dump("1, 2", MPY_PARSE_EVAL),
                     "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))");
}

Test(parse, single_mode)
{
    cr_assert_str_eq(dump("x = 1\n", MPY_PARSE_SINGLE),
                     "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    cr_assert_str_eq(dump("if x:\n    y\n\n", MPY_PARSE_SINGLE),
                     "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', "
                     "ctx=Load()))], orelse=[])])");
}

Test(parse, power_binds_tighter_than_unary_minus)
{
    cr_assert_str_eq(dump("-2**2", MPY_PARSE_EVAL),
                     "Expression(body=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), "
                     "right=Constant(value=2))))");
}

Test(parse, fstring_debug)
{
    cr_assert_str_eq(dump("f'{x=}'", MPY_PARSE_EVAL),
                     "Expression(body=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', "
                     "ctx=Load()), conversion=114)]))");
}

Test(parse, big_and_float_constants)
{
    cr_assert_str_eq(dump("0x10000000000000000", MPY_PARSE_EVAL),
                     "Expression(body=Constant(value=18446744073709551616))");
    cr_assert_str_eq(dump("1e16", MPY_PARSE_EVAL), "Expression(body=Constant(value=1e+16))");
    cr_assert_str_eq(dump("1e999", MPY_PARSE_EVAL), "Expression(body=Constant(value=inf))");
    cr_assert_str_eq(dump("2j", MPY_PARSE_EVAL), "Expression(body=Constant(value=2j))");
    cr_assert_str_eq(dump("0.1", MPY_PARSE_EVAL), "Expression(body=Constant(value=0.1))");
}

Test(parse, syntax_error_value)
{
    MpyArena *arena = mpy_arena_new();
    MpySyntaxError err;
    AstMod *mod = mpy_parse("x = (1 2)\n", 10, "t.py", MPY_PARSE_FILE, arena, &err);
    cr_assert_null(mod);
    cr_assert_str_eq(err.kind, "SyntaxError");
    cr_assert_str_eq(err.msg, "invalid syntax. Perhaps you forgot a comma?");
    cr_assert_eq(err.lineno, 1);
    cr_assert_eq(err.offset, 6);
    cr_assert_eq(err.end_offset, 9);
    cr_assert_str_eq(err.text, "x = (1 2)\n"); /* the line as in the file, as CPython */
    char report[512];
    FILE *f = fmemopen(report, sizeof report, "w");
    mpy_syntax_error_print(&err, f);
    fclose(f);
    cr_assert_str_eq(report, "  File \"t.py\", line 1\n    x = (1 2)\n         ^^^\n"
                             "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
}

Test(parse, syntax_error_set_by_compiler)
{
    MpySyntaxError err = {0};
    const char *src = "def f():\n    pass\nreturn 1\n";
    mpy_syntax_error_set(&err, src, strlen(src), "t.py", "SyntaxError", "'return' outside function", 3, 0, 3, 8);
    char report[512];
    FILE *f = fmemopen(report, sizeof report, "w");
    mpy_syntax_error_print(&err, f);
    fclose(f);
    cr_assert_str_eq(report, "  File \"t.py\", line 3\n    return 1\n    ^^^^^^^^\n"
                             "SyntaxError: 'return' outside function\n");
    mpy_syntax_error_clear(&err);
}

/* True if the REPL should read another line after `src`. */
static bool incomplete(const char *src)
{
    MpyArena *arena = mpy_arena_new();
    MpySyntaxError err;
    AstMod *mod = mpy_parse(src, strlen(src), "<stdin>", MPY_PARSE_SINGLE, arena, &err);
    bool result = !mod && err.incomplete;
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    return result;
}

Test(parse, incomplete_interactive_input)
{
    cr_assert(incomplete("x = (1,\n"));
    cr_assert(incomplete("if x:\n"));
    cr_assert(incomplete("def f():\n    return 1\n"));
    cr_assert(incomplete("s = \"\"\"abc\n"));
    cr_assert(incomplete("x = 1 + \\\n"));
    cr_assert(!incomplete("def f():\n    return 1\n\n"));
    cr_assert(!incomplete("x = 1\n"));
    cr_assert(!incomplete("x = )\n"));
}

Test(parse, deep_nesting_is_refused_cleanly)
{
    size_t n = 100000;
    char *src = malloc(4 * n + 16);
    strcpy(src, "x = ");
    for (size_t i = 0; i < n; i++)
        strcat(src + 4 + 2 * i - 0, "1+");
    strcat(src, "1\n");
    cr_assert_str_eq(dump(src, MPY_PARSE_FILE),
                     "ERROR: RecursionError: maximum recursion depth exceeded during compilation");
    memset(src, '-', n);
    strcpy(src + n, "1\n");
    cr_assert_str_eq(dump(src, MPY_PARSE_FILE), "ERROR: MemoryError: ");
    memset(src, '(', 300);
    strcpy(src + 300, "1\n");
    cr_assert_str_eq(dump(src, MPY_PARSE_FILE), "ERROR: SyntaxError: too many nested parentheses");
    free(src);
}

Test(parse, bad_bytes)
{
    cr_assert_str_eq(dump("x = 1\n\xff\n", MPY_PARSE_FILE),
                     "ERROR: SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no "
                     "encoding declared; see https://peps.python.org/pep-0263/ for details");
    MpyArena *arena = mpy_arena_new();
    MpySyntaxError err;
    cr_assert_null(mpy_parse("x = 1\0\n", 7, "t.py", MPY_PARSE_FILE, arena, &err));
    cr_assert_str_eq(err.msg, "source code cannot contain null bytes");
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
}

Test(parse, latin1_coding)
{
    cr_assert_str_eq(dump("# coding: latin-1\nx = '\xe9'\n", MPY_PARSE_FILE),
                     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3\xa9'))], "
                     "type_ignores=[])");
}
