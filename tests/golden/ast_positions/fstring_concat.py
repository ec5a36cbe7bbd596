s = "a" f"{b}" "c"
t = f"{x}" f"{y}"
u = f"" ""
v = "plain" f"only literal"
