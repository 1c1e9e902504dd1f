"""Issue 20, her story in German: the window speaks German; the Meta objection guide is in German, and the
letter she copies is in German citing the DSGVO; her UK friend's account writes its letters in English;
a guide nobody translated says so in the checklist; when the English text of a step changes later, the
step says its translation is older and shows the English below it. Through real widgets."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.procedures import load_catalog
from app.storage.database import Database
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.models import tr
from tests.conftest import REPO
from tests.ui.conftest import TODAY, step_index

FB = "meta-facebook-object-privacy-center"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The bundled Meta and regulator guides with their translations, and one guide with none."""
    folder = tmp_path / "procedures"
    for provider in ("meta", "regulators", "linkedin"):
        shutil.copytree(REPO / "procedures" / provider, folder / provider)
    return folder


@pytest.fixture
def german() -> Iterator[None]:
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")


def open_window(qtbot: Any, tmp_path: Path, library: Path) -> tuple[MainWindow, Database]:
    locations = paths.Locations(tmp_path / "data")
    db = Database(locations.database_path)
    catalog = load_catalog([library]).localized(i18n.current_language())
    settings = QSettings(str(locations.settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, catalog, settings, locations, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window, db


def test_her_window_guides_and_letters_in_german(qtbot: Any, tmp_path: Path, library: Path,
                                                  german: None) -> None:
    window, db = open_window(qtbot, tmp_path, library)
    try:
        # The window itself is German (its menus come from the German translation).
        assert window.menuBar().actions()[0].text() == "&Datei"
        account = db.add_account("Mein Facebook", "facebook", "EU", email="kim@example.org",
                                 full_name="Kim Berger", country="Deutschland")
        window.reload_accounts(select_id=account.id)

        # The objection guide is in German, in the checklist and the details.
        german_title = window.catalog.get(FB).title
        english_title = window.catalog.english(FB).title
        assert german_title != english_title and german_title.startswith("Widerspruch")
        titles = [str(window.filter.index(row, 0).data()) for row in range(window.filter.rowCount())]
        assert german_title in titles, titles
        window.tree.setCurrentIndex(step_index(window, FB, "open-menu"))
        assert "Einstellungen und Privatsphäre" in window.details.browser.toPlainText()

        # The letter she copies is German and cites the DSGVO, with her details filled in.
        window.tree.setCurrentIndex(step_index(window, FB, "add-reason"))
        letter = window.details.template_view.toPlainText()
        assert "Ich widerspreche gemäß Art. 21 Abs. 1 DSGVO" in letter and "Kim Berger" in letter
        window.details.copy_button.click()
        assert QApplication.clipboard().text() == letter

        # A UK account whose letters are in English: the same step gives the English letter, UK GDPR.
        friend = db.add_account("Alex", "facebook", "UK", full_name="Alex Smith", letters_language="en")
        window.reload_accounts(select_id=friend.id)
        window.tree.setCurrentIndex(step_index(window, FB, "add-reason"))
        english_letter = window.details.template_view.toPlainText()
        assert "I object under Article 21(1) of the UK GDPR" in english_letter
        assert "Alex Smith" in english_letter

        # A guide no one translated into German says so, on its row.
        linkedin = db.add_account("Mein LinkedIn", "linkedin", "EU")
        window.reload_accounts(select_id=linkedin.id)
        rows = [str(window.filter.index(row, 0).data()) for row in range(window.filter.rowCount())]
        shown = [entry.procedure for entry in window.checklist_model.entries()]
        linkedin_guides = [p for p in shown if p.provider == "linkedin"]
        assert linkedin_guides and all(tr("{title} (in English)").format(title=p.title) in rows
                                       for p in linkedin_guides)
        # The regulator guides offered to it are translated: their rows have no such mark.
        complaint = window.catalog.get("regulators-eu-dpa-complaint")
        assert complaint is not None and complaint.title in rows
    finally:
        window.close()
        db.close()


def test_a_step_whose_english_changed_shows_it_below_the_translation(qtbot: Any, tmp_path: Path,
                                                                       library: Path, german: None) -> None:
    english = library / "meta" / f"{FB}.yaml"
    text = english.read_text(encoding="utf-8")
    changed = text.replace("then choose **Settings & privacy**.",
                           "then choose **Settings & privacy**. Newer versions show a gear icon instead.", 1)
    assert changed != text
    english.write_text(changed, encoding="utf-8")
    window, db = open_window(qtbot, tmp_path, library)
    try:
        account = db.add_account("Mein Facebook", "facebook", "EU")
        window.reload_accounts(select_id=account.id)
        state = window.catalog.translation_status(FB)
        assert state is not None and state.outdated_steps == frozenset({"open-menu"})
        window.tree.setCurrentIndex(step_index(window, FB, "open-menu"))
        shown = window.details.browser.toPlainText()
        assert "Einstellungen und Privatsphäre" in shown  # the translation first
        assert "Newer versions show a gear icon instead." in shown  # then the newer English
        window.tree.setCurrentIndex(step_index(window, FB, "open-privacy-center"))
        assert "Newer versions" not in window.details.browser.toPlainText()  # only that step
    finally:
        window.close()
        db.close()
