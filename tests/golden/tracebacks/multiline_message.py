# A message with newlines: only its last line is the last line of stderr.
problems = ['missing name', 'age must be positive']
print(len(problems), 'problems')
raise ValueError('validation failed:\n  ' + '\n  '.join(problems))
