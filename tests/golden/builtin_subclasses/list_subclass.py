# Subclassing list: base methods work, overridden methods are used by
# direct calls, and most operations return plain lists.


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError('peek from empty stack')
        return self[-1]

    @property
    def top(self):
        return self.peek()


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.top, s.pop(), s)
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), repr(s))
print(type(s + [9]).__name__, type(s[:1]).__name__, type(s * 2).__name__, type(s.copy()).__name__)
s += [7]
print(type(s).__name__, s)
print(s == [1, 2, 7], [1, 2, 7] == s, sorted(Stack([3, 1, 2])))
try:
    Stack().peek()
except IndexError as e:
    print(type(e).__name__, e)


class LoggedList(list):
    def append(self, item):
        print('  append', item)
        super().append(item)

    def __setitem__(self, index, value):
        print('  __setitem__', index, value)
        super().__setitem__(index, value)


ll = LoggedList()
ll.append(1)
ll.append(2)
ll[0] = 10
ll.extend([3, 4])             # extend does not call the overridden append
ll.insert(0, 0)
print(ll)
ll2 = LoggedList([5, 6])      # neither does the constructor
print(ll2, hasattr(ll2, '__dict__'))
ll2.note = 'subclass instances have a __dict__'
print(ll2.note)
