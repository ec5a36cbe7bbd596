# Which complaint a builtin makes first when a call is wrong in several ways:
# a missing required argument, then a keyword repeating a positional one,
# then an unknown keyword.
calls = [
    "int.from_bytes(foo=1)",
    "round(foo=1)",
    "round(ndigits=2, foo=1)",
    "int.from_bytes(byteorder='big', foo=1)",
    "int.from_bytes(b'a', bytes=b'b', foo=1)",
    "int.from_bytes(b'a', foo=1)",
    "compile(foo=1)",
    "pow(foo=1)",
    "pow(base=2, foo=1)",
    "pow(2, base=2)",
    "pow(2, 3, 4, 5)",
    "max(foo=1)",
    "min(1, 2, foo=1)",
    "max(key=len, default=0, foo=1)",
    "divmod(foo=1)",
    "'x'.encode(foo=1)",
    "'x'.split(1, 2, 3)",
    "sorted(foo=1)",
    "sorted([], foo=1)",
    "(5).to_bytes(2, 'big', length=2)",
]
for src in calls:
    try:
        eval(src)
    except TypeError as e:
        print(f"{src:42} -> {e}")
    else:
        print(f"{src:42} -> no error")
