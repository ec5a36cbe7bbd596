x = 1elsey = 2
