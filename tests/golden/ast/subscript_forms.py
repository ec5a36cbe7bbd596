x = a[0]
y = a[i][j]
z = a[-1]
w = d["key"]
