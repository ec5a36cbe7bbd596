x = (ca b)
