class C:
    a = 1
    if a:
        b = 2
    for i in range(3):
        pass
    def m(self): return self.a
