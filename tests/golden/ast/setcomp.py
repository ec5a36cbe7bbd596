s = {c.lower() for c in text if c.isalpha()}
