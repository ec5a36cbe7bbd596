# An error inside an except block: "During handling of the above exception..."
def parse_port(text):
    try:
        return int(text)
    except ValueError:
        print('falling back to the default for', repr(text))
        return DEFAULT_PORT
print(parse_port('8080'))
print(parse_port('http'))
