s = f'{"inner"}'
t = f"{'x'!r}"
u = f'''{"""q"""}'''
