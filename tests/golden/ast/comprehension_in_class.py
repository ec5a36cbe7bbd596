class A:
    vals = [i for i in range(3)]
