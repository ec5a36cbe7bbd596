a = u"x" f"{y}"
