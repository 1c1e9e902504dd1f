"""The shape the code keeps (issue 17): no module in app/ over 600 lines and no class over 400, so that the
window never grows back into one class that owns everything."""

from __future__ import annotations

import ast

from tests.conftest import REPO

MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 400


def test_no_module_over_600_lines_and_no_class_over_400() -> None:
    too_long: list[str] = []
    for path in sorted((REPO / "app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(REPO).as_posix()
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > MAX_CLASS_LINES:
                    too_long.append(f"{name}: class {node.name}, {length} lines")
    assert too_long == []

