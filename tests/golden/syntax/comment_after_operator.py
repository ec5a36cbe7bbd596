y = 2**    # comment
