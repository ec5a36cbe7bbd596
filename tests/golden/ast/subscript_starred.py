a[*b]
a[*b, c]
a[1, *rest]
