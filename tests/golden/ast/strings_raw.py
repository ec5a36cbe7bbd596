a = r"\d+"
b = R"\n"
c = r'\''
d = rb"\x00"
e = Br"\t"
