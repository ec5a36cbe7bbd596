a = "\x00\x1f\x7f"
b = "\u0085\u00ad"
c = "\ufeff"
d = "\U000e0001"
