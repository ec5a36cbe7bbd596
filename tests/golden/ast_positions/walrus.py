if (n := len(a)) > 10:
    print(n)
while (line := f.readline()):
    pass
print(x := 5)
[y := 1, 2]
