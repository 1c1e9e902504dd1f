"""The evidence report (Markdown, HTML, PDF) and the calendar, for a known history."""

from __future__ import annotations

import datetime as dt
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import icalendar
import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.procedures import load_catalog
from app.paths import bundled_procedures_dir
from app.report import build_report, calendar_events, render_html, render_ics, render_markdown
from app.storage.database import Database
from tests.conftest import FIXTURES

PROC = "example-object"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "procedures").mkdir(parents=True)
    example = FIXTURES / "procedures" / "good" / "example-object.yaml"
    (folder / "procedures" / "example.yaml").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    start = dt.datetime(2026, 9, 1, 10, tzinfo=dt.timezone.utc)
    moments = iter(start + dt.timedelta(hours=h) for h in range(500))
    evidence = tmp_path / "confirmation.eml"
    evidence.write_bytes(b"Your objection was received.")
    with Database(folder / "objector.sqlite3", clock=lambda: next(moments)) as db:
        fb = db.add_account("My Facebook", "facebook", "EU", email="sam@example.org", group_name="AC")
        db.add_account("Art <Instagram> & co", "instagram", "UK")
        db.set_tick(fb.id, PROC, "open-form", True)
        db.set_tick(fb.id, PROC, "explain", True)
        db.set_status(fb.id, PROC, "submitted", at=dt.datetime(2026, 9, 1, 12, tzinfo=dt.timezone.utc),
                      reference="CASE-77")
        db.set_note(fb.id, "Sent from the laptop", PROC)
        db.set_note(fb.id, "Wrote my own reason", PROC, "explain")
        db.attach_evidence(fb.id, PROC, "confirm", evidence)
    return folder


def test_markdown_has_the_whole_story(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        text = render_markdown(build_report(db, catalog))
    assert "## Account: My Facebook" in text
    assert "### Object to an example platform training AI on your posts" in text
    assert "- Status: submitted (since 2026-09-01 12:00 UTC)" in text
    assert "- Reference: CASE-77" in text
    assert "- Reply due: 1 October 2026" in text
    # Ticks keep their own time.
    assert "2026-09-01 12:00 UTC: Explain how the processing affects you" not in text
    assert "Steps done:" in text and ": Open the objection form" in text
    assert "> Wrote my own reason" in text
    assert "confirmation.eml, 28 bytes, SHA-256 " in text
    assert ("How to object (example guide): https://example.org/guide (dated 15 April 2025, read 1 May 2025)"
            in text)
    assert "Version of the guide followed: " in text
    timeline = text.split("### Timeline")[1]
    assert timeline.index("Account added") < timeline.index("Step done") < timeline.index("Status changed")
    assert "from not started to submitted, reference CASE-77" in timeline


def test_html_is_well_formed_and_escaped(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        page = render_html(build_report(db, catalog))
    root = ET.fromstring(page.split("\n", 1)[1])  # after the doctype
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    headings = [h.text for h in root.findall(".//h:h2", ns)]
    assert headings == ["Account: My Facebook", "Account: Art <Instagram> & co"]
    assert "Art &lt;Instagram&gt; &amp; co" in page
    assert "<script" not in page and "src=" not in page


def test_report_for_one_account_as_pdf(data_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--account", "my facebook", "-o", str(target)]) == 0
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Objector evidence report" in text and "My Facebook" in text and "CASE-77" in text
    assert "Instagram" not in text
    assert reader.metadata is not None and reader.metadata.title == "Objector evidence report"


@pytest.mark.parametrize(("fmt", "marker"),
                         [("md", "# Objector evidence report"), ("html", "<!DOCTYPE html>")])
def test_report_command_formats(data_dir: Path, tmp_path: Path, fmt: str, marker: str) -> None:
    target = tmp_path / f"report.{fmt}"
    assert main(["--data-dir", str(data_dir), "report", "--format", fmt, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith(marker)


def test_report_command_usage_errors(data_dir: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "report", "--account", "nobody",
                 "-o", str(tmp_path / "r.md")]) == 2
    assert "the accounts are: My Facebook" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "report", "-o", str(tmp_path / "r.txt")]) == 2


def test_calendar_parses_and_names_the_due_dates(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "dates.ics"
    assert main(["--data-dir", str(data_dir), "calendar", "-o", str(target)]) == 0
    raw = target.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    parsed = icalendar.Calendar.from_ical(raw)
    events = list(parsed.walk("VEVENT"))
    reply = [e for e in events if str(e["SUMMARY"]).startswith("Reply due")]
    assert len(reply) == 1
    assert reply[0].decoded("DTSTART") == dt.date(2026, 10, 1)
    assert "My Facebook" in str(reply[0]["SUMMARY"])


def test_ics_escapes_and_folds() -> None:
    text = render_ics([("u1@objector", dt.date(2026, 1, 2), "Due; with, commas", "x" * 200 + "\nnext")],
                      dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    parsed: Any = icalendar.Calendar.from_ical(text)
    [event] = parsed.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Due; with, commas"
    assert str(event["DESCRIPTION"]) == "x" * 200 + "\nnext"


def test_calendar_events_skip_what_is_not_due(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        events = calendar_events(db, catalog, dt.date(2026, 11, 22))
    assert [e[2].split(":")[0] for e in events] == ["Reply due"]


def test_the_timeline_says_a_date_or_a_reference_changed_not_a_status(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        fb = db.accounts()[0].id
        db.set_status_date(fb, PROC, dt.datetime(2026, 9, 2, 12, tzinfo=dt.timezone.utc))
        db.set_reference(fb, PROC, "CASE-78")
        db.set_reference(fb, PROC, "")
        db._conn.execute(  # as a date or a reference was saved before they had entries of their own
            "INSERT INTO history (uid, at, account_id, procedure_id, action, detail) VALUES ('old', "
            "'2026-09-03T10:00:00+00:00', ?, ?, 'status', ?)", (fb, PROC, '{"from": "submitted", "to": '
                                                                  '"submitted", "reference": "CASE-77"}'))
        text = render_markdown(build_report(db, catalog))
    timeline = text.split("### Timeline")[1]
    assert ("Status date changed, “Object to an example platform training AI on your posts”, submitted since "
            "2026-09-02 12:00 UTC (was 2026-09-01 12:00 UTC)") in timeline
    assert "Reference changed, “Object to an example platform training AI on your posts”, to CASE-78 " \
           "(was CASE-77)" in timeline
    assert ", removed (was CASE-78)" in timeline
    assert "Status date or reference saved, “Object to an example platform training AI on your posts”, " \
           "status submitted, reference CASE-77" in timeline
    assert "from submitted to submitted" not in timeline
    assert "- Reference: CASE-78" not in text and "(since 2026-09-02 12:00 UTC)" in text


# --- issue 18: every attached file, local times with their zone, no reply due after the outcome -----------

BERLIN = dt.timezone(dt.timedelta(hours=1), "CET")


def test_every_time_is_in_the_zone_given_with_its_name(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        report = build_report(db, catalog, zone=BERLIN)
    text, page = render_markdown(report), render_html(report)
    assert "- Status: submitted (since 2026-09-01 13:00 CET)" in text
    assert "All times are in the time zone CET." in text and "All times are in the time zone CET." in page
    assert "UTC" not in text and "UTC" not in page
    stamps = re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d( [A-Za-z0-9+-]+)", text)
    assert stamps and set(stamps) == {" CET"}


def test_the_computers_own_zone_is_the_default(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("no tzset on this system")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        catalog = load_catalog([data_dir / "procedures"])
        with Database(data_dir / "objector.sqlite3") as db:
            text = render_markdown(build_report(db, catalog))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert "- Status: submitted (since 2026-09-01 14:00 CEST)" in text  # summer time in September


def test_every_attached_file_is_listed_with_name_hash_size_and_time(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        fb, ig = (account.id for account in db.accounts())
        shot = db.attach_evidence_bytes(fb, PROC, "", b"\x89PNG pasted", "pasted.png")
        gone = db.attach_evidence_bytes(fb, PROC, "", b"a mistake", "wrong file.png")
        db.remove_evidence(gone.id)
        only = db.attach_evidence_bytes(ig, "other-procedure", "", b"x", "only evidence.png")
        text = render_markdown(build_report(db, catalog, zone=dt.timezone.utc))
    files = text.split("Attached files:")[1].split("###")[0]
    assert "confirmation.eml, 28 bytes, SHA-256 " in files
    attached = f"{shot.added_at:%Y-%m-%d %H:%M} UTC"
    assert f"pasted.png, 11 bytes, SHA-256 {shot.sha256}, attached {attached}" in files
    assert "wrong file.png" not in files  # removed: not evidence any more (the timeline says so)
    assert "Attached file removed" in text and "wrong file.png" in text.split("### Timeline")[1]
    # A procedure with nothing but a file attached still has its section.
    assert f"only evidence.png, 1 byte, SHA-256 {only.sha256}" in text


@pytest.mark.parametrize("status", ["granted", "refused", "not-applicable"])
def test_no_reply_is_due_once_the_outcome_is_known(data_dir: Path, status: str) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        db.set_status(db.accounts()[0].id, PROC, status)
        report = build_report(db, catalog)
    assert "Reply due" not in render_markdown(report) and "Reply due" not in render_html(report)


def test_a_reply_is_still_due_while_waiting(data_dir: Path) -> None:
    catalog = load_catalog([data_dir / "procedures"])
    with Database(data_dir / "objector.sqlite3") as db:
        db.set_status(db.accounts()[0].id, PROC, "waiting")
        assert "- Reply due: 1 October 2026" in render_markdown(build_report(db, catalog))


# --- issue 18: an account covered by a request on another account of its group says so -------------------

FB_OBJECT, IG_OBJECT = "meta-facebook-object-privacy-center", "meta-instagram-object-privacy-center"


def _section(text: str, start: str, end: str) -> str:
    return text.split(start)[1].split(end)[0]


def test_a_procedure_covered_in_the_group_says_by_whom_and_since_when(tmp_path: Path) -> None:
    catalog = load_catalog([bundled_procedures_dir()])
    covering = catalog.get(FB_OBJECT)
    assert covering is not None and catalog.get(IG_OBJECT) is not None
    with Database(tmp_path / "objector.sqlite3") as db:
        fb = db.add_account("Mein <Facebook>", "facebook", "EU", group_name="AC")
        db.add_account("Art on Instagram", "instagram", "EU", group_name="AC")
        db.add_account("Elsewhere", "instagram", "EU")  # in no group: covered by nothing
        db.set_status(fb.id, FB_OBJECT, "submitted", at=dt.datetime(2026, 11, 20, 9, tzinfo=dt.timezone.utc))
        report = build_report(db, catalog, zone=dt.timezone.utc)
        text, page = render_markdown(report), render_html(report)
        db.set_status(fb.id, FB_OBJECT, "refused")
        refused = build_report(db, catalog, zone=dt.timezone.utc)
        text_refused, page_refused = render_markdown(refused), render_html(refused)
    line = f"Covered by “Mein <Facebook>”: {covering.title}, sent 20 November 2026"
    ig = _section(text, "## Account: Art on Instagram", "## Account: Elsewhere")
    # Instagram has no run of its own: its section is there all the same, with no reply due.
    assert f"- Guide id: {IG_OBJECT}" in ig and f"- {line}" in ig
    assert "Reply due" not in ig
    fb_section = _section(text, "## Account: Mein <Facebook>", "## Account: Art on Instagram")
    assert "Covered by" not in fb_section
    assert "Covered by" not in text.split("## Account: Elsewhere")[1]
    root = ET.fromstring(page.split("\n", 1)[1])  # well-formed, the account's label escaped
    assert any(cell.text == line for cell in root.iter("{http://www.w3.org/1999/xhtml}td"))
    ig_page = _section(page, "<h2>Account: Art on Instagram</h2>", "<h2>Account: Elsewhere</h2>")
    assert "Covered by “Mein &lt;Facebook&gt;”: " in ig_page and ", sent 20 November 2026" in ig_page
    assert "Reply due" not in ig_page
    # A refused request covers nothing.
    for refused_text in (text_refused, page_refused):
        assert "Covered by" not in refused_text
