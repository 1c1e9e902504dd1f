"""Issue 19 in the details pane, through the real window: the guide's most important thing first, the
caveats ("More to know"), the reviewers' notes ("Where sources disagree") and the provider's news ("What is
happening") folded, how it was checked in plain words with its note, and the account's region picking the
date that matters and the region's notes. Also the evidence report's words for the same guide."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from app.core.procedures import load_catalog
from app.report import build_report, render_html, render_markdown
from app.storage.database import Database
from app.ui.locale_text import day_text
from app.ui.procedure_text import shown_day, shown_month
from tests.conftest import FIXTURES
from tests.ui.conftest import Harness, step_index

PROC = "example-object"
IMPORTANT = "Object before 27 May 2025 to keep your older posts out of training."
SUMMARY = "Send the example platform an objection through its privacy form."
CAVEAT = "The platform reviews each objection"
DISAGREEMENT = "One guide gives 26 May as the last day"
NOTE = "Read as stored copies of the pages; nothing newer than April 2025 was found."
UK_NOTE = "In the UK, complain to the ICO, not to the Irish regulator."
NEWS_ITEM = "A court refused an urgent ban on the training."
PROPOSAL = "A new law would allow the training; it is not in force."
NEWS = f"""schema_version: 1
provider: meta
updated: 2026-11-20
summary: Courts have not stopped the training.
items:
  - date: 2025-05-23
    text: {NEWS_ITEM}
    sources:
      - {{url: https://example.org/ruling, title: The ruling, publisher: Court News, accessed: 2026-11-20}}
proposed:
  - since: 2025-11-19
    text: {PROPOSAL}
    sources:
      - {{url: https://example.org/law, title: The proposal, accessed: 2026-11-20}}
"""
DEADLINES = """deadline:
  - regions: [EU, EEA]
    date: 2025-05-27
    description: EU training starts.
  - regions: [UK]
    date: 2024-09-13
    description: UK training was announced.
"""


def guide_text() -> str:
    text = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
    head, rest = text.split("deadline:\n", 1)
    text = head + DEADLINES + "caveats:\n" + rest.split("caveats:\n", 1)[1]
    text = text.replace("provider: example", "provider: meta")
    text = text.replace("  how: official-pages\n  on: 2025-05-21\n",
                        f"  how: secondary\n  on: 2026-11-20\n  note: {NOTE}\n")
    return text.replace("reply_period:", f"region_notes:\n  UK: {UK_NOTE}\nreply_period:")


@pytest.fixture
def procedure_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "procedures" / "meta"
    folder.mkdir(parents=True)
    (folder / f"{PROC}.yaml").write_text(guide_text(), encoding="utf-8")
    (folder / "news.yaml").write_text(NEWS, encoding="utf-8")
    return tmp_path / "procedures"


def open_guide(qtbot: Any, harness: Harness, region: str) -> Any:
    window = harness.open()
    assert window.context.catalog.problems == []
    account = window.db.add_account(f"Facebook in {region}", "facebook", region)
    window.reload_accounts(select_id=account.id)
    qtbot.waitUntil(lambda: window.filter.rowCount() > 0)
    window.tree.setCurrentIndex(step_index(window, PROC, "open-form").parent())
    browser = window.details.browser
    qtbot.waitUntil(lambda: browser.isVisible() and "Object to an example platform" in browser.toPlainText())
    return window


def test_the_most_important_thing_comes_first_and_the_rest_is_folded(qtbot: Any, harness: Harness) -> None:
    window = open_guide(qtbot, harness, "EU")
    shown = window.details.browser.toPlainText()
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines[0] == "Object to an example platform training AI on your posts"
    assert lines[1] == f"Most important: {IMPORTANT}"
    assert shown.index(IMPORTANT) < shown.index(SUMMARY)
    for folded in (CAVEAT, DISAGREEMENT, NEWS_ITEM, PROPOSAL):
        assert folded not in shown
    assert "More to know (1)" in shown and "Where sources disagree, for reviewers (1)" in shown
    assert f"What is happening (updated {shown_day(dt.date(2026, 11, 20))})" in shown


def test_a_reviewer_opens_the_folded_sections(qtbot: Any, harness: Harness) -> None:
    window = open_guide(qtbot, harness, "EU")
    browser = window.details.browser
    browser.anchorClicked.emit(QUrl("#open:disagreements"))
    shown = browser.toPlainText()
    assert DISAGREEMENT in shown and CAVEAT not in shown
    browser.anchorClicked.emit(QUrl("#open:caveats"))
    assert CAVEAT in browser.toPlainText()
    browser.anchorClicked.emit(QUrl("#open:news"))
    shown = browser.toPlainText()
    assert NEWS_ITEM in shown and "Courts have not stopped the training." in shown
    assert "Proposed, not in force:" in shown and PROPOSAL in shown
    assert shown.index(NEWS_ITEM) < shown.index(PROPOSAL)
    assert f"{shown_day(dt.date(2025, 5, 23))}: {NEWS_ITEM}" in shown
    browser.anchorClicked.emit(QUrl("#close:news"))
    assert NEWS_ITEM not in browser.toPlainText() and CAVEAT in browser.toPlainText()


def test_the_guide_says_how_it_was_checked_with_its_note(qtbot: Any, harness: Harness) -> None:
    window = open_guide(qtbot, harness, "EU")
    shown = window.details.browser.toPlainText()
    sentence = (f"Compiled from news reports and guides published up to {shown_month(dt.date(2025, 4, 15))}; "
                f"not checked in the app (checked {shown_day(dt.date(2026, 11, 20))}). {NOTE}")
    assert sentence in shown
    assert shown.index(sentence) > shown.index("More to know")  # after the guide's own words
    assert "Last reviewed" not in shown and "may be out of date" not in shown


@pytest.mark.parametrize(("region", "date", "other"), [("EU", dt.date(2025, 5, 27), dt.date(2024, 9, 13)),
                                                       ("EEA", dt.date(2025, 5, 27), dt.date(2024, 9, 13)),
                                                       ("UK", dt.date(2024, 9, 13), dt.date(2025, 5, 27))])
def test_the_account_s_region_picks_the_date_and_the_notes(qtbot: Any, harness: Harness, region: str,
                                                           date: dt.date, other: dt.date) -> None:
    window = open_guide(qtbot, harness, region)
    shown = window.details.browser.toPlainText()
    assert f"Date that matters: {shown_day(date)}" in shown
    assert f"Date that matters: {shown_day(other)}" not in shown
    assert (f"For your region (UK): {UK_NOTE}" in shown) == (region == "UK")
    banner = window.details.banner.text()
    assert day_text(date) in banner and day_text(other) not in banner  # the countdown's date too


def test_the_step_banner_uses_the_region_s_date(qtbot: Any, harness: Harness) -> None:
    window = open_guide(qtbot, harness, "UK")
    window.tree.setCurrentIndex(step_index(window, PROC, "explain"))
    qtbot.waitUntil(lambda: "Explain how the processing" in window.details.browser.toPlainText())
    assert "13 Sep 2024" in window.details.banner.text() and "27 May 2025" not in window.details.banner.text()


def test_a_guide_without_news_has_no_news_section(qtbot: Any, harness: Harness) -> None:
    (harness.procedure_dir / "meta" / "news.yaml").unlink()
    window = open_guide(qtbot, harness, "EU")
    assert "What is happening" not in window.details.browser.toPlainText()


def test_the_report_gives_the_guide_s_words_for_the_account_s_region(tmp_path: Path,
                                                                     procedure_dir: Path) -> None:
    catalog = load_catalog([procedure_dir])
    with Database(tmp_path / "report.sqlite3") as db:
        uk = db.add_account("UK Facebook", "facebook", "UK")
        eu = db.add_account("EU Facebook", "facebook", "EU")
        for account in (uk, eu):
            db.set_tick(account.id, PROC, "open-form", True)
        report = build_report(db, catalog, zone=dt.timezone.utc)
    text = render_markdown(report)
    uk_part, eu_part = text.split("## Account: EU Facebook")
    assert f"- Most important: {IMPORTANT}" in uk_part and f"- Most important: {IMPORTANT}" in eu_part
    assert f"- For the account's region (UK): {UK_NOTE}" in uk_part and UK_NOTE not in eu_part
    assert "- Date that matters: 13 September 2024: UK training was announced." in uk_part
    assert "- Date that matters: 27 May 2025: EU training starts." in eu_part
    assert ("- How the guide was checked: Compiled from news reports and guides published up to April 2025; "
            f"not checked in the app (checked 20 November 2026). {NOTE}") in uk_part
    assert uk_part.index("- Most important") < uk_part.index("- Status:")
    html = render_html(report)
    assert "<th>Most important</th>" in html and "<th>How the guide was checked</th>" in html


def test_the_calendar_gives_each_account_the_date_of_its_region(tmp_path: Path, procedure_dir: Path) -> None:
    from app.report import calendar_events

    text = guide_text().replace("2025-05-27", "2027-05-27").replace("2024-09-13", "2027-09-13")
    (procedure_dir / "meta" / f"{PROC}.yaml").write_text(text, encoding="utf-8")
    catalog = load_catalog([procedure_dir])
    assert catalog.problems == []
    with Database(tmp_path / "calendar.sqlite3") as db:
        for region in ("UK", "EU", "US"):
            account = db.add_account(f"Facebook {region}", "facebook", region)
            db.set_status(account.id, PROC, "in-progress")
        events = calendar_events(db, catalog, dt.date(2026, 12, 2))
    deadlines = {summary.rsplit("(", 1)[1].rstrip(")"): day for _, day, summary, _ in events
                 if summary.startswith("Deadline")}
    assert deadlines == {"Facebook UK": dt.date(2027, 9, 13), "Facebook EU": dt.date(2027, 5, 27)}
