# Containers use repr() of their items, recursively, and mark
# self-references with [...] and {...}.


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f'Card({self.rank!r}, {self.suit!r})'

    def __str__(self):
        return f'{self.rank} of {self.suit}'


hand = [Card('A', 'spades'), Card(10, 'hearts')]
print(hand)
print(hand[0])
print({'hand': hand, 'best': hand[0]})
print((hand[1],), {hand[0].suit}, [[hand[0]]])
print(', '.join(str(c) for c in hand))
print(f'{hand}', str(hand), repr(hand) == str(hand))
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
print(a, d)
b = [a, d]
print(b)
nested = [hand, [hand]]
print(nested)
t = ([],)
t[0].append(t)
print(t)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f'Node({self.name}, {self.children})'


root = Node('root')
root.children.append(Node('leaf'))
root.children.append(root)
print(root)          # the list's recursion guard stops the cycle
