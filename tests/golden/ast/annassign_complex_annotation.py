mapping: dict[str, list[int]] = {}
callback: "Callable[[int], None]"
