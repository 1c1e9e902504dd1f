"""How procedures name their steps and each other: `request` (the step that sends, the step that waits),
`covers`, `order`, `alternative_to` and `archived`; checked in each file and across the library, and used
by the checklist (order, alternatives, archived routes) and by group coverage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.accounts import Account, Run
from app.core.checklist import Checklist, with_alternatives
from app.core.followup import Coverage, RunState, group_coverage
from app.core.followup_count import coverage_details_in_group, coverage_in_group
from app.core.procedures import (
    Catalog,
    FileResult,
    ParseCache,
    Procedure,
    load_catalog,
    load_procedure_bytes,
)
from app.core.records import replace
from tests.conftest import FIXTURES

GOOD = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
PATH = Path("proc.yaml")
D = dt.date
NOW = dt.datetime(2026, 11, 1, 12, tzinfo=dt.timezone.utc)


def with_fields(extra: str, text: str = GOOD) -> str:
    """The good example with `extra` (top-level YAML lines) written just before its steps."""
    assert "\nsteps:\n" in text
    return text.replace("\nsteps:\n", f"\n{extra.rstrip()}\nsteps:\n", 1)


def load(text: str) -> FileResult:
    return load_procedure_bytes(text.encode("utf-8"), PATH, today=D(2026, 11, 22))


def loaded(text: str) -> Procedure:
    result = load(text)
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.procedure is not None
    return result.procedure


def problems(text: str) -> list[tuple[int, int, str]]:
    result = load(text)
    assert result.procedure is None
    return [(p.line, p.column, p.message) for p in result.problems]


def line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1)
                if line.lstrip().startswith(fragment))


# --- the fields as read -------------------------------------------------------------------------------


def test_without_the_new_fields_a_procedure_has_their_defaults() -> None:
    procedure = loaded(GOOD)
    assert procedure.sends_step is None and procedure.reply_step is None
    assert procedure.covers == ()
    assert procedure.order == 100
    assert procedure.alternative_to is None
    assert procedure.archived is False


def test_every_new_field_is_read() -> None:
    procedure = loaded(with_fields("""
request:
  sends: explain
  reply: confirm
covers: [other-one, other-two]
order: 10
alternative_to: other-one
archived: true
"""))
    assert procedure.sends_step == "explain" and procedure.reply_step == "confirm"
    assert procedure.covers == ("other-one", "other-two")
    assert procedure.order == 10
    assert procedure.alternative_to == "other-one"
    assert procedure.archived is True


def test_a_request_may_name_only_the_step_that_sends_or_only_the_reply() -> None:
    assert loaded(with_fields("request:\n  sends: explain\n")).reply_step is None
    only_reply = loaded(with_fields("request:\n  reply: confirm\n"))
    assert only_reply.sends_step is None and only_reply.reply_step == "confirm"


# --- checked in the file ------------------------------------------------------------------------------


def test_a_request_naming_a_missing_step_is_reported_where_it_is_written() -> None:
    text = with_fields("request:\n  sends: explian\n  reply: nowhere\n")
    found = problems(text)
    assert [(line, column) for line, column, _ in found] == [
        (line_of(text, "sends: explian"), 10), (line_of(text, "reply: nowhere"), 10)]
    assert "'sends' names the step 'explian'" in found[0][2] and "did you mean 'explain'?" in found[0][2]
    assert "'reply' names the step 'nowhere'" in found[1][2]


def test_a_request_whose_reply_is_the_sending_step_or_comes_before_it_is_reported() -> None:
    same = with_fields("request:\n  sends: explain\n  reply: explain\n")
    [(line, _column, message)] = problems(same)
    assert line == line_of(same, "reply: explain") and "both name the step 'explain'" in message
    backwards = with_fields("request:\n  sends: confirm\n  reply: open-form\n")
    [(line, _column, message)] = problems(backwards)
    assert line == line_of(backwards, "reply: open-form") and "comes before the step that sends" in message


@pytest.mark.parametrize(("extra", "fragment"), [
    ("request: {}\n", "request:"),
    ("request:\n  sends: explain\n  wait: confirm\n", "wait:"),
    ("request: explain\n", "request:"),
    ("request:\n  sends: Explain It\n", "sends:"),
    ("covers: []\n", "covers:"),
    ("covers: [a-b, a-b]\n", "covers:"),
    ("covers: [Not A Slug]\n", "covers:"),
    ("covers: other-one\n", "covers:"),
    ("order: -1\n", "order:"),
    ("order: ten\n", "order:"),
    ("order: 1.5\n", "order:"),
    ("alternative_to: [other-one]\n", "alternative_to:"),
    ("alternative_to: Other One\n", "alternative_to:"),
    ("archived: yes please\n", "archived:"),
])
def test_the_schema_rejects_malformed_new_fields(extra: str, fragment: str) -> None:
    text = with_fields(extra)
    found = problems(text)
    assert found, extra
    assert all(line == line_of(text, fragment) or line == line_of(text, fragment) + 1
               for line, _, _ in found), (extra, found)


def test_a_procedure_may_not_cover_itself_or_be_an_alternative_to_itself() -> None:
    text = with_fields("covers: [other-one, example-object]\nalternative_to: example-object\n")
    found = problems(text)
    assert len(found) == 2
    assert found[0][0] == line_of(text, "covers:") and "'covers' names this procedure itself" in found[0][2]
    assert found[0][1] == len("covers: [other-one, ") + 1
    assert found[1][0] == line_of(text, "alternative_to:")
    assert "'alternative_to' names this procedure itself" in found[1][2]


# --- checked across the library -----------------------------------------------------------------------


def write(folder: Path, procedure_id: str, extra: str = "") -> Path:
    text = GOOD.replace("id: example-object\n", f"id: {procedure_id}\n", 1)
    path = folder / f"{procedure_id}.yaml"
    path.write_text(with_fields(extra, text) if extra else text, encoding="utf-8")
    return path


def test_the_catalog_reports_covers_and_alternatives_naming_no_loaded_procedure(tmp_path: Path) -> None:
    write(tmp_path, "first", "covers: [second, missing-one]\nalternative_to: missing-two\n")
    write(tmp_path, "second", "alternative_to: first\n")
    catalog = load_catalog([tmp_path])
    assert set(catalog.procedures) == {"first", "second"}  # both still load
    messages = [(p.path.name, p.line, p.message) for p in catalog.problems]
    assert len(messages) == 2
    assert all(name == "first.yaml" and line == 3 for name, line, _ in messages)
    assert "'covers' names the procedure 'missing-one'" in messages[0][2]
    assert "'alternative_to' names the procedure 'missing-two'" in messages[1][2]


def test_a_reference_to_a_procedure_in_another_folder_is_found(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", "first")
    write(tmp_path / "b", "second", "covers: [first]\nalternative_to: first\n")
    assert load_catalog([tmp_path / "a", tmp_path / "b"]).problems == []


def test_the_new_fields_come_back_from_the_parse_cache(tmp_path: Path) -> None:
    assert ParseCache.FORMAT >= 8
    library = tmp_path / "library"
    library.mkdir()
    write(library, "first", "request:\n  sends: explain\n  reply: confirm\ncovers: [second]\norder: 7\n"
                            "alternative_to: second\narchived: true\n")
    write(library, "second")
    parsed = load_catalog([library], ParseCache(tmp_path / "cache.pickle"))
    cached = load_catalog([library], ParseCache(tmp_path / "cache.pickle"))
    procedure = cached.procedures["first"]
    assert procedure == parsed.procedures["first"]
    assert (procedure.sends_step, procedure.reply_step, procedure.covers, procedure.order,
            procedure.alternative_to, procedure.archived) == ("explain", "confirm", ("second",), 7, "second",
                                                              True)


# --- the checklist ------------------------------------------------------------------------------------


def base() -> Procedure:
    return loaded(GOOD)


def catalog_of(*procedures: Procedure) -> Catalog:
    return Catalog(procedures={procedure.id: procedure for procedure in procedures})


def ids(checklist: Checklist) -> list[str]:
    return [entry.procedure.id for entry in checklist.entries]


def test_a_lower_order_comes_first_and_equal_orders_keep_the_usual_order() -> None:
    information = replace(base(), id="a-information", kind="information", title="A information", order=5)
    objection = replace(base(), id="b-objection", title="B objection")
    setting = replace(base(), id="c-setting", kind="setting", title="C setting")
    late = replace(base(), id="d-objection", title="D objection", order=200)
    catalog = catalog_of(late, setting, objection, information)
    assert ids(Checklist(catalog, "facebook", "EU", [], {})) == [
        "a-information", "b-objection", "c-setting", "d-objection"]
    assert [p.id for p in catalog.for_account("facebook", "EU")] == ids(Checklist(catalog, "facebook", "EU",
                                                                                  [], {}))


def test_an_alternative_comes_right_after_the_procedure_it_stands_for() -> None:
    main = replace(base(), id="main", title="Z main", order=10)
    other = replace(base(), id="other", title="A other")
    alternative = replace(base(), id="via-about", title="B via about", alternative_to="main", order=50)
    checklist = Checklist(catalog_of(alternative, other, main), "facebook", "EU", [], {})
    assert ids(checklist) == ["main", "via-about", "other"]
    assert [entry.alternative_to for entry in checklist.entries] == [None, "main", None]


def test_an_alternative_stands_alone_when_its_procedure_is_not_shown() -> None:
    main = replace(base(), id="main", title="Z main")
    alternative = replace(base(), id="via-about", title="B via about", alternative_to="main")
    catalog = catalog_of(alternative, main)
    hidden = Checklist(catalog, "facebook", "EU", [], {"main": "hidden"})
    assert ids(hidden) == ["via-about"] and hidden.entries[0].alternative_to is None
    elsewhere = Checklist(catalog_of(alternative, replace(main, regions=("US",))), "facebook", "EU", [], {})
    assert ids(elsewhere) == ["via-about"] and elsewhere.entries[0].alternative_to is None


def test_alternatives_to_alternatives_and_loops() -> None:
    a = replace(base(), id="a", title="a")
    b = replace(base(), id="b", title="b", alternative_to="c")
    c = replace(base(), id="c", title="c", alternative_to="a")
    assert [(p.id, parent) for p, parent in with_alternatives([a, b, c])] == [
        ("a", None), ("c", "a"), ("b", "c")]
    x = replace(base(), id="x", title="x", alternative_to="y")
    y = replace(base(), id="y", title="y", alternative_to="x")
    assert [(p.id, parent) for p, parent in with_alternatives([x, y])] == [("x", None), ("y", "x")]


def account(id_: int, label: str, platform: str = "facebook", group: str = "me") -> Account:
    return Account(id_, f"uid{id_}", label, platform, "EU", "", "", "", "", group, NOW, None)


def test_an_archived_procedure_is_offered_only_to_an_account_that_used_it() -> None:
    current = replace(base(), id="current", title="current")
    old = replace(base(), id="old", title="old", archived=True, alternative_to="current")
    catalog = catalog_of(current, old)
    assert [p.id for p in catalog.for_account("facebook", "EU")] == ["current"]
    assert ids(Checklist(catalog, "facebook", "EU", [], {})) == ["current"]
    used = Checklist(catalog, "facebook", "EU", [], {}, used=["old"])
    assert ids(used) == ["current", "old"] and used.entries[1].alternative_to == "current"
    kim = account(1, "Kim")
    assert ids(Checklist.for_account(catalog, kim, {}, [("old", "explain")])) == ["current", "old"]
    submitted = {"old": Run(1, "old", status="submitted", status_at=NOW)}
    assert ids(Checklist.for_account(catalog, kim, submitted, iter([]))) == ["current", "old"]
    untouched = {"old": Run(1, "old")}  # a run that is "not-started" is no use
    assert ids(Checklist.for_account(catalog, kim, untouched, [])) == ["current"]
    added = Checklist(catalog, "facebook", "EU", [], {"old": "added"})
    assert ids(added) == ["current", "old"] and added.entries[1].added_by_hand
    elsewhere = Checklist(catalog_of(replace(old, regions=("US",)), current), "facebook", "EU", [], {},
                          used=["old"])
    assert ids(elsewhere) == ["current"]  # used, but not a route for this account


def test_an_archived_complaint_is_not_picked() -> None:
    complaint = replace(base(), id="complaint", kind="complaint", archived=True)
    assert catalog_of(complaint).complaint_for("facebook", "EU") is None


# --- coverage -----------------------------------------------------------------------------------------


def covering_catalog() -> tuple[Catalog, Procedure, Procedure]:
    facebook = replace(base(), id="fb-object", covers=("ig-object",), covers_account_group=True)
    instagram = replace(base(), id="ig-object", covers_account_group=False)
    return catalog_of(facebook, instagram), facebook, instagram


def test_a_run_of_a_procedure_that_covers_this_one_covers_it_with_who_what_and_since_when() -> None:
    catalog, _facebook, instagram = covering_catalog()
    runs = {(1, "fb-object"): RunState(1, "fb-object", "waiting", submitted_on=D(2025, 5, 1),
                                       extended=True, status_on=D(2025, 5, 20))}
    coverage = group_coverage(instagram, 2, [1, 2], runs, catalog)
    assert coverage == Coverage(1, "waiting", "fb-object", D(2025, 5, 1))  # since it was sent
    assert group_coverage(instagram, 2, [1, 2], runs) is None  # without the catalog: only itself counts
    no_status_date = {(1, "fb-object"): RunState(1, "fb-object", "submitted", submitted_on=D(2025, 5, 1))}
    found = group_coverage(instagram, 2, [1, 2], no_status_date, catalog)
    assert found is not None and found.since == D(2025, 5, 1)
    granted = {(1, "fb-object"): RunState(1, "fb-object", "granted", status_on=D(2025, 6, 2))}
    found = group_coverage(instagram, 2, [1, 2], granted, catalog)
    assert found is not None and (found.status, found.since) == ("granted", D(2025, 6, 2))
    completed = {(1, "fb-object"): RunState(1, "fb-object", "not-started", completed_on=D(2025, 7, 3),
                                            status_on=D(2020, 1, 1))}
    found = group_coverage(instagram, 2, [1, 2], completed, catalog)
    assert found is not None and found.since == D(2025, 7, 3)


def test_coverage_follows_the_data_not_both_ways() -> None:
    catalog, facebook, _instagram = covering_catalog()
    runs = {(1, "ig-object"): RunState(1, "ig-object", "submitted", status_on=D(2025, 5, 1))}
    assert group_coverage(facebook, 2, [1, 2], runs, catalog) is None  # ig-object covers nothing


def test_a_refused_run_covers_nothing() -> None:
    catalog, facebook, instagram = covering_catalog()
    for procedure_id in ("fb-object",):
        refused = {(1, procedure_id): RunState(1, procedure_id, "refused", submitted_on=D(2025, 5, 1),
                                               completed_on=D(2025, 5, 1), status_on=D(2025, 5, 3))}
        assert group_coverage(instagram, 2, [1, 2], refused, catalog) is None
        assert group_coverage(facebook, 2, [1, 2], refused, catalog) is None


def test_on_one_account_the_procedure_itself_counts_before_those_that_cover_it() -> None:
    catalog, facebook, _instagram = covering_catalog()
    both_ways = replace(facebook, id="fb-b", covers=("fb-object",))
    catalog = catalog_of(*catalog.procedures.values(), both_ways)
    runs = {(1, "fb-b"): RunState(1, "fb-b", "submitted", status_on=D(2025, 5, 1)),
            (1, "fb-object"): RunState(1, "fb-object", "granted", status_on=D(2025, 6, 1))}
    coverage = group_coverage(facebook, 2, [1, 2], runs, catalog)
    assert coverage is not None and coverage.procedure_id == "fb-object"
    assert catalog.covering("fb-object") == ("fb-b",) and catalog.covering("ig-object") == ("fb-object",)


def test_coverage_in_the_group_gives_labels_and_details() -> None:
    catalog, _facebook, _instagram = covering_catalog()
    kim, art = account(1, "Kim"), account(2, "Art", platform="instagram")
    instagram_catalog = catalog_of(replace(catalog.procedures["fb-object"], platforms=("facebook",)),
                                   replace(catalog.procedures["ig-object"], platforms=("instagram",)))
    runs = {1: {"fb-object": Run(1, "fb-object", status="submitted", status_at=NOW, submitted_at=NOW)}}
    checklist = Checklist.for_account(instagram_catalog, art, {}, [])
    assert ids(checklist) == ["ig-object"]
    assert coverage_in_group(art, checklist, [kim], runs) == {"ig-object": "Kim"}  # the checklist's catalog
    details = coverage_details_in_group(art, checklist, [kim], runs)
    assert details == {"ig-object": Coverage(1, "submitted", "fb-object", NOW.date())}
    assert coverage_details_in_group(art, checklist, [], runs) == {}
    refused = {1: {"fb-object": Run(1, "fb-object", status="refused", status_at=NOW)}}
    assert coverage_in_group(art, checklist, [kim], refused, instagram_catalog) == {}
