"""The report and the calendar file speak the window's language when exported from the window, and English
from the command line (app.report renders through its own `tr`, which the window swaps for its own)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app import report
from app.core.procedures import load_catalog
from app.report import build_report, render_html, render_markdown
from app.ui import i18n
from tests.ui.conftest import Harness
from tests.ui.test_translatable import marked_texts

PROC = "example-object"
# Labels of the English report; not one of them may be left in the German one ("Status" and "Region" are
# German words too).
ENGLISH_LABELS = [
    "Objector evidence report", "Generated ", "All times are in the time zone", "## Account: ", "- Platform:",
    "- Email:", "- Added to Objector:", "- Guide id:", "submitted", "- Submitted:", "- Reference:",
    "- Reply due:", "Version of the guide followed", "How the guide was checked", "Steps done:", "Notes:",
    "Step “", "Attached files:", "attached 20", "bytes", "### Timeline", "Account added", "Step done",
    "File attached", "Note saved", "from not started to submitted", "characters)",
]


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install("de")
    try:
        yield
    finally:
        i18n.install("en")


def story(window: Any) -> int:
    db = window.db
    account = db.add_account("Alpha", "facebook", "EU", email="alpha@example.org")
    db.set_tick(account.id, PROC, "open-form", True)
    db.set_status(account.id, PROC, "submitted", reference="CASE-7")
    db.set_note(account.id, "Wrote my own reason", PROC, "explain")
    db.attach_evidence_bytes(account.id, PROC, "", b"confirmation", "confirmation.png")
    return account.id


def export(window: Any, monkeypatch: pytest.MonkeyPatch, target: Path, action: str) -> str:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][-1], True))  # every account
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.findChild(type(window.undo_action), action).trigger()
    return target.read_text(encoding="utf-8")


def test_the_window_exports_the_report_in_its_language(harness: Harness, tmp_path: Path, german: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    story(window)
    german_text = export(window, monkeypatch, tmp_path / "bericht.md", "exportReport")
    english_text = render_markdown(build_report(window.db, window.catalog))  # outside the window: English
    for label in ENGLISH_LABELS:
        assert label in english_text, label  # the label is in the English report...
        assert label not in german_text, label  # ...and translated in the German one
    for label in ("# Objector-Nachweisbericht", "## Konto: Alpha", "- Plattform: facebook",
                  "- Status: eingereicht (seit ", "- Referenznummer: CASE-7", "- Antwort fällig: ",
                  "Erledigte Schritte:", "Schritt „", "Angehängte Dateien:", "confirmation.png, 12 Byte, ",
                  "### Verlauf", "Konto hinzugefügt", "von nicht begonnen zu eingereicht", "(19 Zeichen)"):
        assert label in german_text, label
    page = export(window, monkeypatch, tmp_path / "bericht.html", "exportReport")
    assert 'lang="de"' in page and "<h1>Objector-Nachweisbericht</h1>" in page
    assert "<th>Antwort fällig</th>" in page and "Reply due" not in page
    assert re.search(r"confirmation\.png, 12 Byte, SHA-256 <code>[0-9a-f]{64}</code>, angehängt am ", page)


def test_the_window_exports_the_calendar_in_its_language(harness: Harness, tmp_path: Path, german: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = harness.open()
    story(window)
    text = export(window, monkeypatch, tmp_path / "termine.ics", "exportCalendar").replace("\r\n ", "")
    assert "SUMMARY:Antwort fällig: " in text and "(Alpha)" in text
    assert "Reply due" not in text and "Submitted on" not in text
    assert "DESCRIPTION:Eingereicht am " in text


def test_the_command_line_report_stays_english_whatever_the_window_speaks(
        harness: Harness, german: None) -> None:
    window = harness.open()
    story(window)
    catalog = load_catalog([harness.procedure_dir])
    text = render_markdown(build_report(window.db, catalog)) + render_html(build_report(window.db, catalog))
    assert "# Objector evidence report" in text and "- Reply due: " in text and 'lang="en"' in text
    assert "Nachweisbericht" not in text and "Antwort" not in text


def test_english_is_the_default_with_its_plurals_and_speaking_ends_with_its_block() -> None:
    assert report.tr("%n attached file(s)", "", 1) == "1 attached file"
    assert report.tr("%n attached file(s)", "", 2) == "2 attached files"
    assert report.tr("Timeline") == "Timeline"
    seen: list[str] = []

    def fails() -> None:
        with report.speaking(lambda text, _d, _n: "X", lambda _day: "D"):
            seen.append(report.tr("Timeline"))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fails()
    assert seen == ["X"]
    assert report.tr("Timeline") == "Timeline"  # back to English, even after an error


def test_the_report_tables_are_marked_for_translation() -> None:
    _tr_texts, noop_texts = marked_texts()
    shown = [*report.STATUS_WORDS.values(), *report.ACTION_WORDS.values()]
    assert shown and not [text for text in shown if text not in noop_texts]


def test_days_times_months_and_colons_are_written_as_the_language_writes_them(
        harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen in issue 20's review: the German report still wrote "2026-11-22 10:00 UTC", "- Reply due:
    2026-12-22", English month names in how the guide was checked, and French lines without the space
    French puts before a colon."""
    window = harness.open()
    story(window)
    english_text = render_markdown(build_report(window.db, window.catalog))
    iso = re.compile(r"\b20\d\d-\d\d-\d\d\b")
    assert iso.search(english_text)  # the English report keeps its ISO days and times...
    for language, expected in (("de", ["- Status: eingereicht (seit ", " UTC)", "- Antwort fällig: "]),
                               ("fr", ["- Statut\u00a0: ", "- Plateforme\u00a0: facebook", " à "])):
        i18n.install(language)
        try:
            text = export(window, monkeypatch, tmp_path / f"report-{language}.md", "exportReport")
        finally:
            i18n.install("en")
        assert not iso.search(text), (language, iso.findall(text))  # ...the others write days their way
        for part in expected:
            assert part in text, (language, part)
        if language == "fr":
            assert not re.search(r"^- [^:\n]*\S: ", text, re.M), "a French label without its space"
