m = {k: {i: j for i, j in v} for k, v in d.items()}
