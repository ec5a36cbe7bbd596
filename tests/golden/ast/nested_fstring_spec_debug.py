s = f"{value!r:^{width}}|{other=:08.3f}"
