s = """a "quoted" word"""
t = '''it's'''
u = """ends with quote\""""
