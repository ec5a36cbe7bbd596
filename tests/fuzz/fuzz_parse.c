/* libFuzzer harness for the front end: any bytes, in each parse mode, must
 * give a tree or a syntax error, never a crash, a hang or a leak. Not part of
 * the default build. Build and run it with clang from the repository root
 * (after a normal build, which generates build/gen):
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -Iruntime -Ibuild/gen \
 *     tests/fuzz/fuzz_parse.c src/arena.c src/ast_build.c src/ast_build_expr.c \
 *     src/ast_dump.c src/ast_string.c src/ast_targets.c src/parse.c src/parse_errors.c \
 *     src/tokenize.c src/unicode_names.c runtime/strbuf.c runtime/utf8.c \
 *     runtime/float_repr.c runtime/unicode_repr.c build/gen/lexer.c build/gen/parser.c \
 *     build/gen/unicode_names_data.c -lgmp -lutf8proc -lm -o fuzz_parse
 *   mkdir -p corpus && cp tests/golden/ast/[a-z]*.py tests/golden/syntax/[a-z]*.py corpus/
 *   ./fuzz_parse -max_len=4096 -timeout=10 corpus
 */
#include <stdint.h>
#include <stdio.h>

#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    /* The first byte picks the mode, so every mode gets fuzzed. */
    MpyParseMode mode = MPY_PARSE_FILE;
    if (size > 0 && data[0] == '\x01')
        mode = MPY_PARSE_EVAL;
    else if (size > 0 && data[0] == '\x02')
        mode = MPY_PARSE_SINGLE;
    MpyArena *arena = mpy_arena_new();
    if (!arena)
        return 0;
    MpySyntaxError err;
    AstMod *mod = mpy_parse((const char *)data, size, "fuzz.py", mode, arena, &err);
    if (mod)
        mpy_ast_dump_attrs(mod, sink, true);
    else
        mpy_syntax_error_print(&err, sink);
    mpy_syntax_error_clear(&err);
    mpy_arena_free(arena);
    return 0;
}
