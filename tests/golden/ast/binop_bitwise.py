x = a | b ^ c & d << 2 >> 1
y = ~a & mask
