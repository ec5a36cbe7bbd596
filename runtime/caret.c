/* Carets under traceback lines, as CPython 3.11's traceback printer makes
 * them (print_error_location_carets and extract_anchors_from_line). */
#include "caret.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "parse.h"
#include "utf8.h"

/* Columns are UTF-8 byte offsets; the caret line counts characters. */
static int byte_to_char_offset(const char *line, int byte_offset)
{
    int len = (int)strlen(line);
    if (byte_offset > len)
        byte_offset = len;
    return (int)mpy_utf8_count(line, (size_t)byte_offset);
}

typedef struct {
    int left_end, right_start;   /* secondary ~ outside [left_end, right_start) */
    bool found;
} Anchors;

static bool is_operator_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == ')'; }

/* Parses the failing segment; a binary operation points at its operator, a
 * subscript at its brackets. Offsets are relative to the segment. */
static Anchors find_anchors(const char *segment, size_t len)
{
    Anchors a = {0, 0, false};
    MpyArena *arena = mpy_arena_new();
    if (!arena)
        return a;
    MpySyntaxError err = {0};
    AstMod *mod = mpy_parse(segment, len, "<string>", MPY_PARSE_EVAL, arena, &err);
    if (mod && mod->kind == AST_Expression_kind) {
        AstExpr *e = mod->v.Expression.body;
        if (e->kind == AST_BinOp_kind) {
            int i = e->v.BinOp.left->loc.end_col_offset;
            int right = e->v.BinOp.right->loc.col_offset;
            while (i < right && is_operator_space(segment[i]))
                i++;
            a.left_end = i;
            a.right_start = i + 1;
            if (i + 1 < right && segment[i + 1] != ' ' && segment[i + 1] != '\t' &&
                segment[i + 1] != '\\' && segment[i + 1] != '#')
                a.right_start = i + 2;
            a.found = true;
        } else if (e->kind == AST_Subscript_kind) {
            a.left_end = e->v.Subscript.value->loc.end_col_offset;
            a.right_start = e->v.Subscript.slice->loc.end_col_offset + 1;
            if (a.right_start > (int)len)
                a.right_start = (int)len;
            a.found = true;
        }
    }
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    return a;
}

void mpy_caret_print(FILE *out, const char *line, int indent, const MpyPosition *pos, int lineno)
{
    if (pos->lineno != lineno || pos->col < 0 || pos->end_col < 0)
        return;
    int line_len = (int)strlen(line);
    int start = pos->col;
    int end = pos->end_lineno == pos->lineno ? pos->end_col : line_len;
    if (start > line_len || end > line_len || end <= start)
        return;
    Anchors anchors = {0, 0, false};
    if (pos->end_lineno == pos->lineno)
        anchors = find_anchors(line + start, (size_t)(end - start));
    /* Trailing whitespace does not count when deciding "the whole line". */
    int content_end = line_len;
    while (content_end > indent && (line[content_end - 1] == ' ' || line[content_end - 1] == '\t'))
        content_end--;
    if (!anchors.found && start <= indent && end >= content_end)
        return;
    int cstart = byte_to_char_offset(line, start) - byte_to_char_offset(line, indent);
    int cend = byte_to_char_offset(line, end) - byte_to_char_offset(line, indent);
    int cleft = anchors.found ? byte_to_char_offset(line, start + anchors.left_end) -
                                    byte_to_char_offset(line, indent)
                              : cstart;
    int cright = anchors.found ? byte_to_char_offset(line, start + anchors.right_start) -
                                     byte_to_char_offset(line, indent)
                               : cend;
    fputs("    ", out);
    for (int i = 0; i < cstart; i++)
        fputc(' ', out);
    for (int i = cstart; i < cend; i++)
        fputc(anchors.found && (i < cleft || i >= cright) ? '~' : '^', out);
    fputc('\n', out);
}
