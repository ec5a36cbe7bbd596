TOKENS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH"}


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif ch in TOKENS:
            yield (TOKENS[ch], ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
