s = f"{f'{x}'}"
t = f"result: {f'{a!r}' + 'b'}"
