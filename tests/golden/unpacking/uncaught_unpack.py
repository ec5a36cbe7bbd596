# Unpacking a record with a missing field, uncaught.
records = ['ann,31,Paris', 'bob,25,Oslo', 'cy,40']
for record in records:
    name, age, city = record.split(',')
    print(name, age, city)
