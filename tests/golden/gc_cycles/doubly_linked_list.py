# A doubly linked list is full of reference cycles (prev <-> next); after
# the list goes away only the collector frees the nodes.
import gc

gc.collect()
freed = []


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None

    def __del__(self):
        freed.append(self.value)


class DoublyLinkedList:
    def __init__(self, values=()):
        self.head = self.tail = None
        self.size = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def reversed(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev


dll = DoublyLinkedList('abcde')
print(list(dll), list(dll.reversed()), dll.size)
del dll
print('freed by reference counting:', freed)
print('collect ->', gc.collect())
print('freed by the collector:', sorted(freed))

freed.clear()
single = DoublyLinkedList('x')
del single
print('one node has no cycle:', freed, gc.collect())
