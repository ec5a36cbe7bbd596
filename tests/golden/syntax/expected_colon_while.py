while running
    step()
