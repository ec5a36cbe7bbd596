# Looking up a missing key without a default, uncaught.
phone_book = {'alice': '555-1234', 'bob': '555-9876'}
for name in ['alice', 'bob']:
    print(name, phone_book[name])
print(phone_book.get('carol', 'unknown'))
print(phone_book['carol'])
