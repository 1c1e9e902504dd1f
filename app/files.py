"""Reading a file the user named (a procedure, a backup, evidence, a Markdown checklist): only a regular
file, and never more than a bound.

A FIFO named `*.yaml` hangs whoever opens it for reading until a writer comes, and `/dev/zero` (or a link to
it) never ends: a size check that comes after reading is too late. These functions open without blocking,
look at what was opened (not at the name, which can change in between) and read at most the bound. No Qt."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class NotRegularFile(OSError):
    """The path is a folder, a device, a pipe or a socket: nothing Objector reads."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", str(path))
        self.kind = kind


class FileTooLarge(OSError):
    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"it is larger than {limit:,} bytes", str(path))
        self.limit = limit


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


@contextmanager
def open_regular(path: Path, follow_links: bool = True) -> Iterator[tuple[BinaryIO, int]]:
    """Open `path` for reading if it is a regular file: the open file and its size. With `follow_links`
    False, a link is refused too (NotRegularFile, kind "a link")."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if not follow_links and error.errno == errno.ELOOP:
            raise NotRegularFile(Path(path), "a link") from error
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(Path(path), _kind(info.st_mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle, info.st_size


def read_regular(path: Path, limit: int, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path`, refusing one over `limit` bytes (also if it grows)."""
    with open_regular(path, follow_links) as (handle, size):
        if size > limit:
            raise FileTooLarge(Path(path), limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(Path(path), limit)
    return data
