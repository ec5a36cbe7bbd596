# break, continue and return cannot leave an except* clause.
sources = {
    "break": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        if x: continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1 + x\n",
    "return const": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 5\n",
    "bare return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "return in loop": "def f():\n    try:\n        pass\n    except* ValueError:\n        for a in b:\n            return a\n",
    "return in finally": "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n",
    "loop inside is fine": "try:\n    pass\nexcept* ValueError:\n    for a in b:\n        break\n    while a:\n        continue\n",
    "def inside is fine": "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
    "else may return": "def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n    else:\n        return 1\n",
    "body may return": "def f():\n    try:\n        return 1\n    except* ValueError:\n        pass\n",
    "mixed except": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "bare except*": "try:\n    pass\nexcept*:\n    pass\n",
}
for label, source in sources.items():
    try:
        compile(source, "<" + label + ">", "exec")
    except SyntaxError as e:
        print(f"{label}: {e.msg} (line {e.lineno}, offset {e.offset}-{e.end_offset})")
    else:
        print(f"{label}: compiles")
