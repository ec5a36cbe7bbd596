café = f() = 3
