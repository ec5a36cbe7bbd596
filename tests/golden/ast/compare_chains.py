x = a < b
y = a < b <= c
z = 0 <= i < n == m != k > j >= h
