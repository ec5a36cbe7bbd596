# Using lists as stacks and simple queues: a bracket checker and a BFS.
def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in text:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for t in ['(a[b]{c})', '([)]', '((', '', 'x)']:
    print(repr(t), balanced(t))
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
print(bfs('A', 'F'), bfs('E', 'A'))
history = []
for action in ['open', 'edit', 'save', 'undo', 'undo', 'close']:
    if action == 'undo':
        print('undo', history.pop())
    else:
        history.append(action)
print(history)
