# Nesting deeper than 10 groups is cut short.
eg = ValueError("bottom")
for level in range(13):
    eg = ExceptionGroup("level %d" % level, [eg, KeyError(level)])
raise eg
