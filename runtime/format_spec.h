/* The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type])
 * parsed once and applied by str, int and float (format(), f-strings, str.format). */
#ifndef MPY_FORMAT_SPEC_H
#define MPY_FORMAT_SPEC_H
#include "object.h"
#include "strbuf.h"

typedef struct {
    uint32_t fill;     /* code point; ' ' by default */
    char align;        /* '<', '>', '^', '=' or 0 when not given */
    char sign;         /* '+', '-', ' ' or 0 */
    bool no_neg_zero;  /* 'z' */
    bool alternate;    /* '#' */
    bool zero_pad;     /* a '0' before the width */
    ssize_t width;     /* -1 when not given */
    char grouping;     /* ',', '_' or 0 */
    ssize_t precision; /* -1 when not given */
    char type;         /* the presentation type, or 0 */
} MpyFormatSpec;

/* Parses spec (a str); raises ValueError with CPython's messages ("Invalid
 * format specifier", ...). default_type/default_align fill in what the
 * caller's type uses when none is given. 0 / -1. */
int mpy_format_spec_parse(MpyObject *spec, MpyFormatSpec *out, char default_type,
                          char default_align);
/* The same, naming the formatted object's type in the messages that show
 * it ("Invalid format specifier 'xx' for object of type 'complex'");
 * mpy_format_spec_parse infers "str" from default_type 's', "int" from 'd'
 * and "float" otherwise. */
int mpy_format_spec_parse_for(MpyObject *spec, MpyFormatSpec *out, char default_type,
                              char default_align, const char *type_name);
/* Pads the already formatted text body (UTF-8, `chars` code points long) to
 * the spec's width with its fill and alignment; for '=', `sign_len` bytes of
 * sign/prefix at the start stay before the padding. Appends to out. */
void mpy_format_spec_pad(const MpyFormatSpec *spec, const char *body, size_t len,
                         size_t chars, size_t sign_len, MpyStrBuf *out);
/* The CPython message for a type code a type does not support:
 * "Unknown format code 'x' for object of type 'float'". Returns NULL. */
MpyObject *mpy_format_spec_unknown_code(const MpyFormatSpec *spec, const char *type_name);

/* format(value, spec) for the three built-in kinds (spec already parsed). */
MpyObject *mpy_str_format_spec(MpyObject *s, const MpyFormatSpec *spec);
MpyObject *mpy_int_format_spec(MpyObject *i, const MpyFormatSpec *spec);
MpyObject *mpy_float_format_spec(double v, const MpyFormatSpec *spec);

#endif
