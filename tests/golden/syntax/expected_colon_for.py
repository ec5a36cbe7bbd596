for item in items
    use(item)
