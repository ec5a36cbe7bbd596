adder = lambda x: lambda y: x + y
sort(key=lambda item: item[1])
