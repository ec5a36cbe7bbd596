# Object creation and destruction churn: __init__ with a few attributes,
# freed by reference counting.
class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


total = 0
for i in range(1_000_000):
    n = Node(i, None, None)
    m = Node(i + 1, n, None)
    total += m.left.value + m.value
print(total)
