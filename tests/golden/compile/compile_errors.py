import sys
srcs = [
    "return 1",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f(a, a): pass",
    "break",
    "continue",
    "def f():\n    yield 1\nclass C:\n    yield 2",
    "yield 3",
    "f(x=1, x=2)",
    "__debug__ = 1",
    "del __debug__",
    "def f(__debug__): pass",
    "a, *b, *c = d",
    "*a = 1",
    "print(*a)\n*b",
    "[(i := 1) for i in range(3)]",
    "class C:\n    [(j := 1) for k in range(3)]",
    "[i for i in (j := [1])]",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "x: int\ndef f():\n    global y\n    y: int = 1",
    "from __future__ import braces",
    "from __future__ import nope",
    "import os\nfrom __future__ import annotations",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x",
    "x = 1\nx is 1",
    "(1, 2)(3)",
    "[1, 2][1, 2]",
    "{1, 2}[0]",
    "assert (x, 'msg')",
    "while 1:\n    pass\nelse:\n    continue",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("ok", repr(s[:20]))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
