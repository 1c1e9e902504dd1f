"""Write a file so that it is either complete or not there: a temporary file, flushed, then renamed."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class NotRegularTarget(OSError):
    """The file to write is a link, a device, a pipe or a folder: writing there would replace or feed it."""

    def __init__(self, target: Path) -> None:
        super().__init__(errno.EEXIST, "it exists and is not a regular file (a link, a device, a pipe or a "
                         "folder); choose another name", str(target))


def refuse_irregular_target(target: Path) -> None:
    """Raise NotRegularTarget unless `target` is missing or a regular file (not followed if a link)."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularTarget(target)


def create_exclusive(folder: Path, name: str, mode: int = 0o600) -> tuple[int, Path]:
    """A new file of a random name beside `name` in `folder`, created here and now (never a link or a file
    someone put there first): its descriptor, open for writing, and its path."""
    path = folder / f".{name}.{os.urandom(8).hex()}.part"
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode), path


def write_atomically(target: Path, data: bytes | Callable[[BinaryIO], object], mode: int = 0o600) -> None:
    """Replace `target` with `data` (bytes, or a function that writes to the open file); raises OSError
    (disk full, read-only folder, a target that is a link or a device) leaving `target` as it was."""
    refuse_irregular_target(target)
    partial = target.with_name(f".{target.name}.{os.urandom(8).hex()}.part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
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
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
