/* The disassembler (dis.h), in the layout of CPython 3.11's dis.dis():
 *
 *   3           0 LOAD_FAST                0 (x)
 *
 * line (where it changes), ">>" on jump targets, byte offset, opname,
 * argument and what it names (constant, name, local, jump target, compare
 * operator, binary operator symbol); inline caches are skipped but counted
 * in the offsets; then the exception table. */
#include "dis.h"

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "errors.h"
#include "run.h"
#include "str.h"
#include "tuple.h"

typedef struct {
    char buf[16384];
} Repr;

/* repr(o) into r (truncated), "" on error. */
static const char *repr_of(MpyObject *o, Repr *r)
{
    MpyObject *s = mpy_object_repr(o);
    if (!s) {
        mpy_err_clear();
        r->buf[0] = '\0';
        return r->buf;
    }
    snprintf(r->buf, sizeof r->buf, "%s", mpy_str_as_utf8(s));
    MPY_DECREF(s);
    return r->buf;
}

static bool is_jump(int op)
{
    return op == MPY_OP_JUMP_FORWARD || op == MPY_OP_JUMP_BACKWARD ||
           op == MPY_OP_POP_JUMP_IF_FALSE || op == MPY_OP_POP_JUMP_IF_TRUE ||
           op == MPY_OP_POP_JUMP_IF_NONE || op == MPY_OP_POP_JUMP_IF_NOT_NONE ||
           op == MPY_OP_JUMP_IF_FALSE_OR_POP || op == MPY_OP_JUMP_IF_TRUE_OR_POP ||
           op == MPY_OP_FOR_ITER || op == MPY_OP_SEND;
}

/* The code-unit offset a jump at `offset` (with argument arg) goes to. */
static ssize_t jump_target(int op, ssize_t offset, int arg)
{
    ssize_t next = offset + 1 + mpy_opcode_cache_units[op];
    return op == MPY_OP_JUMP_BACKWARD ? next - arg : next + arg;
}

static bool uses_local(int op)
{
    switch (op) {
    case MPY_OP_LOAD_FAST: case MPY_OP_STORE_FAST: case MPY_OP_DELETE_FAST:
    case MPY_OP_MAKE_CELL: case MPY_OP_LOAD_CLOSURE: case MPY_OP_LOAD_DEREF:
    case MPY_OP_LOAD_CLASSDEREF: case MPY_OP_STORE_DEREF: case MPY_OP_DELETE_DEREF:
        return true;
    }
    return false;
}

static bool uses_name(int op)
{
    switch (op) {
    case MPY_OP_LOAD_GLOBAL: case MPY_OP_STORE_GLOBAL: case MPY_OP_DELETE_GLOBAL:
    case MPY_OP_LOAD_NAME: case MPY_OP_STORE_NAME: case MPY_OP_DELETE_NAME:
    case MPY_OP_LOAD_ATTR: case MPY_OP_STORE_ATTR: case MPY_OP_DELETE_ATTR:
    case MPY_OP_LOAD_METHOD: case MPY_OP_IMPORT_NAME: case MPY_OP_IMPORT_FROM:
        return true;
    }
    return false;
}

static const char *tuple_str(MpyObject *t, ssize_t i)
{
    return i >= 0 && i < MPY_SIZE(t) ? mpy_str_as_utf8(MPY_TUPLE_GET(t, i)) : "?";
}

/* What the argument names, as dis's argrepr. */
static void argrepr(MpyCodeObject *co, int op, int arg, ssize_t offset, char *out, size_t size)
{
    Repr r;
    out[0] = '\0';
    if (op == MPY_OP_LOAD_CONST) {
        if (arg < MPY_SIZE(co->co_consts))
            snprintf(out, size, "%s", repr_of(MPY_TUPLE_GET(co->co_consts, arg), &r));
    } else if (op == MPY_OP_LOAD_GLOBAL) {
        snprintf(out, size, "%s%s", (arg & 1) ? "NULL + " : "", tuple_str(co->co_names, arg >> 1));
    } else if (uses_name(op)) {
        snprintf(out, size, "%s", tuple_str(co->co_names, arg));
    } else if (uses_local(op)) {
        snprintf(out, size, "%s", tuple_str(co->co_localsplusnames, arg));
    } else if (is_jump(op)) {
        snprintf(out, size, "to %zd", 2 * jump_target(op, offset, arg));
    } else if (op == MPY_OP_COMPARE_OP) {
        static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
        snprintf(out, size, "%s", arg >= 0 && arg < 6 ? cmp[arg] : "?");
    } else if (op == MPY_OP_BINARY_OP) {
        snprintf(out, size, "%s", arg >= 0 && arg < MPY_BINOP_COUNT ? mpy_binop_symbols[arg] : "?");
    } else if (op == MPY_OP_FORMAT_VALUE) {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        snprintf(out, size, "%s%s", conv[arg & 3],
                 (arg & 4) ? ((arg & 3) ? ", with format" : "with format") : "");
    } else if (op == MPY_OP_MAKE_FUNCTION) {
        static const char *const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
        size_t n = 0;
        for (int i = 0; i < 4; i++)
            if (arg & (1 << i))
                n += (size_t)snprintf(out + n, size - n, "%s%s", n ? ", " : "", flags[i]);
    }
}

/* Offsets (code units) that some jump or handler goes to. */
static char *jump_targets(MpyCodeObject *co)
{
    char *marks = calloc((size_t)co->co_ncodeunits + 1, 1);
    if (!marks)
        return NULL;
    int ext = 0;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        int op = MPY_CODEUNIT_OP(co->co_code[i]);
        int arg = ext << 8 | MPY_CODEUNIT_ARG(co->co_code[i]);
        ext = op == MPY_OP_EXTENDED_ARG ? arg : 0;
        if (is_jump(op)) {
            ssize_t t = jump_target(op, i, arg);
            if (t >= 0 && t <= co->co_ncodeunits)
                marks[t] = 1;
        }
        i += mpy_opcode_cache_units[op];
    }
    for (ssize_t k = 0; k < co->co_nexceptions; k++)
        if (co->co_exceptiontable[k].target <= (uint32_t)co->co_ncodeunits)
            marks[co->co_exceptiontable[k].target] = 1;
    return marks;
}

static int max_line(MpyCodeObject *co)
{
    int m = 0;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++)
        if (co->co_positions[i].lineno > m)
            m = co->co_positions[i].lineno;
    return m;
}

static void print_instructions(MpyCodeObject *co, FILE *out, const char *marks)
{
    int maxline = max_line(co);
    int lw = maxline >= 1000 ? snprintf(NULL, 0, "%d", maxline) : 3;
    ssize_t maxoff = 2 * co->co_ncodeunits - 2;
    int ow = maxoff >= 10000 ? snprintf(NULL, 0, "%zd", maxoff) : 4;
    int lastline = -1, ext = 0;
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        int op = MPY_CODEUNIT_OP(co->co_code[i]);
        int arg = ext << 8 | MPY_CODEUNIT_ARG(co->co_code[i]);
        int line = co->co_positions[i].lineno;
        bool starts = line >= 0 && line != lastline;
        if (starts) {
            lastline = line;
            if (i > 0)
                fputc('\n', out);
        }
        char field[16];
        if (starts)
            snprintf(field, sizeof field, "%*d", lw, line);
        else
            snprintf(field, sizeof field, "%*s", lw, "");
        char desc[16384];
        argrepr(co, op, arg, i, desc, sizeof desc);
        char text[16600];
        int n = snprintf(text, sizeof text, "%s     %s %*zd %-20s", field, marks[i] ? ">>" : "  ",
                         ow, 2 * i, op < MPY_OP_COUNT ? mpy_opcode_names[op] : "<unknown>");
        if (mpy_opcode_has_arg[op]) {
            n += snprintf(text + n, sizeof text - (size_t)n, " %5d", arg);
            if (desc[0])
                snprintf(text + n, sizeof text - (size_t)n, " (%s)", desc);
        }
        size_t len = strlen(text);
        while (len && text[len - 1] == ' ')
            text[--len] = '\0';
        fprintf(out, "%s\n", text);
        ext = op == MPY_OP_EXTENDED_ARG ? arg : 0;
        i += mpy_opcode_cache_units[op];
    }
}

static void print_exception_table(MpyCodeObject *co, FILE *out)
{
    if (!co->co_nexceptions)
        return;
    fprintf(out, "ExceptionTable:\n");
    for (ssize_t k = 0; k < co->co_nexceptions; k++) {
        const MpyExceptionTableEntry *e = &co->co_exceptiontable[k];
        fprintf(out, "  %u to %u -> %u [%u]%s\n", 2 * e->start, 2 * e->end - 2, 2 * e->target,
                e->depth, e->lasti ? " lasti" : "");
    }
}

int mpy_dis_code(MpyObject *code, FILE *out)
{
    MpyCodeObject *co = (MpyCodeObject *)code;
    char *marks = jump_targets(co);
    if (!marks) {
        mpy_err_no_memory();
        return -1;
    }
    print_instructions(co, out, marks);
    print_exception_table(co, out);
    free(marks);
    for (ssize_t i = 0; i < MPY_SIZE(co->co_consts); i++) {
        MpyObject *k = MPY_TUPLE_GET(co->co_consts, i);
        if (!MPY_CODE_CHECK(k))
            continue;
        Repr r;
        fprintf(out, "\nDisassembly of %s:\n", repr_of(k, &r));
        if (mpy_dis_code(k, out) < 0)
            return -1;
    }
    return 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *p = realloc(buf, cap *= 2);
            if (!p) {
                free(buf);
                buf = NULL;
            }
            buf = p;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int mpy_dis_file(const char *path)
{
    size_t len;
    char *source = read_file(path, &len);
    if (!source) {
        fprintf(stderr, "minipy: can't open file '%s'\n", path);
        return 2;
    }
    MpyObject *code = mpy_run_compile(source, len, path, MPY_PARSE_FILE, NULL);
    free(source);
    if (!code || mpy_dis_code(code, stdout) < 0) {
        MPY_XDECREF(code);
        mpy_err_print();
        return 1;
    }
    MPY_DECREF(code);
    fflush(stdout);
    return 0;
}
