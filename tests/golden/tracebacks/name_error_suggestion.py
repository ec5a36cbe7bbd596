# A misspelled variable: the last line suggests the close name.
count = 0
for word in 'a b c'.split():
    count += 1
print(count)
print(conut)
