# Known difference (front end): nesting limits.
# minipy refuses an AST deeper than 2990 levels with
#   RecursionError: maximum recursion depth exceeded during compilation
# (as CPython's compiler does at about the same depth) and a parser stack
# beyond about 37,000 pending constructs with MemoryError (CPython's parser
# gives MemoryError from 6,000 levels of its own recursion, which a deep
# bracket nest reaches sooner: 199 brackets around 1,000 unary minus signs
# are a MemoryError in CPython and parse in minipy).
x = -(-(-(-(-(-(-(-(-(-1)))))))))
