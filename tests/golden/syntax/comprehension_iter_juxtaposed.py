r = [x for x in rest  x >= pivot]
