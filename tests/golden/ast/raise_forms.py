raise
raise ValueError
raise ValueError("bad")
raise RuntimeError from exc
raise Error() from None
