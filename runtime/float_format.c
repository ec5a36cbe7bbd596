/* format() of a float: presentation types e E f F g G n % and none (repr,
 * or 'g' with at least one digit after the point when a precision is
 * given), with CPython 3.11's format_float_internal rules for signs, 'z',
 * '#', grouping of the integer digits and padding. */
#include <limits.h>
#include <string.h>

#include "alloc.h"
#include "errors.h"
#include "float_impl.h"
#include "format_spec.h"

MpyObject *mpy_float_format_spec(double v, const MpyFormatSpec *spec)
{
    char type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return mpy_format_spec_unknown_code(spec, "float");
    }
    if (spec->precision > INT_MAX)
        return mpy_err_set_string(MpyExc_ValueError, "precision too big");
    int flags = 0, precision = (int)spec->precision, default_precision = 6;
    if (spec->alternate)
        flags |= MPY_DTSF_ALT;
    if (spec->no_neg_zero)
        flags |= MPY_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= MPY_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        v *= 100;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    char *text = mpy_float_to_string(v, type, precision, flags);
    if (!text)
        return NULL;
    size_t len = strlen(text);
    if (percent) {
        char *grown = mpy_mem_realloc(text, len + 2);
        if (!grown) {
            mpy_mem_free(text);
            return mpy_err_no_memory();
        }
        text = grown;
        text[len++] = '%';
        text[len] = '\0';
    }
    const char *body = text;
    char sign = 0;
    if (*body == '-') {
        sign = '-';
        body++;
    } else if (spec->sign == '+' || spec->sign == ' ') {
        sign = spec->sign;
    }
    size_t ndigits = strspn(body, "0123456789");
    MpyNumParts parts = {
        .sign = sign,
        .prefix = "",
        .digits = body,
        .n_digits = ndigits,
        .rest = body + ndigits,
        .n_rest = strlen(body + ndigits),
        .grouping = spec->type == 'n' ? 0 : spec->grouping,
        .group = 3,
    };
    MpyObject *r = mpy_num_layout(spec, &parts);
    mpy_mem_free(text);
    return r;
}
