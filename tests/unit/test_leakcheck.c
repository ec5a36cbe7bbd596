/* Unit tests of the live-object accounting (runtime/leakcheck.c): the
 * counter of the release build, and the side table and report of the debug
 * build (MPY_DEBUG, which the sanitizer build defines). */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "leakcheck.h"

static MpyTypeObject Fake = {.tp_name = "Fake"};

/* Objects that need no runtime: headers in plain memory. */
static MpyObject objs[5000];

static MpyObject *obj(int i, MpyTypeObject *type, ssize_t refcnt)
{
    objs[i].ob_type = type;
    objs[i].ob_refcnt = refcnt;
    return &objs[i];
}

static char *report(ssize_t *n)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    *n = mpy_leak_report(f);
    fclose(f);
    return text;
}

Test(leakcheck, counts_registrations)
{
    ssize_t base = mpy_leak_live_count();
    for (int i = 0; i < 10; i++)
        mpy_leak_register(obj(i, &Fake, 1));
    cr_assert_eq(mpy_leak_live_count(), base + 10);
    for (int i = 0; i < 4; i++)
        mpy_leak_unregister(&objs[i]);
    cr_assert_eq(mpy_leak_live_count(), base + 6);
    for (int i = 4; i < 10; i++)
        mpy_leak_unregister(&objs[i]);
    cr_assert_eq(mpy_leak_live_count(), base);
}

Test(leakcheck, nothing_to_report)
{
    ssize_t n;
    char *text = report(&n);
    cr_assert_eq(n, 0);
    cr_assert_str_empty(text);
    free(text);
}

#ifndef MPY_DEBUG

Test(leakcheck, release_report_is_a_count)
{
    mpy_leak_register(obj(0, &Fake, 1));
    mpy_leak_register(obj(1, &Fake, 3));
    ssize_t n;
    char *text = report(&n);
    cr_assert_eq(n, 2);
    cr_assert_str_eq(text, "minipy: 2 objects leaked\n");
    cr_assert_eq(mpy_leak_visit(NULL, NULL), 0, "no table in the release build");
    free(text);
}

#else

static MpyTypeObject Other = {.tp_name = "mod.Other"};

Test(leakcheck, debug_report_names_each_survivor_oldest_first)
{
    mpy_leak_register(obj(0, &Fake, 1));
    mpy_leak_register(obj(1, &Other, 7));
    mpy_leak_register(obj(2, &Fake, 2));
    mpy_leak_unregister(&objs[0]);
    ssize_t n;
    char *text = report(&n);
    cr_assert_eq(n, 2);
    char expect[256];
    snprintf(expect, sizeof expect,
             "minipy: 2 objects leaked\n  %p mod.Other refcount=7\n  %p Fake refcount=2\n",
             (void *)&objs[1], (void *)&objs[2]);
    cr_assert_str_eq(text, expect);
    free(text);
}

static int seen[5000];
static void mark(MpyObject *op, void *arg)
{
    (*(int *)arg)++;
    seen[op - objs]++;
}

Test(leakcheck, table_survives_growth_and_deletion)
{
    /* Register everything, drop a pseudo-random two thirds, check the rest. */
    for (int i = 0; i < 5000; i++)
        mpy_leak_register(obj(i, &Fake, 1));
    uint32_t x = 7;
    int kept = 5000;
    static bool dropped[5000];
    for (int i = 0; i < 5000; i++) {
        x = x * 1103515245u + 12345u;
        if ((x >> 16) % 3 != 0) {
            mpy_leak_unregister(&objs[i]);
            dropped[i] = true;
            kept--;
        }
    }
    cr_assert_eq(mpy_leak_live_count(), kept);
    int visited = 0;
    cr_assert_eq(mpy_leak_visit(mark, &visited), kept);
    cr_assert_eq(visited, kept);
    for (int i = 0; i < 5000; i++)
        cr_assert_eq(seen[i], dropped[i] ? 0 : 1, "object %d", i);
    for (int i = 0; i < 5000; i++)
        if (!dropped[i])
            mpy_leak_unregister(&objs[i]);
    cr_assert_eq(mpy_leak_live_count(), 0);
}

Test(leakcheck, long_reports_are_cut)
{
    for (int i = 0; i < 1005; i++)
        mpy_leak_register(obj(i, &Fake, 1));
    ssize_t n;
    char *text = report(&n);
    cr_assert_eq(n, 1005);
    cr_assert(strstr(text, "\n  ... and 5 more\n"));
    int lines = 0;
    for (char *p = text; *p; p++)
        lines += *p == '\n';
    cr_assert_eq(lines, 1 + 1000 + 1);
    free(text);
}

Test(leakcheck, double_registration_is_fatal, .signal = SIGABRT)
{
    mpy_leak_register(obj(0, &Fake, 1));
    mpy_leak_register(&objs[0]);
}

Test(leakcheck, unknown_unregistration_is_fatal, .signal = SIGABRT)
{
    mpy_leak_register(obj(0, &Fake, 1));
    mpy_leak_unregister(obj(1, &Fake, 1));
}

#endif
