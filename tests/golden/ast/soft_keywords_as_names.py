match = 1
case = 2
_ = 3
match.group(1)
match(x)
print(match, case, _)
type = 4
