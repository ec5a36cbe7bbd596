data = (b"\x00\x01"
        b"\x02"
        rb"\x03")
