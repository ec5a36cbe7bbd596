s = f"""
name: {name}
value: {
    value
}
"""
