# raise ... from None hides the original exception.
def to_number(text):
    try:
        return float(text)
    except ValueError:
        raise TypeError(f'not a number: {text!r}') from None
print(to_number('2.5'))
to_number('abc')
