"""What every part of the window shares: the store, the procedure library, the settings, where files live and
the day. Each part reads these from here, so that a library reloaded (or, in a test, a store swapped) is
seen by all of them at once; nobody keeps a copy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings

from app import paths
from app.core.procedures import Catalog
from app.storage.database import Database


class WindowContext:
    """The shared values; only the window replaces `catalog`, when the library watcher says it reloaded."""

    def __init__(self, db: Database, catalog: Catalog, settings: QSettings, locations: paths.Locations,
                 today: dt.date | None = None) -> None:
        self.db = db
        self.catalog = catalog
        self.settings = settings
        self.locations = locations
        self.fixed_today = today  # tests fix the day; None means the calendar's

    @property
    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()
