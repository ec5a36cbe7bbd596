x = (
    "abc"
    f"{d}"
    "ef"
)
