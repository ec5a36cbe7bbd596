# When an instance dies, its __del__ runs first, then its attributes are
# released in the order they were set.


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


root = Node('root')
root.left = Node('left')
root.right = Node('right')
root.extra = Node('extra')
print('del root')
del root

owner = Node('owner')
owner.b = Node('b')
owner.a = Node('a')
owner.b = Node('b2')        # replaces b: the old b dies now
print('del owner')
del owner

# A chain: each __del__ runs before the next link is released.
head = Node('n0')
cur = head
for i in range(1, 4):
    cur.next = Node(f'n{i}')
    cur = cur.next
del cur
print('del head')
del head
print('end')
