# Expressions the parser accepts but nest too deeply to compile: CPython's
# compiler gives RecursionError (no location); the tokenizer's bracket
# limit gives SyntaxError first.
shapes = {
    "unary": "-" * 3000 + "1",
    "not": "not " * 3000 + "1",
    "sum": "1" + "+1" * 5000,
    "calls": "f" + "()" * 5000,
    "attributes": "a" + ".b" * 5000,
    "conditional": "1 if 1 else " * 3000 + "1",
    "parentheses": "(" * 300 + "1" + ")" * 300,
    "shallow": "-" * 100 + "1",
}
for name, src in shapes.items():
    for mode in ("eval", "exec"):
        try:
            compile(src, "<deep>", mode)
            print(name, mode, "compiles")
        except RecursionError as e:
            print(name, mode, "RecursionError", e)
        except SyntaxError as e:
            print(name, mode, "SyntaxError", e.msg, e.lineno)
