# A list index past the end, uncaught.
scores = [88, 92, 79]
total = 0
for i in range(len(scores)):
    total += scores[i]
print('average', total / len(scores))
print('fourth', scores[3])
