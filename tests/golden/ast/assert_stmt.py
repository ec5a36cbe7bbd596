assert x
assert x > 0, "x must be positive"
assert isinstance(y, int), f"bad {y!r}"
