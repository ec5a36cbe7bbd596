@d1
@d2(
    x,
)
class K(
    Base,
):
    pass
