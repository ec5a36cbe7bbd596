squares = [x * x for x in range(10)]
evens = [x for x in nums if x % 2 == 0]
