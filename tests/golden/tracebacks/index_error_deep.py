# IndexError in a recursive helper, uncaught.
def nth_child(tree, path):
    if not path:
        return tree
    return nth_child(tree[1][path[0]], path[1:])
tree = ('root', [('a', []), ('b', [('b1', [])])])
print(nth_child(tree, [1, 0])[0])
print(nth_child(tree, [1, 3]))
