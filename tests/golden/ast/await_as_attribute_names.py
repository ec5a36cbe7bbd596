obj.match = 1
obj.case
print(obj.type)
