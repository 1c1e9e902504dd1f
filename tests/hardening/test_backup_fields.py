"""A backup's values are checked like the ones a person types, and its times are compared as times.

Seen: an imported account region `<img src="PATH">` was stored (the window then read PATH when showing it);
dates in the year 0 or 10000 (in UTC) were accepted, and afterwards every `backup export` and `report`
failed; a number of 10**30 (an evidence size) or a lone surrogate in a label stopped the import with a
traceback; a note written at 12:00+05:00 (07:00 UTC) replaced one changed at 10:00 UTC, because the times
were compared as text. Each import below is refused with a sentence naming the record and field, and leaves
the store exactly as it was; export and the report keep working.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from app.cli import main
from app.core.procedures import load_catalog
from app.report import build_report, render_html, render_markdown
from app.storage.backup import check_backup_data, export_data, export_file, import_data, import_file
from app.storage.database import Database, to_text
from app.storage.errors import BackupFileInvalid

UTC = dt.timezone.utc
TEN_UTC = dt.datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


class Clock:
    """A clock the test sets; each reading moves it on by a second, so every change has its own time."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        moment = self.now
        self.now += dt.timedelta(seconds=1)
        return moment


def fill(db: Database) -> None:
    """A small store with something in every section of a backup."""
    fb = db.add_account("My Facebook", "facebook", "EU", email="me@example.org", group_name="g1")
    ig = db.add_account("Art Instagram", "instagram", "UK", handle="@art")
    db.set_tick(fb.id, "p1", "s1", True)
    db.set_tick(ig.id, "p2", "s1", True)
    db.set_status(fb.id, "p1", "submitted", reference="REF 1")
    db.set_extended(fb.id, "p1", True)
    db.set_visibility(ig.id, "p3", "hidden")
    db.record_completion(fb.id, "p1", "feedbeef", ("s1",))
    db.set_note(fb.id, "Compte principal\n\tdeux lignes ✓")
    db.set_note(fb.id, "run", "p1")
    db.set_note(fb.id, "step", "p1", "s1")
    evidence = db.path.parent / "shot.png"
    evidence.write_bytes(b"\x89PNG fake")
    db.attach_evidence(fb.id, "p1", "s1", evidence)
    db.archive_account(ig.id)


def open_store(folder: Path, start: dt.datetime = dt.datetime(2026, 6, 1, tzinfo=UTC)) -> Database:
    return Database(folder / "objector.sqlite3", clock=Clock(start))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    db = open_store(tmp_path / "store")
    fill(db)
    yield db
    db.close()


@pytest.fixture
def backup(tmp_path: Path) -> dict[str, Any]:
    """A valid backup of another small store (the same kind of data, other accounts)."""
    with open_store(tmp_path / "laptop", dt.datetime(2026, 7, 1, tzinfo=UTC)) as db:
        fill(db)
        return export_data(db)


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key != "exported_at"}


def write(path: Path, data: Any) -> Path:
    # ensure_ascii: a lone surrogate is written as the escape "\ud800", as a hostile file would hold it
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path


def still_works(db: Database, tmp_path: Path) -> None:
    """`backup export` and the report, after a refused import."""
    exported = export_file(db, tmp_path / "after.json")
    assert check_backup_data(json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))) == []
    assert exported["accounts"]
    report = build_report(db, load_catalog([]))
    assert "My Facebook" in render_markdown(report) and "My Facebook" in render_html(report)


def assert_refused(db: Database, tmp_path: Path, data: dict[str, Any], field: str) -> BackupFileInvalid:
    before = comparable(export_data(db))
    path = write(tmp_path / "hostile.json", data)
    with pytest.raises(BackupFileInvalid) as caught:
        import_file(db, path)
    message = str(caught.value)
    assert field in message, message
    assert str(path) in message and "Nothing was imported" in message
    with pytest.raises(BackupFileInvalid):
        import_data(db, data)  # the same data handed over directly
    assert comparable(export_data(db)) == before
    still_works(db, tmp_path)
    return caught.value


# --- one test per thing seen --------------------------------------------------------------------------


@pytest.mark.parametrize("region", ['<img src="/tmp/fifo">', "eu", "E U", "EUROPE", "", "any "])
def test_a_region_that_is_not_a_region_code_is_refused(store: Database, backup: dict[str, Any],
                                                       tmp_path: Path, region: str) -> None:
    backup["accounts"][0]["region"] = region
    error = assert_refused(store, tmp_path, backup, "accounts[0].region is not a region code")
    assert "<img" not in str(error)  # the refused value is not repeated in the message


def test_the_region_from_the_command_line_is_refused_too(store: Database, backup: dict[str, Any],
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    backup["accounts"][1]["region"] = '<img src="/tmp/fifo">'
    path = write(tmp_path / "hostile.json", backup)
    folder = store.path.parent
    before = comparable(export_data(store))
    store.close()
    assert main(["--data-dir", str(folder), "backup", "import", str(path)]) == 1
    assert "accounts[1].region is not a region code" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "backup", "export", str(tmp_path / "out.json")]) == 0
    assert main(["--data-dir", str(folder), "report", "-o", str(tmp_path / "report.md")]) == 0
    with Database(folder / "objector.sqlite3") as db:
        assert comparable(export_data(db)) == before


@pytest.mark.parametrize(("section", "field"), [("accounts", "created_at"), ("accounts", "archived_at"),
                                                ("runs", "status_at"), ("runs", "submitted_at"),
                                                ("runs", "extended_at"), ("ticks", "done_at"),
                                                ("notes", "updated_at"), ("evidence", "added_at"),
                                                ("history", "at")])
@pytest.mark.parametrize("moment", ["0001-01-01T00:30:00+01:00",  # the year 0 in UTC
                                    "9999-12-31T23:00:00-05:00",  # the year 10000 in UTC
                                    "0001-01-01T00:00:00+00:00", "1969-12-31T23:59:59+00:00"])
def test_a_date_outside_the_years_1970_to_9999_is_refused(store: Database, backup: dict[str, Any],
                                                          tmp_path: Path, section: str, field: str,
                                                          moment: str) -> None:
    record = next(r for r in backup[section] if r.get(field) is not None)
    index = backup[section].index(record)
    record[field] = moment
    assert_refused(store, tmp_path, backup, f"{section}[{index}].{field} is outside the years 1970 to 9999")


@pytest.mark.parametrize("size", [10**30, 2**63, 2**53 + 1, -1])
def test_an_evidence_size_out_of_range_is_refused(store: Database, backup: dict[str, Any], tmp_path: Path,
                                                  size: int) -> None:
    backup["evidence"][0]["size"] = size
    assert_refused(store, tmp_path, backup, "evidence[0].size is not a whole number from 0 to")


def test_a_lone_surrogate_in_a_label_is_refused(store: Database, backup: dict[str, Any],
                                                tmp_path: Path) -> None:
    backup["accounts"][0]["label"] = "My \ud800 Facebook"
    assert '"My \\ud800 Facebook"' in json.dumps(backup, ensure_ascii=True)  # in the file as the escape
    assert_refused(store, tmp_path, backup, "accounts[0].label is not valid Unicode")


def test_a_nul_in_a_label_is_refused(store: Database, backup: dict[str, Any], tmp_path: Path) -> None:
    backup["accounts"][0]["label"] = "My\x00Facebook"
    assert_refused(store, tmp_path, backup, "accounts[0].label holds a NUL character")


@pytest.mark.parametrize(("section", "field", "value", "problem"), [
    ("accounts", "label", "tab\there", "holds a control character"),
    ("accounts", "label", "   ", "is blank"),
    ("accounts", "email", "x" * 40_000, "is longer than"),
    ("accounts", "platform", "Face book", "is not a platform name"),
    ("accounts", "platform", "../facebook", "is not a platform name"),
    ("accounts", "uid", "A" * 32, "is not an id"),
    ("runs", "procedure_id", "P1", "is not an id"),
    ("runs", "reference", "line\nbreak", "holds a control character"),
    ("runs", "completed_steps", ["s1", "S 2"], "must list step ids"),
    ("runs", "completed_fingerprint", "<b>", "is not an id"),
    ("ticks", "step_id", "", "is not an id"),
    ("notes", "body", "bell\x07", "holds a control character"),
    ("notes", "body", "\udfff", "is not valid Unicode"),
    ("evidence", "sha256", "../../../../etc/passwd", "is not a SHA-256 hash"),
    ("evidence", "sha256", "A" * 64, "is not a SHA-256 hash"),
    ("evidence", "original_name", "a/b.png", "is not a file name"),
    ("history", "action", "<script>", "is not an id"),
    ("history", "detail", {"text": "\ud800"}, "holds text that is not valid Unicode"),
    ("history", "detail", {"n": 10**30}, "holds a number that is too large"),
    ("history", "detail", {"a": [[[[[[[[[[[1]]]]]]]]]]]}, "is nested more than"),
])
def test_other_values_a_person_could_not_type_are_refused(store: Database, backup: dict[str, Any],
                                                          tmp_path: Path, section: str, field: str,
                                                          value: Any, problem: str) -> None:
    backup[section][0][field] = value
    assert_refused(store, tmp_path, backup, f"{section}[0].{field} {problem}")


def test_a_status_change_whose_detail_is_not_text_is_refused(store: Database, backup: dict[str, Any],
                                                             tmp_path: Path) -> None:
    index = next(i for i, entry in enumerate(backup["history"]) if entry["action"] == "status")
    backup["history"][index]["detail"]["from"] = ["not", "hashable"]  # the report looks it up in a dict
    assert_refused(store, tmp_path, backup, f"history[{index}].detail of a status change")


@pytest.mark.parametrize(("action", "detail", "what"), [
    ("reference", {"reference": ["not", "text"], "from": ""}, "a reference change"),
    ("reference", {"reference": "R", "from": None}, "a reference change"),
    ("status-date", {"status": "submitted", "from": None, "to": 5}, "a status date change"),
    ("status-date", {"status": {"a": 1}, "from": None, "to": "2026-06-01T12:00:00+00:00"},
     "a status date change"),
])
def test_a_date_or_reference_change_whose_detail_is_not_text_is_refused(
        store: Database, backup: dict[str, Any], tmp_path: Path, action: str, detail: dict[str, Any],
        what: str) -> None:
    entry = {**backup["history"][-1], "uid": "f" * 32, "action": action, "detail": detail}
    backup["history"].append(entry)
    assert_refused(store, tmp_path, backup, f"history[{len(backup['history']) - 1}].detail of {what}")


def test_a_status_date_change_from_no_date_is_accepted(store: Database, backup: dict[str, Any]) -> None:
    detail = {"status": "waiting", "from": None, "to": "2026-06-01T12:00:00+00:00"}
    entry = {**backup["history"][-1], "uid": "e" * 32, "action": "status-date", "detail": detail}
    backup["history"].append(entry)
    assert check_backup_data(backup) == []


# --- times compared as times --------------------------------------------------------------------------


def note_backup(db: Database, updated_at: str, body: str) -> dict[str, Any]:
    data = export_data(db)
    (note,) = [n for n in data["notes"] if (n["procedure_id"], n["step_id"]) == ("p1", "")]
    note.update(updated_at=updated_at, body=body)
    return data


def test_a_note_from_another_time_zone_replaces_only_an_older_one(tmp_path: Path) -> None:
    with open_store(tmp_path / "s", TEN_UTC - dt.timedelta(hours=1)) as db:
        account = db.add_account("My Facebook", "facebook", "EU")
        db.clock.now = TEN_UTC  # type: ignore[attr-defined]
        db.set_note(account.id, "changed at 10:00 UTC", "p1")
        assert [n["updated_at"] for n in export_data(db)["notes"]] == [to_text(TEN_UTC)]

        older = note_backup(db, "2026-11-22T12:00:00+05:00", "written at 07:00 UTC")
        assert import_file(db, write(tmp_path / "older.json", older)).notes_changed == 0
        assert db.note(account.id, "p1") == "changed at 10:00 UTC"

        newer = note_backup(db, "2026-11-22T12:00:00+01:00", "written at 11:00 UTC")
        assert import_file(db, write(tmp_path / "newer.json", newer)).notes_changed == 1
        assert db.note(account.id, "p1") == "written at 11:00 UTC"
        (stored,) = [n for n in export_data(db)["notes"] if n["procedure_id"] == "p1"]
        assert stored["updated_at"] == "2026-11-22T11:00:00.000000+00:00"  # kept in UTC, as the store writes

        again = note_backup(db, "2026-11-22T06:30:00-04:30", "written at 11:00 UTC too")  # the same moment
        assert import_file(db, write(tmp_path / "again.json", again)).notes_changed == 0
        assert db.note(account.id, "p1") == "written at 11:00 UTC"


def test_a_status_from_another_time_zone_replaces_only_an_older_one(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as db:
        account = db.add_account("My Facebook", "facebook", "EU")
        db.set_status(account.id, "p1", "submitted", at=TEN_UTC)

        def status_backup(status_at: str, status: str) -> dict[str, Any]:
            data = export_data(db)
            data["runs"][0].update(status_at=status_at, status=status)
            return data

        older = status_backup("2026-11-22T12:00:00+05:00", "granted")
        assert import_data(db, older).runs_changed == 0
        assert db.run(account.id, "p1").status == "submitted"
        newer = status_backup("2026-11-22T12:00:00+01:00", "refused")
        assert import_data(db, newer).runs_changed == 1
        run = db.run(account.id, "p1")
        assert run.status == "refused" and run.status_at == dt.datetime(2026, 11, 22, 11, tzinfo=UTC)
        assert export_data(db)["runs"][0]["status_at"] == "2026-11-22T11:00:00.000000+00:00"


def test_every_time_is_stored_in_utc(tmp_path: Path, backup: dict[str, Any]) -> None:
    shifted = copy.deepcopy(backup)
    for section in ("accounts", "runs", "ticks", "notes", "evidence", "history"):
        for record in shifted[section]:
            for name, value in record.items():
                if (name.endswith("_at") or name == "at") and value is not None:
                    record[name] = dt.datetime.fromisoformat(value).astimezone(
                        dt.timezone(dt.timedelta(hours=-7, minutes=-30))).isoformat()
    assert shifted != backup
    with open_store(tmp_path / "fresh") as db:
        import_data(db, shifted)
        assert comparable(export_data(db)) == comparable(backup)


# --- what is valid still imports ----------------------------------------------------------------------


def test_a_valid_backup_round_trips_unchanged(store: Database, tmp_path: Path) -> None:
    exported = export_file(store, tmp_path / "backup.json")
    assert check_backup_data(exported) == []
    with open_store(tmp_path / "fresh") as db:
        import_file(db, tmp_path / "backup.json")
        assert comparable(export_data(db)) == comparable(exported)
    before = comparable(export_data(store))
    import_file(store, tmp_path / "backup.json")
    assert comparable(export_data(store)) == before


def test_a_backup_from_before_reply_extensions_still_imports(store: Database, tmp_path: Path) -> None:
    old = export_data(store)
    for run in old["runs"]:
        del run["extended_at"]  # the first backup format had no extended_at
    with open_store(tmp_path / "fresh") as db:
        summary = import_file(db, write(tmp_path / "old.json", old))
        assert summary.accounts_added == 2 and summary.runs_changed == len(old["runs"])
        assert [r.extended_at for r in db.runs()] == [None] * len(old["runs"])


@pytest.mark.parametrize(("field", "value"), [
    ("region", "other"), ("region", "any"), ("region", "EEA"), ("region", "DE"), ("region", "US"),
    ("region", "CHE"), ("platform", "meta-ai"), ("platform", "x"), ("platform", "other"),
    ("label", "Art <Instagram> & co — 日本語"), ("email", ""), ("handle", "x" * 32_767)])
def test_values_the_window_offers_are_accepted(backup: dict[str, Any], tmp_path: Path, field: str,
                                               value: str) -> None:
    backup["accounts"][0][field] = value
    with open_store(tmp_path / "fresh") as db:
        import_data(db, backup)
        assert getattr(db.accounts(include_archived=True)[0], field) == value


# --- any one odd value -----------------------------------------------------------------------------------


def _base_backup() -> dict[str, Any]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder)) as db:
        fill(db)
        return export_data(db)


BASE = _base_backup()
FIELDS = [(section, index, name) for section in ("accounts", "runs", "ticks", "notes", "evidence", "history")
          for index, record in enumerate(BASE[section]) for name in record]
FIELDS += [("", -1, "version"), ("", -1, "exported_at")]

odd_text = st.one_of(
    st.text(st.one_of(st.characters(), st.characters(categories=["Cc"])), max_size=30),
    st.tuples(st.text(max_size=5), st.characters(categories=["Cs"]), st.text(max_size=5)).map("".join))
near_valid = st.sampled_from([
    "", " ", "facebook", "meta-ai", "EU", "EEA", "other", "any", "eu", "p1", "s1", "a-b", "-a", "a--b", "A",
    "x" * 81, "0" * 64, "f" * 64, "F" * 64, "2026-11-22T12:00:00+05:00", "2026-11-22T12:00:00Z",
    "2026-11-22T12:00:00", "2026-11-22", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
    "9999-12-31T23:59:59+00:00", "1970-01-01T00:00:00+00:00", "+10000-01-01T00:00:00+00:00",
    "2026-02-30T00:00:00+00:00", "２０２６-11-22T12:00:00+00:00", "not-started",  # noqa: RUF001 (digits no date has) "submitted", "hidden",
    "\ud800", "a\x00b", "a\nb", "a\tb", '<img src="/tmp/x">', "a/b", "..", "status", "note"])
huge = st.sampled_from([10**30, -(10**30), 2**53, 2**53 + 1, 2**63, -1, 0, 1, 10**100])
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), huge, st.floats(), odd_text, near_valid),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(odd_text, near_valid), inner, max_size=4)),
    max_leaves=8)
# Timestamps in any time zone, some just outside the years the store keeps.
offsets = st.timedeltas(min_value=dt.timedelta(hours=-23, minutes=-59),
                        max_value=dt.timedelta(hours=23, minutes=59))
any_years = st.datetimes(min_value=dt.datetime(1969, 12, 30), max_value=dt.datetime(9999, 12, 31, 23, 59))
moments = st.builds(lambda moment, offset: moment.replace(tzinfo=dt.timezone(offset)).isoformat(),
                    any_years, offsets)


def odd_value(section: str, name: str) -> st.SearchStrategy[Any]:
    if section == "history" and name == "detail":  # a detail is an object: mutate what is inside it too
        return st.one_of(json_values, st.dictionaries(st.sampled_from(["from", "to", "text", "reference"]),
                                                      json_values, max_size=3))
    # Often a value of the right kind (some valid, some nearly), else anything JSON can hold.
    kind = [record[name] for record in BASE.get(section, [BASE]) if name in record]
    if name.endswith("_at") or name == "at":
        kind_of = st.one_of(st.sampled_from(kind), moments)
    else:
        kind_of = st.sampled_from(kind)
    return st.one_of(kind_of, near_valid, json_values)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """The small store's backup with one field changed (or, now and then, left out), and what was done."""
    section, index, name = draw(st.sampled_from(FIELDS))
    data = copy.deepcopy(BASE)
    where = f"{section}[{index}].{name}" if section else name
    if section and draw(st.integers(0, 9)) == 0:
        del data[section][index][name]
        return data, f"{where} left out"
    value = draw(odd_value(section, name))
    (data[section][index] if section else data)[name] = value
    return data, f"{where} = {value!r}"


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutated(), st.booleans())
def test_any_one_odd_value_is_refused_cleanly_or_imported_whole(tmp_path_factory: pytest.TempPathFactory,
                                                                case: tuple[dict[str, Any], str],
                                                                merge: bool) -> None:
    data, change = case
    note(change)
    folder = tmp_path_factory.mktemp("odd")
    with open_store(folder, dt.datetime(2026, 8, 1, tzinfo=UTC)) as db:
        db.add_account("Mine", "facebook", "EU")
        if merge:
            import_data(db, BASE)  # the same records already there: the import merges and compares times
        before = comparable(export_data(db))
        try:
            import_file(db, write(folder / "backup.json", data))
        except BackupFileInvalid as error:  # or imported: either, and the store stays whole
            event("refused")
            assert "Nothing was imported" in str(error)  # noqa: PT017
            assert comparable(export_data(db)) == before
        else:
            event("imported")
        # Whatever happened, the store stays one that exports, checks, reports and imports again.
        after = export_data(db)
        assert check_backup_data(after) == []
        report = build_report(db, load_catalog([]))
        render_markdown(report)
        render_html(report)
        with open_store(folder / "again") as copy_of:
            import_data(copy_of, after)
            assert comparable(export_data(copy_of)) == comparable(after)
