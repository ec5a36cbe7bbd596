(a).b
(a)(b)
(a)[b]
((a)) + ((b))
x = (1)
(yield_)
