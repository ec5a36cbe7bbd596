# sys.stderr writes what UTF-8 cannot encode (lone surrogates, as undecodable
# bytes of a path become) as backslash escapes, tracebacks included.
import sys

print(sys.stderr.errors, sys.stderr.encoding)
print("a\udcffb \ud800", file=sys.stderr)
sys.stderr.write("x\udc80y\n")
raise ValueError("bad byte \udcfe in a name")
