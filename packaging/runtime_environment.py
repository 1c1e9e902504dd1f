"""PyInstaller runtime hook: programs Objector starts get the environment the user started it with.

On Linux the bundle's loader puts the bundle's folder first in LD_LIBRARY_PATH, so that Objector finds its
own libraries; this process has read it by now. A program Objector starts (the browser that opens a link,
the desktop's dialog tool of app/display_check.py) must not load the bundle's libraries instead of its own,
so the variable is put back as it was (PyInstaller keeps the user's value in LD_LIBRARY_PATH_ORIG)."""

import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is not None:
    os.environ["LD_LIBRARY_PATH"] = _original
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
