from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list[str] = field(default_factory=list)
    parent: Optional["Task"] = None

    def describe(self) -> str:
        extra = ", ".join(self.tags) or "none"
        return f"{self.name} (p={self.priority}, tags={extra})"
