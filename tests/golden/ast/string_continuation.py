a = "line one \
line two"
b = """keep\
this"""
