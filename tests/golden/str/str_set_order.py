# The iteration order of sets and dicts keyed by strings follows the str
# hash; with PYTHONHASHSEED=0 it is fixed and equals CPython 3.11's.
words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'kiwi', 'lemon',
         'mango', 'nectarine', 'orange', 'papaya', 'quince', 'raspberry', 'strawberry']
print(set(words))
print(set('abracadabra'))
print({'中文', 'héllo', 'ß', '😀', 'plain', ''})
print(frozenset(['x', 'y', 'z']))
print(set(w.upper() for w in words[:8]))
for w in ['', 'a', 'abc', 'héllo', '中文', '😀', 'a' * 100]:
    print(repr(w), hash(w))
print(hash(b'abc') == hash('abc'), hash(b''), hash(b'\xff\x00'))
