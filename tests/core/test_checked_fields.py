"""Issue 19's fields: checked (how, on, note), important, accessed on every source, at most four caveats,
region_notes, deadline by region or as a list; each rule with an input that breaks it. An older file with
only `reviewed:` still loads, with a problem that names the file and says what to add."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.procedures import FileResult, load_procedure_bytes
from app.core.verification import english_day, english_month, verification_words

PATH = Path("proc.yaml")
TODAY = dt.date(2026, 12, 2)
CHECKED = "checked:\n  how: official-pages\n  on: 2025-05-21\n"


def load(text: str) -> FileResult:
    return load_procedure_bytes(text.encode("utf-8"), PATH, today=TODAY)


def messages(result: FileResult) -> list[str]:
    return [problem.message for problem in result.problems]


def refused(text: str, expected: str) -> None:
    result = load(text)
    assert result.procedure is None, "it loaded"
    assert any(expected in message for message in messages(result)), messages(result)
    assert all(problem.line > 0 for problem in result.problems)


def test_the_fixture_loads_every_new_field(good_procedure_text: str) -> None:
    result = load(good_procedure_text)
    assert result.problems == []
    procedure = result.procedure
    assert procedure is not None and procedure.checked is not None
    assert (procedure.checked.how, procedure.checked.on, procedure.checked.note) == \
        ("official-pages", dt.date(2025, 5, 21), "")
    assert procedure.reviewed == dt.date(2025, 5, 21)  # what the rest of Objector reads as the date
    assert procedure.important.startswith("Object before 27 May 2025")
    assert procedure.newest_published() == dt.date(2025, 4, 15)


@pytest.mark.parametrize("how", ["in-app", "official-pages", "secondary"])
def test_each_way_of_checking_is_accepted(good_procedure_text: str, how: str) -> None:
    result = load(good_procedure_text.replace("  how: official-pages", f"  how: {how}"))
    assert result.problems == [] and result.procedure is not None and result.procedure.checked is not None
    assert result.procedure.checked.how == how


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  how: official-pages", "  how: tested",
         "'tested' is not one of: in-app, official-pages, secondary"),
        ("  how: official-pages\n", "", "checked: the required key 'how' is missing"),
        ("  on: 2025-05-21\n", "", "checked: the required key 'on' is missing"),
        ("  on: 2025-05-21", "  on: 2026-12-09", "'checked: on' is 2026-12-09, which is in the future"),
        ("  on: 2025-05-21", "  on: 21 May 2025", "is not a date"),
        ("  on: 2025-05-21", "  on: 2025-05-21\n  by: me", "unknown key 'by'"),
        ("important: Object before", "importan: Object before", "the required key 'important' is missing"),
        ("    published: 2025-04-15\n    accessed: 2025-05-01\n", "    published: 2025-04-15\n",
         "sources (1st item): the required key 'accessed' is missing"),
        ("caveats:\n", "caveats:\n  - One.\n  - Two.\n  - Three.\n  - Four.\n",
         "there are 5 caveats; keep at most 4"),
        ("reply_period:", "region_notes:\n  Britain: Not a region code.\nreply_period:",
         "'Britain' is not a region"),
        ("reply_period:", "region_notes:\n  UK: ''\nreply_period:", "must not be empty"),
        ("reply_period:", "region_notes: {}\nreply_period:", "must not be empty"),
        ("deadline:\n  date: 2025-05-27", "deadline:\n  regions: [Europe]\n  date: 2025-05-27",
         "'Europe' is not a region"),
        ("deadline:\n  date: 2025-05-27\n", "deadline: 2025-05-27\nx:\n  date: 2025-05-27\n",
         "must be a mapping (key: value lines) or a list"),
    ],
)
def test_each_rule_refuses_what_breaks_it(good_procedure_text: str, old: str, new: str,
                                          expected: str) -> None:
    assert old in good_procedure_text
    refused(good_procedure_text.replace(old, new, 1), expected)


def test_a_note_is_required_when_the_newest_dated_source_is_over_a_year_older(
        good_procedure_text: str) -> None:
    # The newest published source is 2025-04-15: a check on 2026-04-15 is 12 months later, no note needed;
    # a day later it is more than 12 months.
    on_time = good_procedure_text.replace("  on: 2025-05-21", "  on: 2026-04-15")
    assert load(on_time).problems == []
    late = good_procedure_text.replace("  on: 2025-05-21", "  on: 2026-04-16")
    refused(late, "checked: a 'note' is required: the newest published source (2025-04-15) is more than 12 "
                  "months before 2026-04-16")
    noted = late.replace("  on: 2026-04-16\n", "  on: 2026-04-16\n  note: Nothing newer was found.\n")
    result = load(noted)
    assert result.problems == [] and result.procedure is not None and result.procedure.checked is not None
    assert result.procedure.checked.note == "Nothing newer was found."


def test_a_note_is_required_when_no_source_shows_a_date(good_procedure_text: str) -> None:
    undated = good_procedure_text.replace("    published: 2025-04-15\n", "")
    refused(undated, "checked: a 'note' is required: no source shows a published date")
    noted = undated.replace("  on: 2025-05-21\n", "  on: 2025-05-21\n  note: No dated page.\n")
    assert load(noted).problems == []


def test_an_older_file_with_reviewed_still_loads_and_says_what_to_add(good_procedure_text: str) -> None:
    old = good_procedure_text.replace(CHECKED, "reviewed: 2025-05-21\n").replace("important: Object before",
                                                                                  "# important: Object")
    old = old.replace("    published: 2025-04-15\n    accessed: 2025-05-01\n", "    published: 2025-04-15\n")
    result = load(old)
    assert result.procedure is not None and result.procedure.checked is None
    assert result.procedure.reviewed == dt.date(2025, 5, 21) and result.procedure.important == ""
    [problem] = result.problems
    assert problem.path == PATH and problem.line == old.splitlines().index("reviewed: 2025-05-21") + 1
    assert "reviewed: 2025-05-21" in problem.message and "it was loaded all the same" in problem.message
    assert all(word in problem.message for word in ("'checked:'", "in-app", "official-pages", "secondary",
                                                    "'important:'", "'accessed:'"))
    assert str(problem).startswith("proc.yaml:")  # the file is named where the problem is printed


def test_an_older_file_still_needs_a_date_on_each_source(good_procedure_text: str) -> None:
    old = good_procedure_text.replace(CHECKED, "reviewed: 2025-05-21\n")
    old = old.replace("    published: 2025-04-15\n    accessed: 2025-05-01\n", "")
    refused(old, "needs 'published' or 'accessed'")


def test_a_file_with_neither_checked_nor_reviewed_is_refused(good_procedure_text: str) -> None:
    refused(good_procedure_text.replace(CHECKED, ""), "needs 'checked' or 'reviewed'")


def test_a_file_with_both_says_to_remove_reviewed(good_procedure_text: str) -> None:
    result = load(good_procedure_text.replace(CHECKED, CHECKED + "reviewed: 2025-01-01\n"))
    assert result.procedure is not None and result.procedure.reviewed == dt.date(2025, 5, 21)
    assert any("remove 'reviewed:'" in message for message in messages(result))


def test_a_key_written_on_is_the_word_on(good_procedure_text: str) -> None:
    """YAML 1.1 reads a bare `on` as true; as a key it stays the word, so `checked: on:` works."""
    result = load(good_procedure_text.replace("reply_period:", "region_notes:\n  UK: Here.\nreply_period:"))
    assert result.problems == []
    assert result.procedure is not None and result.procedure.checked is not None
    # ... while a value `on` is still YAML's true, which text fields refuse.
    important = "important: Object before 27 May 2025 to keep your older posts out of training."
    refused(good_procedure_text.replace(important, "important: on"), "must be text")


DEADLINES = """deadline:
  - regions: [EU, EEA]
    date: 2025-05-27
    description: EU training starts.
    after: Only later posts are covered.
  - regions: [UK]
    date: 2024-09-13
    description: UK training announced.
  - date: 2026-01-01
    description: Everywhere else.
"""


def with_deadlines(text: str, deadlines: str = DEADLINES) -> str:
    head, rest = text.split("deadline:\n", 1)
    tail = rest.split("caveats:\n", 1)[1]
    return head + deadlines + "caveats:\n" + tail


def test_a_list_of_deadlines_gives_each_region_its_date(good_procedure_text: str) -> None:
    result = load(with_deadlines(good_procedure_text))
    assert result.problems == [], messages(result)
    procedure = result.procedure
    assert procedure is not None and len(procedure.deadlines) == 3
    dates = {region: procedure.deadline_for(region) for region in ("EU", "EEA", "UK", "US")}
    assert {region: d.date.isoformat() for region, d in dates.items() if d} == {
        "EU": "2025-05-27", "EEA": "2025-05-27", "UK": "2024-09-13", "US": "2026-01-01"}
    assert procedure.deadline is not None and procedure.deadline.date == dt.date(2026, 1, 1)  # no regions


def test_without_a_general_date_an_unnamed_region_has_none(good_procedure_text: str) -> None:
    text = with_deadlines(good_procedure_text, DEADLINES.split("  - date: 2026")[0])
    procedure = load(text).procedure
    assert procedure is not None and procedure.deadline_for("US") is None
    assert procedure.deadline is not None and procedure.deadline.regions == ("EU", "EEA")  # the first


def test_a_single_deadline_with_regions_applies_only_there(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("deadline:\n  date:", "deadline:\n  regions: [UK]\n  date:")
    procedure = load(text).procedure
    assert procedure is not None
    assert procedure.deadline_for("UK") is not None and procedure.deadline_for("EU") is None


@pytest.mark.parametrize(
    ("deadlines", "expected"),
    [
        (DEADLINES.replace("regions: [UK]", "regions: [UK, EEA]"),
         "the region EEA already has a date (the 1st item)"),
        (DEADLINES.replace("  - regions: [UK]\n    date:", "  - date:"),
         "only one date may leave out 'regions'"),
        ("deadline: []\n", "needs at least 1 item"),
        (DEADLINES.replace("    description: Everywhere else.\n", ""), "the required key 'description'"),
    ],
)
def test_a_list_of_deadlines_that_breaks_a_rule_is_refused(good_procedure_text: str, deadlines: str,
                                                           expected: str) -> None:
    refused(with_deadlines(good_procedure_text, deadlines), expected)


def test_region_notes_are_shown_to_their_region(good_procedure_text: str) -> None:
    text = good_procedure_text.replace(
        "reply_period:",
        "region_notes:\n  UK: Complain to the ICO.\n  EU: Complain to the DPC.\nreply_period:")
    procedure = load(text).procedure
    assert procedure is not None
    assert procedure.region_notes_for("UK") == ["Complain to the ICO."]
    assert procedure.region_notes_for("EEA") == ["Complain to the DPC."]  # EU and EEA as one
    assert procedure.region_notes_for("US") == []


def test_the_verification_sentence_says_how_and_when(good_procedure_text: str) -> None:
    def sentence(text: str) -> str:
        procedure = load(text).procedure
        assert procedure is not None
        return str(verification_words(procedure))

    meta = good_procedure_text.replace("provider: example", "provider: meta")
    assert sentence(meta) == "Checked against Meta's own help pages on 21 May 2025; not checked in the app."
    # A provider Objector has no name for:
    assert "the company's own help pages" in sentence(good_procedure_text)
    assert sentence(meta.replace("how: official-pages", "how: in-app")) == \
        "Followed in the live app or website on 21 May 2025."
    assert sentence(meta.replace("how: official-pages", "how: secondary")) == (
        "Compiled from news reports and guides published up to April 2025; not checked in the app (checked "
        "21 May 2025).")
    undated = meta.replace("how: official-pages", "how: secondary").replace("    published: 2025-04-15\n", "")
    undated = undated.replace("  on: 2025-05-21\n", "  on: 2025-05-21\n  note: None dated.\n")
    assert "none of them dated" in sentence(undated)
    assert english_day(dt.date(2026, 12, 2)) == "2 December 2026" and english_month(dt.date(2025, 3, 1)) == \
        "March 2025"


def test_the_new_fields_come_back_the_same_from_the_parse_cache(tmp_path: Path, good_procedure_text: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    from app.core import validation
    from app.core.procedures import ParseCache, load_catalog

    text = with_deadlines(good_procedure_text).replace(
        "reply_period:", "region_notes:\n  UK: Complain to the ICO.\nreply_period:")
    text = text.replace("  on: 2025-05-21\n", "  on: 2025-05-21\n  note: Stored copies only.\n")
    folder = tmp_path / "library" / "example"
    folder.mkdir(parents=True)
    path = folder / "example-object.yaml"
    path.write_text(text, encoding="utf-8")
    old = time.time() - 60  # outside the cache's two racy seconds
    os.utime(path, (old, old))
    parsed = load_catalog([folder], ParseCache(tmp_path / "cache.pickle")).get("example-object")
    monkeypatch.setattr(validation, "load_procedure_bytes", lambda *_args, **_kwargs: pytest.fail("parsed"))
    cached = load_catalog([folder], ParseCache(tmp_path / "cache.pickle")).get("example-object")
    assert parsed is not None and cached is not None and cached == parsed
    assert cached.checked is not None and cached.checked.note == "Stored copies only."
    assert cached.region_notes == (("UK", "Complain to the ICO."),)
    assert [d.regions for d in cached.deadlines] == [("EU", "EEA"), ("UK",), ()]
