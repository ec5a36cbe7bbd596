a = "\d+\s*"
b = "\q"
c = b"\d\N"
