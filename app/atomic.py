"""Write a file so that it is either complete or not there: a temporary file, flushed, then renamed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, data: bytes | Callable[[BinaryIO], object], mode: int = 0o600) -> None:
    """Replace `target` with `data` (bytes, or a function that writes to the open file); raises OSError
    (disk full, read-only folder) leaving `target` as it was."""
    partial = target.with_name(f".{target.name}.{os.urandom(8).hex()}.part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                data(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents, each readable by the owner only (mkdir's own `mode`
    applies to the last folder alone)."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass
