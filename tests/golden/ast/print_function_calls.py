print("a", "b", sep=", ", end="\n")
print(*range(3), file=sys.stderr, flush=True)
