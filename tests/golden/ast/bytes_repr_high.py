a = b"\x80\x90\xa0\xff"
b = b"\\"
c = b"'\""
