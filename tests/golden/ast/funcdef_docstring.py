def f():
    """Return nothing.

    Really.
    """
    return None
