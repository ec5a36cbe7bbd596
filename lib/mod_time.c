/* The time module: clocks (time, time_ns, perf_counter, monotonic,
 * process_time) and sleep. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "errors.h"
#include "float.h"
#include "int.h"
#include "interp.h"
#include "module.h"

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static MpyObject *clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return mpy_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static MpyObject *time_time(MpyObject *s, MpyObject *u) { return mpy_float_from_double(clock_seconds(CLOCK_REALTIME)); }
static MpyObject *time_time_ns(MpyObject *s, MpyObject *u) { return clock_ns(CLOCK_REALTIME); }
static MpyObject *time_monotonic(MpyObject *s, MpyObject *u) { return mpy_float_from_double(clock_seconds(CLOCK_MONOTONIC)); }
static MpyObject *time_monotonic_ns(MpyObject *s, MpyObject *u) { return clock_ns(CLOCK_MONOTONIC); }
static MpyObject *time_perf_counter(MpyObject *s, MpyObject *u) { return mpy_float_from_double(clock_seconds(CLOCK_MONOTONIC)); }
static MpyObject *time_perf_counter_ns(MpyObject *s, MpyObject *u) { return clock_ns(CLOCK_MONOTONIC); }
static MpyObject *time_process_time(MpyObject *s, MpyObject *u) { return mpy_float_from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)); }
static MpyObject *time_process_time_ns(MpyObject *s, MpyObject *u) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

/* sleep(secs): interrupted by Ctrl-C (KeyboardInterrupt), resumed otherwise. */
static MpyObject *time_sleep(MpyObject *self, MpyObject *arg)
{
    double secs = mpy_float_as_double(arg);
    if (secs == -1.0 && mpy_err_occurred()) {
        if (mpy_err_exception_matches(MpyExc_TypeError)) {
            mpy_err_clear();
            return mpy_err_format(MpyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                                  MPY_TYPE(arg)->tp_name);
        }
        return NULL;
    }
    if (isnan(secs))
        return mpy_err_set_string(MpyExc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return mpy_err_set_string(MpyExc_ValueError, "sleep length must be non-negative");
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&req, &req) != 0 && errno == EINTR) {
        if (mpy_interp.pending_signals) {
            mpy_interp.pending_signals = 0;
            return mpy_err_set_none(MpyExc_KeyboardInterrupt);
        }
    }
    MPY_RETURN_NONE;
}

static MpyMethodDef time_methods[] = {
    {"time", MPY_METH(time_time), MPY_METH_NOARGS, "Return the current time in seconds since the Epoch."},
    {"time_ns", MPY_METH(time_time_ns), MPY_METH_NOARGS, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", MPY_METH(time_monotonic), MPY_METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", MPY_METH(time_monotonic_ns), MPY_METH_NOARGS, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", MPY_METH(time_perf_counter), MPY_METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", MPY_METH(time_perf_counter_ns), MPY_METH_NOARGS, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", MPY_METH(time_process_time), MPY_METH_NOARGS, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", MPY_METH(time_process_time_ns), MPY_METH_NOARGS, "Process time for profiling as nanoseconds."},
    {"sleep", MPY_METH(time_sleep), MPY_METH_O, "Delay execution for a given number of seconds."},
    {NULL},
};

const MpyModuleDef mpy_module_time = {"time", "This module provides various functions to manipulate time values.",
                                      time_methods, NULL};
