# A small menu-driven state machine driven by a list of commands.
commands = ['add milk', 'add eggs', 'list', 'remove bread', 'remove milk', 'list', 'clear', 'list', 'quit', 'add late']
cart = []
for line in commands:
    cmd, _, arg = line.partition(' ')
    if cmd == 'quit':
        print('bye')
        break
    elif cmd == 'add':
        cart.append(arg)
        print('added', arg)
    elif cmd == 'remove':
        if arg in cart:
            cart.remove(arg)
            print('removed', arg)
        else:
            print('no', arg, 'in cart')
    elif cmd == 'list':
        if cart:
            for i, item in enumerate(cart, 1):
                print(f'  {i}. {item}')
        else:
            print('  (empty)')
    elif cmd == 'clear':
        cart.clear()
    else:
        print('unknown command', cmd)
print('final cart', cart)
