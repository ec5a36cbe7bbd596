"""Module docstring."""

class A:
    """Class doc."""

    def m(self):
        """Method doc."""
