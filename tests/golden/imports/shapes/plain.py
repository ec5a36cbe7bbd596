import math
public_number = 42


def public_function():
    return 'public'


def _hidden_function():
    return 'hidden'


_hidden_value = 'hidden'
