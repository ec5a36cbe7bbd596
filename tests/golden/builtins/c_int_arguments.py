# Arguments converted to C integers, and the overflow messages each kind
# gives: chr(), list.sort(reverse=), bytes.hex(sep, n), and the '*' width
# (a C ssize_t) and precision (a C int) of % formatting.
calls = [
    "chr(2**31)", "chr(2**40)", "chr(-1)", "chr(2**100)", "chr('a')", "chr(1.5)", "chr(1114111)",
    "[].sort(reverse=2**31)", "[].sort(reverse='x')", "[].sort(reverse=2**70)", "[2, 1].sort(reverse=-1)",
    "b'ab'.hex(':', 2**31)", "b'ab'.hex(':', 'x')", "b'abc'.hex(':', -2)",
    "'%*d' % (2**63, 1)", "b'%*d' % (2**63, 1)", "'%*d' % (-2**63-1, 1)",
    "'%.*f' % (2**31, 1.0)", "'%.*f' % (2**63, 1.0)", "b'%.*d' % (2**31, 1)",
    "'%*d|' % (-5, 1)", "'%.*f' % (-3, 1.25)", "'%*d' % ('x', 1)", "'%.*f' % (2, 1.0)",
]
for src in calls:
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
