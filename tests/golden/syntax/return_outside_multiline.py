# A compiler error on a statement spanning lines: the carets run to the
# end of its first line, newline counted, as CPython prints them.
return (1 +
   2)
