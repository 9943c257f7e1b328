"""Errors in a scenario file, each pointing at its place: `FILE:LINE:COL: what was expected`."""

from __future__ import annotations

import attrs


@attrs.frozen(slots=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    col: int | None = None
    event: str | None = None

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}:{self.col or 1}"
        who = f"event {self.event}: " if self.event else ""
        return f"{place}: {who}{self.message}"


class ScenarioError(Exception):
    """A scenario file cannot be read as a scenario. Holds every problem found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.col or 0))
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def one(cls, file: str, message: str, line: int | None = None, col: int | None = None, event: str | None = None) -> "ScenarioError":
        return cls([Problem(file, message, line, col, event)])
