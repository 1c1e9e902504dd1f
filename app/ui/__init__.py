"""The window and everything else that uses Qt.

Importing this package first spares start-up a cost PySide6 adds to every later import: see `pyside_setup`.
"""

from app.ui.pyside_setup import skip_source_scan

skip_source_scan()
