d = {k: v for k, v in pairs}
inv = {v: k for k, v in d.items() if v}
