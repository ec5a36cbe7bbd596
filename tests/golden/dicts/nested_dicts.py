# Nested dict structures like parsed JSON.
catalog = {
    'books': [
        {'title': 'SICP', 'authors': ['Abelson', 'Sussman'], 'year': 1985, 'tags': {'lisp': 1}},
        {'title': 'TAOCP', 'authors': ['Knuth'], 'year': 1968, 'tags': {}},
    ],
    'meta': {'count': 2, 'source': {'name': 'library', 'open': True}},
}
print(catalog['meta']['source']['name'], catalog['books'][0]['authors'][-1])
for book in catalog['books']:
    authors = ' & '.join(book['authors'])
    print(f"{book['title']} ({book['year']}) by {authors}; tags={list(book['tags'])}")
catalog['books'][1]['tags']['algorithms'] = 5
catalog['meta']['count'] += 1
print(catalog['books'][1], catalog['meta'])
def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0
print(depth(catalog), depth({}), depth([]))
def get_path(obj, path, default=None):
    for part in path.split('.'):
        if isinstance(obj, dict) and part in obj:
            obj = obj[part]
        elif isinstance(obj, list) and part.isdigit() and int(part) < len(obj):
            obj = obj[int(part)]
        else:
            return default
    return obj
print(get_path(catalog, 'meta.source.open'), get_path(catalog, 'books.1.title'), get_path(catalog, 'x.y', '-'))
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
