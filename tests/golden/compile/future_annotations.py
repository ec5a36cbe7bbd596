# from __future__ import annotations keeps annotations as strings.
from __future__ import annotations
import __future__

def f(x: list[int], y: "str" = 1) -> dict[str, int | None]:
    return {}

print(f.__annotations__)
class C:
    a: int
    b: C | None = None
print(C.__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(__future__.division.compiler_flag, __future__.annotations.compiler_flag)
print(annotations)
