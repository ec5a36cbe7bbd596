x = a and b.y = a or b or c
