"""Render the README's screenshots of the window in each language: `python docs/screenshots/render.py`
(with a display, or QT_QPA_PLATFORM=offscreen). The story is the README's: a German artist's Facebook with
the Meta objection half done, the step with the letter to copy selected. Writes main-<lang>.png here; the
data lives in a temporary folder, never the user's."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402 (after the path)
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import paths  # noqa: E402
from app.core.procedures import load_catalog  # noqa: E402
from app.storage.database import Database  # noqa: E402
from app.ui import i18n  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

FB = "meta-facebook-object-privacy-center"
LABELS = {"en": ("My Facebook", "My art Instagram", "My Instagram"),
          "de": ("Mein Facebook", "Meine Kunst auf Instagram", "Mein Instagram"),
          "fr": ("Mon Facebook", "Mon Instagram d'art", "Mon Instagram"),
          "es": ("Mi Facebook", "Mi Instagram de arte", "Mi Instagram"),
          "it": ("Il mio Facebook", "Il mio Instagram d'arte", "Il mio Instagram"),
          "nl": ("Mijn Facebook", "Mijn kunst-Instagram", "Mijn Instagram"),
          "pl": ("Mój Facebook", "Mój artystyczny Instagram", "Mój Instagram")}


def render(language: str, target: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    i18n.install(language)
    with tempfile.TemporaryDirectory() as scratch:
        locations = paths.Locations(Path(scratch))
        db = Database(locations.database_path)
        catalog = load_catalog([paths.bundled_procedures_dir()]).localized(language)
        settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
        window = MainWindow(db, catalog, settings, locations, today=dt.date(2026, 12, 2))
        window.resize(1280, 800)
        first, art, personal = LABELS[language]
        account = db.add_account(first, "facebook", "EU", email="kim@example.org", full_name="Kim Berger",
                                 country="Deutschland", group_name="Kim")
        db.add_account(art, "instagram", "EU", group_name="Kim")
        db.add_account(personal, "instagram", "EU", group_name="Kim")
        for step in ("open-menu", "open-privacy-center", "open-ai-topic"):
            db.set_tick(account.id, FB, step, True)
        window.reload_accounts(select_id=account.id)
        window.show()
        source = window.checklist_model.index_for(FB, "add-reason")
        index = window.filter.mapFromSource(source)
        window.tree.setExpanded(index.parent(), True)
        window.tree.setCurrentIndex(index)
        from PySide6.QtTest import QTest

        QTest.qWait(300)  # the details pane lays its parts out once they are shown
        window.grab().save(str(target))
        window.close()
        db.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Objector")
    for language in ("de", "fr", "es", "it", "nl", "pl"):
        render(language, HERE / f"main-{language}.png")
        print(HERE / f"main-{language}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
