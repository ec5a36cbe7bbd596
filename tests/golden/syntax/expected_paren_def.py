def name x:
    pass
