s = f"{{literal}}"
t = f"{{{x}}}"
u = f"}}{{"
