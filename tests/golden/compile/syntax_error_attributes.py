# What compile() puts in a SyntaxError: args, text, and the four positions,
# for errors found by the tokenizer, the parser, the symbol table, the
# future check and the compiler. Errors found after parsing take their text
# from the file named (none here: "nofile.py" does not exist).
sources = [
    "return (1 +\n   2)\n", "x = (1 +\n", "1 +* 2", "x = 1abc\n", "x = 'abc\n",
    "if x:\n\ty = 1\n        z = 2\n", "x = 1 + \\", "values = [1,\n2,\n",
    "nonlocal x", "def f(x):\n    global x", "def f():\n    nonlocal q",
    "def f(a, a): pass", "[(yield) for x in y]", "x: int = 1\nglobal x",
    "def f():\n    from m import *", "from __future__ import braces",
    "from __future__ import nope", "return 1", "class A:\n    return [1,\n 2]\n",
    "break", "def f():\n    yield = 1",
]
for src in sources:
    try:
        compile(src, "nofile.py", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
        print("   ", repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)

# With the name of a file that exists (this one), errors found by the
# parser and after it show that file's line, whatever the source said.
for src in ["x = = 1\n", "return 5\n", "values = [1,\n2,\n", "x = 1abc\n", "nonlocal y\n"]:
    try:
        compile(src, __file__, "exec")
    except SyntaxError as e:
        print(repr(src), repr(e.text), e.lineno, e.offset)
