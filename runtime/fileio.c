/* Files over C stdio: text files (str in and out, UTF-8, universal newlines
 * when reading) and binary files (bytes), as returned by open() and used
 * for sys.stdin/stdout/stderr. */
#include "fileio.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "args.h"
#include "bytearray.h"
#include "bytes.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "type.h"
#include "utf8.h"

typedef struct {
    MPY_OBJECT_HEAD;
    FILE *fp;
    MpyObject *name;
    char mode[8];
    char encoding[24]; /* as given to open(); "" for UTF-8 by default */
    char errors[24];   /* "strict" unless given */
    bool readable, writable, binary, closed, owns_fp;
    MpyObject *dict;
} MpyFileObject;

#define FILE_OF(op) ((MpyFileObject *)(op))

/* io.UnsupportedOperation (an OSError and a ValueError), raised for reading
 * a write-only file; a class made at start-up since it has two bases. */
static MpyObject *unsupported_operation;

MpyObject *mpy_textio_new(FILE *fp, const char *name, const char *mode, bool owns_fp)
{
    MpyFileObject *f = (MpyFileObject *)mpy_gc_new(&MpyTextIO_Type);
    if (!f)
        return NULL;
    f->fp = fp;
    f->name = mpy_str_from_cstr(name);
    snprintf(f->mode, sizeof f->mode, "%s", mode);
    f->readable = strchr(mode, 'r') || strchr(mode, '+');
    f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, 'x') || strchr(mode, '+');
    f->binary = strchr(mode, 'b') != NULL;
    f->encoding[0] = '\0';
    snprintf(f->errors, sizeof f->errors, "strict");
    f->closed = false;
    f->owns_fp = owns_fp;
    f->dict = NULL;
    mpy_gc_track(MPY_CAST(f));
    if (!f->name) {
        MPY_DECREF(f);
        return NULL;
    }
    return MPY_CAST(f);
}

static int check_open(MpyFileObject *f)
{
    if (!f->closed)
        return 0;
    mpy_err_set_string(MpyExc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int check_readable(MpyFileObject *f)
{
    if (check_open(f))
        return -1;
    if (f->readable)
        return 0;
    mpy_err_set_string((MpyTypeObject *)unsupported_operation, "not readable");
    return -1;
}

static int check_writable(MpyFileObject *f)
{
    if (check_open(f))
        return -1;
    if (f->writable)
        return 0;
    mpy_err_set_string((MpyTypeObject *)unsupported_operation, "not writable");
    return -1;
}

static MpyObject *os_error(MpyObject *filename)
{
    int code = errno;
    MpyObject *no = mpy_int_from_i64(code);
    MpyObject *msg = mpy_str_from_cstr(strerror(code));
    MpyObject *args[3] = {no, msg, filename};
    MpyObject *exc = no && msg ? mpy_exc_new(MpyExc_OSError, args, filename ? 3 : 2) : NULL;
    MPY_XDECREF(no);
    MPY_XDECREF(msg);
    if (exc)
        mpy_err_set_raised(exc);
    return NULL;
}

/* ================================================================ writing */

static int write_bytes(MpyFileObject *f, const char *data, size_t len)
{
    if (len && fwrite(data, 1, len, f->fp) != len) {
        os_error(NULL);
        return -1;
    }
    return 0;
}

static bool is_utf8(MpyFileObject *f)
{
    return f->encoding[0] == '\0' || strcmp(f->encoding, "utf-8") == 0 ||
           strcmp(f->encoding, "utf8") == 0 || strcmp(f->encoding, "UTF-8") == 0;
}

/* Whether s holds a lone surrogate, which UTF-8 cannot encode: its bytes
 * then need the file's error handler. Only surrogates make valid WTF-8
 * fail strict UTF-8 validation. */
static bool has_surrogate(MpyObject *s)
{
    size_t n = (size_t)MPY_STR_UTF8_LEN(s);
    return ((MpyStrObject *)s)->max_char >= 0xD800 && mpy_utf8_validate(MPY_STR_DATA(s), n) != n;
}

/* Writes text in the file's encoding (UTF-8 needs no conversion). */
static int write_text(MpyFileObject *f, MpyObject *s)
{
    if (is_utf8(f) && !has_surrogate(s))
        return write_bytes(f, mpy_str_as_utf8(s), (size_t)MPY_STR_UTF8_LEN(s));
    MpyObject *b = mpy_str_encode(s, f->encoding[0] ? f->encoding : "utf-8", f->errors);
    if (!b)
        return -1;
    int err = write_bytes(f, MPY_BYTES_DATA(b), (size_t)MPY_BYTES_LEN(b));
    MPY_DECREF(b);
    return err;
}

int mpy_file_write_obj(MpyObject *file, MpyObject *s)
{
    if (MPY_TYPE(file) == &MpyTextIO_Type && MPY_STR_CHECK(s) && !FILE_OF(file)->binary &&
        is_utf8(FILE_OF(file))) {
        MpyFileObject *f = FILE_OF(file);
        if (check_writable(f))
            return -1;
        return write_text(f, s);
    }
    MpyObject *res = mpy_call_method(file, "write", &s, 1);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

int mpy_file_write_cstr_or_obj(MpyObject *file, MpyObject *s, const char *dflt)
{
    if (s)
        return mpy_file_write_obj(file, s);
    if (MPY_TYPE(file) == &MpyTextIO_Type && !FILE_OF(file)->binary) {
        if (check_writable(FILE_OF(file)))
            return -1;
        return write_bytes(FILE_OF(file), dflt, strlen(dflt));
    }
    MpyObject *str = mpy_str_from_cstr(dflt);
    int res = str ? mpy_file_write_obj(file, str) : -1;
    MPY_XDECREF(str);
    return res;
}

int mpy_file_flush(MpyObject *file)
{
    if (MPY_TYPE(file) == &MpyTextIO_Type) {
        if (!FILE_OF(file)->closed)
            fflush(FILE_OF(file)->fp);
        return 0;
    }
    MpyObject *res = mpy_call_method(file, "flush", NULL, 0);
    if (!res)
        return -1;
    MPY_DECREF(res);
    return 0;
}

static MpyObject *file_write(MpyObject *self, MpyObject *arg)
{
    MpyFileObject *f = FILE_OF(self);
    if (check_writable(f))
        return NULL;
    if (f->binary) {
        bool bytes = MPY_BYTES_CHECK(arg);
        if (!bytes && !MPY_BYTEARRAY_CHECK(arg))
            return mpy_err_format(MpyExc_TypeError, "a bytes-like object is required, not '%s'",
                                  mpy_type_short_name(MPY_TYPE(arg)));
        ssize_t n = bytes ? MPY_BYTES_LEN(arg) : MPY_BYTEARRAY_LEN(arg);
        if (write_bytes(f, bytes ? MPY_BYTES_DATA(arg) : MPY_BYTEARRAY_DATA(arg), (size_t)n) < 0)
            return NULL;
        return mpy_int_from_ssize(n);
    }
    if (!MPY_STR_CHECK(arg))
        return mpy_err_format(MpyExc_TypeError, "write() argument must be str, not %s",
                              mpy_type_short_name(MPY_TYPE(arg)));
    if (write_text(f, arg) < 0)
        return NULL;
    /* stderr and interactive stdout are line buffered */
    if (f->fp == stderr)
        fflush(stderr);
    return mpy_int_from_ssize(MPY_STR_LEN(arg));
}

static MpyObject *file_writelines(MpyObject *self, MpyObject *lines)
{
    MpyObject *it = mpy_object_getiter(lines);
    if (!it)
        return NULL;
    MpyObject *line;
    while ((line = mpy_iter_next(it))) {
        MpyObject *res = file_write(self, line);
        MPY_DECREF(line);
        if (!res) {
            MPY_DECREF(it);
            return NULL;
        }
        MPY_DECREF(res);
    }
    MPY_DECREF(it);
    if (mpy_err_occurred())
        return NULL;
    MPY_RETURN_NONE;
}

/* ================================================================ reading */

/* Text read from the file: decoded, "\r\n" and "\r" read as "\n". */
static MpyObject *decode_text(MpyFileObject *f, char *data, size_t len)
{
    size_t out = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\r') {
            data[out++] = '\n';
            if (i + 1 < len && data[i + 1] == '\n')
                i++;
        } else {
            data[out++] = data[i];
        }
    }
    if (is_utf8(f))
        return mpy_str_decode_utf8(data, out, f->errors);
    return mpy_str_decode(data, out, f->encoding, f->errors);
}

static MpyObject *make_result(MpyFileObject *f, MpyStrBuf *buf)
{
    MpyObject *res;
    if (buf->failed)
        res = mpy_err_no_memory();
    else if (f->binary)
        res = mpy_bytes_from_data(buf->data ? buf->data : "", buf->len);
    else
        res = decode_text(f, buf->data ? buf->data : (char *)"", buf->len);
    mpy_strbuf_free(buf);
    return res;
}

/* One line, with its newline; "" at end of file. */
static MpyObject *read_line(MpyFileObject *f, ssize_t limit)
{
    MpyStrBuf buf = MPY_STRBUF_INIT;
    int c;
    while ((limit < 0 || (ssize_t)buf.len < limit) && (c = fgetc(f->fp)) != EOF) {
        mpy_strbuf_append_char(&buf, (char)c);
        if (c == '\n')
            break;
        if (c == '\r' && !f->binary) {
            int next = fgetc(f->fp);
            if (next != '\n' && next != EOF)
                ungetc(next, f->fp);
            else if (next == '\n')
                mpy_strbuf_append_char(&buf, '\n');
            break;
        }
    }
    if (ferror(f->fp)) {
        mpy_strbuf_free(&buf);
        clearerr(f->fp);
        return os_error(NULL);
    }
    return make_result(f, &buf);
}

static MpyObject *file_readline(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyFileObject *f = FILE_OF(self);
    if (mpy_arg_check_positional("readline", nargs, 0, 1) || check_readable(f))
        return NULL;
    ssize_t limit = -1;
    if (nargs == 1 && args[0] != MPY_NONE) {
        limit = mpy_number_as_ssize(args[0], MpyExc_OverflowError);
        if (limit == -1 && mpy_err_occurred())
            return NULL;
    }
    if (f->fp == stdin)
        fflush(stdout);
    return read_line(f, limit);
}

static MpyObject *file_read(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyFileObject *f = FILE_OF(self);
    if (mpy_arg_check_positional("read", nargs, 0, 1) || check_readable(f))
        return NULL;
    ssize_t size = -1;
    if (nargs == 1 && args[0] != MPY_NONE) {
        size = mpy_number_as_ssize(args[0], MpyExc_OverflowError);
        if (size == -1 && mpy_err_occurred())
            return NULL;
    }
    MpyStrBuf buf = MPY_STRBUF_INIT;
    if (size < 0) {
        char chunk[8192];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f->fp)) > 0)
            mpy_strbuf_append(&buf, chunk, n);
    } else if (f->binary) {
        char *dst = mpy_strbuf_reserve(&buf, (size_t)size);
        if (dst) {
            buf.len = fread(dst, 1, (size_t)size, f->fp);
            dst[buf.len] = '\0';
        }
    } else {
        /* size counts characters: read whole UTF-8 sequences. */
        for (ssize_t chars = 0; chars < size; chars++) {
            int c = fgetc(f->fp);
            if (c == EOF)
                break;
            mpy_strbuf_append_char(&buf, (char)c);
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
            for (int k = 0; k < extra && (c = fgetc(f->fp)) != EOF; k++)
                mpy_strbuf_append_char(&buf, (char)c);
        }
    }
    return make_result(f, &buf);
}

static MpyObject *file_readlines(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyFileObject *f = FILE_OF(self);
    if (check_readable(f))
        return NULL;
    MpyObject *list = mpy_list_new(0);
    while (list) {
        MpyObject *line = read_line(f, -1);
        if (!line) {
            MPY_CLEAR(list);
            break;
        }
        ssize_t n = f->binary ? MPY_BYTES_LEN(line) : MPY_STR_LEN(line);
        if (n == 0) {
            MPY_DECREF(line);
            break;
        }
        int err = mpy_list_append(list, line);
        MPY_DECREF(line);
        if (err < 0)
            MPY_CLEAR(list);
    }
    return list;
}

static MpyObject *file_iternext(MpyObject *self)
{
    MpyFileObject *f = FILE_OF(self);
    if (check_readable(f))
        return NULL;
    MpyObject *line = read_line(f, -1);
    if (line && (f->binary ? MPY_BYTES_LEN(line) : MPY_STR_LEN(line)) == 0) {
        MPY_DECREF(line);
        return NULL;
    }
    return line;
}

static MpyObject *file_iter(MpyObject *self)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return MPY_NEWREF(self);
}

/* ================================================================= misc */

static MpyObject *file_close(MpyObject *self, MpyObject *unused)
{
    MpyFileObject *f = FILE_OF(self);
    if (!f->closed) {
        f->closed = true;
        if (f->owns_fp) {
            if (fclose(f->fp) != 0) {
                f->fp = NULL;
                return os_error(NULL);
            }
            f->fp = NULL;
        } else {
            fflush(f->fp);
        }
    }
    MPY_RETURN_NONE;
}

static MpyObject *file_flush(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    fflush(FILE_OF(self)->fp);
    MPY_RETURN_NONE;
}

static MpyObject *file_enter(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return MPY_NEWREF(self);
}

static MpyObject *file_exit(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    return file_close(self, NULL);
}

static MpyObject *file_fileno(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return mpy_int_from_i64(fileno(FILE_OF(self)->fp));
}

static MpyObject *file_isatty(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return mpy_bool_from_long(isatty(fileno(FILE_OF(self)->fp)));
}

static MpyObject *file_readable(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return mpy_bool_from_long(FILE_OF(self)->readable);
}

static MpyObject *file_writable(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return mpy_bool_from_long(FILE_OF(self)->writable);
}

static MpyObject *file_seekable(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    return mpy_bool_from_long(ftell(FILE_OF(self)->fp) >= 0);
}

static MpyObject *file_tell(MpyObject *self, MpyObject *unused)
{
    if (check_open(FILE_OF(self)))
        return NULL;
    long pos = ftell(FILE_OF(self)->fp);
    return pos < 0 ? os_error(NULL) : mpy_int_from_i64(pos);
}

static MpyObject *file_seek(MpyObject *self, MpyObject *const *args, size_t nargs)
{
    MpyFileObject *f = FILE_OF(self);
    if (mpy_arg_check_positional("seek", nargs, 1, 2) || check_open(f))
        return NULL;
    ssize_t offset = mpy_number_as_ssize(args[0], MpyExc_OverflowError);
    ssize_t whence = nargs == 2 ? mpy_number_as_ssize(args[1], MpyExc_OverflowError) : 0;
    if (mpy_err_occurred())
        return NULL;
    if (fseek(f->fp, (long)offset, (int)whence) != 0)
        return os_error(NULL);
    return mpy_int_from_i64(ftell(f->fp));
}

static MpyMethodDef file_methods[] = {
    {"write", MPY_METH(file_write), MPY_METH_O, NULL},
    {"writelines", MPY_METH(file_writelines), MPY_METH_O, NULL},
    {"read", MPY_METH(file_read), MPY_METH_FASTCALL, NULL},
    {"readline", MPY_METH(file_readline), MPY_METH_FASTCALL, NULL},
    {"readlines", MPY_METH(file_readlines), MPY_METH_FASTCALL, NULL},
    {"close", MPY_METH(file_close), MPY_METH_NOARGS, NULL},
    {"flush", MPY_METH(file_flush), MPY_METH_NOARGS, NULL},
    {"fileno", MPY_METH(file_fileno), MPY_METH_NOARGS, NULL},
    {"isatty", MPY_METH(file_isatty), MPY_METH_NOARGS, NULL},
    {"readable", MPY_METH(file_readable), MPY_METH_NOARGS, NULL},
    {"writable", MPY_METH(file_writable), MPY_METH_NOARGS, NULL},
    {"seekable", MPY_METH(file_seekable), MPY_METH_NOARGS, NULL},
    {"tell", MPY_METH(file_tell), MPY_METH_NOARGS, NULL},
    {"seek", MPY_METH(file_seek), MPY_METH_FASTCALL, NULL},
    {"__enter__", MPY_METH(file_enter), MPY_METH_NOARGS, NULL},
    {"__exit__", MPY_METH(file_exit), MPY_METH_FASTCALL, NULL},
    {NULL},
};

static MpyObject *file_get_closed(MpyObject *self, void *c) { return mpy_bool_from_long(FILE_OF(self)->closed); }
static MpyObject *file_get_name(MpyObject *self, void *c) { return MPY_NEWREF(FILE_OF(self)->name); }
static MpyObject *file_get_mode(MpyObject *self, void *c) { return mpy_str_from_cstr(FILE_OF(self)->mode); }

static MpyObject *file_get_encoding(MpyObject *self, void *c)
{
    if (FILE_OF(self)->binary)
        return mpy_err_set_string(MpyExc_AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'");
    MpyFileObject *f = FILE_OF(self);
    return mpy_str_from_cstr(f->encoding[0] ? f->encoding : f->owns_fp ? "UTF-8" : "utf-8");
}

static MpyObject *file_get_errors(MpyObject *self, void *c)
{
    if (FILE_OF(self)->binary)
        return mpy_err_set_string(MpyExc_AttributeError, "'_io.BufferedReader' object has no attribute 'errors'");
    return mpy_str_from_cstr(FILE_OF(self)->errors);
}

void mpy_textio_set_errors(MpyObject *file, const char *errors)
{
    snprintf(FILE_OF(file)->errors, sizeof FILE_OF(file)->errors, "%s", errors);
}

static MpyGetSetDef file_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {NULL},
};

/* <_io.TextIOWrapper name='x.txt' mode='r' encoding='UTF-8'> */
static MpyObject *file_repr(MpyObject *self)
{
    MpyFileObject *f = FILE_OF(self);
    if (f->binary) {
        const char *kind = f->readable && !f->writable ? "BufferedReader"
                           : f->writable && !f->readable ? "BufferedWriter" : "BufferedRandom";
        return mpy_str_from_format("<_io.%s name=%R>", kind, f->name);
    }
    return mpy_str_from_format("<_io.TextIOWrapper name=%R mode='%s' encoding='%s'>", f->name,
                               f->mode, f->encoding[0] ? f->encoding : f->owns_fp ? "UTF-8" : "utf-8");
}

static void file_dealloc(MpyObject *self)
{
    MpyFileObject *f = FILE_OF(self);
    mpy_gc_untrack(self);
    if (!f->closed && f->owns_fp && f->fp)
        fclose(f->fp);
    else if (!f->closed && f->fp)
        fflush(f->fp);
    MPY_XDECREF(f->name);
    MPY_XDECREF(f->dict);
    mpy_gc_del(self);
}

static int file_traverse(MpyObject *self, mpy_visitproc visit, void *arg)
{
    MPY_VISIT(FILE_OF(self)->dict);
    return 0;
}

MpyTypeObject MpyTextIO_Type = {
    .ob_base = {{1, &MpyType_Type}, 0},
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(MpyFileObject),
    .tp_dealloc = file_dealloc,
    .tp_repr = file_repr,
    .tp_getattro = mpy_object_generic_getattr,
    .tp_setattro = mpy_object_generic_setattr,
    .tp_flags = MPY_TPFLAGS_HAVE_GC,
    .tp_traverse = file_traverse,
    .tp_iter = file_iter,
    .tp_iternext = file_iternext,
    .tp_methods = file_methods,
    .tp_getset = file_getset,
    .tp_dictoffset = offsetof(MpyFileObject, dict),
    .tp_free = mpy_gc_del,
};

/* ================================================================= open */

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
static MpyObject *builtin_open(MpyObject *self, MpyObject *const *args, size_t nargs,
                               MpyObject *kwnames)
{
    static const char *const kw[] = {"file", "mode", "buffering", "encoding", "errors",
                                     "newline", "closefd", "opener", NULL};
    static const MpyArgSpec spec = {"open", kw, 1, 8};
    MpyObject *a[8];
    if (mpy_arg_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (!MPY_STR_CHECK(a[0]))
        return mpy_err_format(MpyExc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                              mpy_type_short_name(MPY_TYPE(a[0])));
    const char *mode = "r";
    if (a[1]) {
        if (!MPY_STR_CHECK(a[1]))
            return mpy_arg_type_error("open", 2, "str", a[1]);
        mode = mpy_str_as_utf8(a[1]);
    }
    /* CPython's _io.open: each of "xrwa+tb" at most once, one of xrwa. */
    int creating = 0, reading = 0, writing = 0, appending = 0, plus = 0, text = 0, binary = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'x': creating = 1; break;
        case 'r': reading = 1; break;
        case 'w': writing = 1; break;
        case 'a': appending = 1; break;
        case '+': plus = 1; break;
        case 't': text = 1; break;
        case 'b': binary = 1; break;
        default:
            return mpy_err_format(MpyExc_ValueError, "invalid mode: '%s'", mode);
        }
        if (strchr(p + 1, *p))
            return mpy_err_format(MpyExc_ValueError, "invalid mode: '%s'", mode);
    }
    if (text && binary)
        return mpy_err_set_string(MpyExc_ValueError, "can't have text and binary mode at once");
    int kinds = creating + reading + writing + appending;
    if (kinds > 1)
        return mpy_err_set_string(MpyExc_ValueError,
                                  "must have exactly one of create/read/write/append mode");
    if (kinds == 0)
        return mpy_err_set_string(MpyExc_ValueError,
                                  "Must have exactly one of create/read/write/append mode and at most one plus");
    const char *encoding = a[3] && a[3] != MPY_NONE && MPY_STR_CHECK(a[3]) ? mpy_str_as_utf8(a[3]) : NULL;
    const char *errors = a[4] && a[4] != MPY_NONE && MPY_STR_CHECK(a[4]) ? mpy_str_as_utf8(a[4]) : NULL;
    if (binary && encoding)
        return mpy_err_set_string(MpyExc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && errors)
        return mpy_err_set_string(MpyExc_ValueError, "binary mode doesn't take an errors argument");
    char kind = reading ? 'r' : writing ? 'w' : appending ? 'a' : 'x';
    char cmode[8];
    snprintf(cmode, sizeof cmode, "%c%s%s", kind == 'x' ? 'w' : kind, plus ? "+" : "",
             kind == 'x' ? "x" : "");
    MpyObject *path = mpy_str_to_os(a[0]);
    if (!path)
        return NULL;
    FILE *fp = fopen(MPY_BYTES_DATA(path), cmode);
    MPY_DECREF(path);
    if (!fp)
        return os_error(a[0]);
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        errno = EISDIR;
        return os_error(a[0]);
    }
    char shown[8];
    snprintf(shown, sizeof shown, "%c%s%s", kind, plus ? "+" : "", binary ? "b" : "");
    MpyObject *f = mpy_textio_new(fp, "", shown, true);
    if (!f) {
        fclose(fp);
        return NULL;
    }
    MPY_SETREF(FILE_OF(f)->name, MPY_NEWREF(a[0]));
    if (encoding)
        snprintf(FILE_OF(f)->encoding, sizeof FILE_OF(f)->encoding, "%s", encoding);
    if (errors)
        snprintf(FILE_OF(f)->errors, sizeof FILE_OF(f)->errors, "%s", errors);
    return f;
}

static MpyMethodDef open_def = {"open", MPY_METH(builtin_open), MPY_METH_FASTCALL | MPY_METH_KEYWORDS,
                                "Open file and return a stream."};

int mpy_fileio_add_builtins(MpyObject *builtins)
{
    if (mpy_type_ready(&MpyTextIO_Type) < 0)
        return -1;
    if (!unsupported_operation) {
        MpyObject *name = mpy_str_from_cstr("UnsupportedOperation");
        MpyObject *bases = mpy_tuple_pack(2, MpyExc_OSError, MpyExc_ValueError);
        MpyObject *ns = mpy_dict_new();
        MpyObject *module = mpy_str_from_cstr("io");
        if (name && bases && ns && module && mpy_dict_set_item(ns, MPY_ID(__module__), module) == 0) {
            MpyObject *args[3] = {name, bases, ns};
            unsupported_operation = mpy_call(MPY_CAST(&MpyType_Type), args, 3, NULL);
        }
        MPY_XDECREF(name);
        MPY_XDECREF(bases);
        MPY_XDECREF(ns);
        MPY_XDECREF(module);
        if (!unsupported_operation)
            return -1;
    }
    MpyObject *f = mpy_cfunction_new(&open_def, NULL, NULL);
    int err = f ? mpy_dict_set_item_str(builtins, "open", f) : -1;
    MPY_XDECREF(f);
    return err;
}

void mpy_fileio_fini(void) { MPY_CLEAR(unsupported_operation); }
