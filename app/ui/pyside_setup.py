"""Stop PySide6 from reading the source of every module imported after it.

Once imported, PySide6 replaces Python's `__import__`. For each module imported from then on, the first
time an `import` statement names it, PySide6 reads the module's whole source file (`inspect.getsource`,
which keeps every line in `linecache`) to see whether the text says "PySide6". The answer goes into a table,
module name -> 0 ("uses PySide6, no feature selected") or -1 ("ignore this module"), which only matters to
modules that write `from __feature__ import snake_case` or `true_property` to switch PySide6's naming.
(PySide6's `shibokensupport/feature.py`, functions `feature_imported` and `_mod_uses_pyside`; the
mechanism is also described in pyzo/pyzo pull request 851, 2023.)

Objector never switches those features, and reading the sources cost start-up about 6 ms and 2 MiB (the
lines kept in `linecache`) for the 50-odd modules imported after PySide6. `skip_source_scan` fills in the
entries it can answer without reading: -1 for the standard library (none of it says "PySide6"), 0 for
Objector's own Qt modules (`app.ui`), -1 for its other modules. Other modules are still scanned as
before, and an explicit `from __feature__ import ...` still sets its module's entry. If a PySide6 version
has no such table, nothing is changed and it scans as it always did.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping, Sequence
from types import ModuleType
from typing import Any

QT_PACKAGE = __name__.rpartition(".")[0]  # "app.ui": Objector's modules that use Qt
APP_PACKAGE = QT_PACKAGE.partition(".")[0]


def feature_table() -> MutableMapping[str, int] | None:
    """PySide6's table of modules and their feature selection, or None if this PySide6 has none."""
    import importlib

    importlib.import_module("PySide6")  # sets up the import hook and its table
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, MutableMapping) else None


def entry_for(name: str) -> int | None:
    """The module's entry as PySide6 would work it out, or None where only its source can tell."""
    top = name.partition(".")[0]
    if top == APP_PACKAGE:
        return 0 if name == QT_PACKAGE or name.startswith(QT_PACKAGE + ".") else -1
    return -1 if top in sys.stdlib_module_names else None


def enter(table: MutableMapping[str, int], name: str) -> None:
    if name not in table:
        entry = entry_for(name)
        if entry is not None:
            table[name] = entry


class _EnterBeforeImport:
    """A finder that finds nothing: it only enters each module in the table before it is imported."""

    def __init__(self, table: MutableMapping[str, int]) -> None:
        self.table = table

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> Any:
        enter(self.table, fullname)
        return None


def skip_source_scan() -> bool:
    """Enter every module in PySide6's table without reading its source (True if there was a table)."""
    table = feature_table()
    if table is None:
        return False
    for name in list(sys.modules):
        enter(table, name)
    if not any(isinstance(finder, _EnterBeforeImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _EnterBeforeImport(table))
    return True
