"""A problem found in a file, with where it is: shared by the YAML reader, the validator and the catalog."""

from __future__ import annotations

from pathlib import Path

from app.core.records import record


@record(frozen=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column (0 when the file has no position)."""

    path: Path
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"
