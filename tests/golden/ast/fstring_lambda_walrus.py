s = f"{(lambda x: x)(1)}"
t = f"{(y := 10)}"
u = f"{x:=5}"
