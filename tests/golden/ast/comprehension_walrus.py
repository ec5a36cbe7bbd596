ys = [y for x in data if (y := f(x)) is not None]
