def g() -> for: pass
