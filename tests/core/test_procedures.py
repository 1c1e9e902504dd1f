"""The procedure loader and validator: every rule of the format, each with a test."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from app.core.procedures import (
    FileResult,
    load_catalog,
    load_files,
    load_procedure_bytes,
    load_procedure_file,
)
from app.core.yamlsource import MAX_DEPTH
from tests.conftest import FIXTURES

PATH = Path("proc.yaml")


def load(text: str | bytes) -> FileResult:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return load_procedure_bytes(raw, PATH, today=dt.date(2026, 11, 22))


def messages(result: FileResult) -> list[str]:
    return [problem.message for problem in result.problems]


def only_problem(result: FileResult) -> tuple[int, int, str]:
    assert result.procedure is None
    assert len(result.problems) == 1, [str(p) for p in result.problems]
    problem = result.problems[0]
    return problem.line, problem.column, problem.message


def test_good_file_builds_every_field(good_procedure_text: str) -> None:
    result = load(good_procedure_text)
    assert result.problems == []
    procedure = result.procedure
    assert procedure is not None
    assert procedure.id == "example-object"
    assert procedure.platforms == ("facebook", "instagram")
    assert procedure.regions == ("EU", "EEA", "UK")
    assert procedure.reviewed == dt.date(2025, 5, 21)
    assert procedure.deadline is not None and procedure.deadline.date == dt.date(2025, 5, 27)
    assert procedure.reply_period is not None and procedure.reply_period.extension_months == 2
    assert procedure.recheck_after is not None and procedure.recheck_after.months == 6
    assert procedure.covers_account_group is True
    assert procedure.step_ids == ("open-form", "explain", "confirm")
    assert procedure.steps[0].links[1].url == "mailto:privacy@example.org"
    assert "{name}" in procedure.steps[1].template
    assert procedure.sources[1].published is None
    assert procedure.sources[1].date_text == "undated, read 2025-05-01"
    assert procedure.disagreements == ("One guide gives 26 May as the last day, another 27 May.",)
    assert len(procedure.fingerprint) == 16


def test_fingerprint_ignores_comments_but_not_content(good_procedure_text: str) -> None:
    first = load(good_procedure_text).procedure
    commented = load("# another comment\n" + good_procedure_text).procedure
    reworded = load(good_procedure_text.replace("Wait for the confirmation email",
                                                "Wait for the email")).procedure
    assert first and commented and reworded
    assert first.fingerprint == commented.fingerprint
    assert first.fingerprint != reworded.fingerprint


def test_unknown_key_is_an_error_with_a_suggestion(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("\nsteps:\n", "\nstpes:\n")
    result = load(text)
    assert result.procedure is None
    found = [p for p in result.problems if "unknown key 'stpes'" in p.message]
    assert len(found) == 1
    assert "did you mean 'steps'" in found[0].message
    line = text.splitlines().index("stpes:") + 1
    assert (found[0].line, found[0].column) == (line, 1)
    assert any("required key 'steps' is missing" in m for m in messages(result))


def test_unknown_key_inside_a_step(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("    expect: An email within", "    expcet: An email within")
    found = [p for p in load(text).problems if "expcet" in p.message]
    assert found and "did you mean 'expect'" in found[0].message
    assert "3rd item, id 'confirm'" in found[0].message


def test_duplicate_key_is_an_error(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("kind: objection\n", "kind: objection\ntitle: Second title\n")
    line, column, message = only_problem(load(text))
    assert "'title' is written twice" in message
    assert line == text.splitlines().index("title: Second title") + 1
    assert column == 1
    first_line = text.splitlines().index(
        "title: Object to an example platform training AI on your posts") + 1
    assert f"first on line {first_line}" in message


def test_duplicate_step_id_is_an_error(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("  - id: confirm", "  - id: explain")
    _, _, message = only_problem(load(text))
    assert "step id 'explain' is used twice" in message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Object to an example platform training AI on your posts", "title: 2024",
         "title: must be text, not the number 2024; put it in quotes"),
        ("title: Object to an example platform training AI on your posts", "title: yes",
         "title: must be text, not the yes/no value true"),
        ("platforms: [facebook, instagram]", "platforms: facebook", "platforms: must be a list"),
        ("regions: [EU, EEA, UK]", "regions: [EU, Europe]", "'Europe' is not a region"),
        ("kind: objection", "kind: petition", "'petition' is not one of: objection, opt-out"),
        ("id: example-object", "id: Example_Object", "'Example_Object' is not a valid id"),
        ("  on: 2025-05-21", "  on: 2025-02-30", "'2025-02-30' is not a date"),
        ("  on: 2025-05-21", "  on: 2030-01-01", "in the future"),
        ("schema_version: 1", "schema_version: 0", "0 is not one of: 1"),
        ("  months: 6", "  months: 0", "must be at least 1"),
        ("        url: https://example.org/object", "        url: javascript:alert(1)",
         "'javascript:alert(1)' is not an allowed link"),
        ("        url: https://example.org/object", "        url: file:///etc/passwd",
         "is not an allowed link"),
        ("  - url: https://example.org/guide", "  - url: mailto:a@example.org",
         "is not a web address"),
        ("    accessed: 2025-05-01\n  - url", "    note: 2025-05-01\n  - url", "unknown key 'note'"),
    ],
)
def test_wrong_values_are_errors(good_procedure_text: str, old: str, new: str, expected: str) -> None:
    assert old in good_procedure_text
    result = load(good_procedure_text.replace(old, new, 1))
    assert result.procedure is None
    assert any(expected in m for m in messages(result)), messages(result)
    assert all(p.line > 0 and p.column > 0 for p in result.problems)


def test_procedure_needs_at_least_one_step(good_procedure_text: str) -> None:
    head = good_procedure_text.split("\nsteps:\n")[0]
    result = load(head + "\nsteps: []\n")
    assert any("steps: needs at least 1 item" in m for m in messages(result))


def test_a_step_must_be_a_mapping(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("  - id: confirm\n", "  - just some text\n  - id: confirm\n")
    assert any("2nd item" not in m and "must be a mapping" in m for m in messages(load(text)))


def test_every_problem_in_a_file_is_reported(good_procedure_text: str) -> None:
    text = (good_procedure_text.replace("kind: objection", "kind: petition")
            .replace("  on: 2025-05-21", "  on: tomorrow")
            .replace("\nsteps:\n", "\nstpes:\n"))
    result = load(text)
    assert len(result.problems) >= 4
    lines = [p.line for p in result.problems]
    assert lines == sorted(lines)


def test_unknown_placeholder_in_template(good_procedure_text: str) -> None:
    text = good_procedure_text.replace("I am {name} ({email})", "I am {nmae} ({email})")
    _, _, message = only_problem(load(text))
    assert "unknown placeholder {nmae}" in message and "did you mean {name}" in message


def test_markdown_details_cannot_link_elsewhere_or_show_images(good_procedure_text: str) -> None:
    bad_link = good_procedure_text.replace("(https://example.org/privacy)", "(file:///etc/passwd)")
    assert "not allowed" in only_problem(load(bad_link))[2]
    image = good_procedure_text.replace("look for the [privacy page]",
                                        "look for ![x](https://evil.test/a.png) the [p]")
    assert "images or HTML" in only_problem(load(image))[2]
    html = good_procedure_text.replace("Open **Settings**", 'Open <img src="https://evil.test/x.png">')
    assert "images or HTML" in only_problem(load(html))[2]


def test_newer_format_version_says_update(good_procedure_text: str) -> None:
    _, _, message = only_problem(load(good_procedure_text.replace("schema_version: 1", "schema_version: 3")))
    assert "format version 3" in message and "update Objector" in message


def test_python_tags_are_refused_and_run_nothing(tmp_path: Path, good_procedure_text: str) -> None:
    marker = tmp_path / "pwned"
    text = good_procedure_text.replace(
        "summary: Send", f"extra: !!python/object/apply:os.system ['touch {marker}']\nsummary: Send")
    result = load(text)
    assert not marker.exists()
    assert any("!!python/object/apply:os.system is not allowed" in m for m in messages(result))
    assert result.procedure is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "the file is empty"),
        (b"# only a comment\n\n", "the file is empty"),
        (b"id: x\ntitle: caf\xe9\n", "not UTF-8"),
        (b"- a\n- b\n", "must be a mapping of keys"),
        (b"just text\n", "must be a mapping of keys"),
        (b"id: [unclosed\n", "YAML syntax error"),
        (b"a: 1\n---\nb: 2\n", "more than one YAML document"),
        (b"a: \x00\n", "NUL character"),
    ],
)
def test_unusable_files_get_a_clear_message(raw: bytes, expected: str) -> None:
    result = load(raw)
    assert result.procedure is None
    assert any(expected in m for m in messages(result)), messages(result)


def test_not_utf8_points_at_the_bad_byte() -> None:
    line, column, _ = only_problem(load(b"id: x\ntitle: caf\xe9\n"))
    assert (line, column) == (2, 11)


def test_syntax_error_has_a_position() -> None:
    result = load("id: x\ntitle: [a, b\nsummary: c\n")
    assert result.problems[0].line >= 2


@pytest.mark.parametrize("opening", ["[", "{a: "], ids=["lists", "mappings"])
@pytest.mark.parametrize("levels", [60, 100_000])  # 100,000 stays under the 1 MB file limit
def test_absurd_nesting_is_rejected_quickly(opening: str, levels: int) -> None:
    # Objector's contract, whichever limit the YAML library has of its own (PyYAML 6.0.4 brought libyaml's,
    # with its own wording): refused quickly, with Objector's message, the file and a line.
    closing = "]" if opening == "[" else "}"
    start = time.perf_counter()
    result = load("a: " + opening * levels + closing * levels)
    elapsed = time.perf_counter() - start
    assert result.procedure is None
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.path.name and problem.line == 1
    assert f"nested more than {MAX_DEPTH} levels" in problem.message
    assert elapsed < 1.0


def test_alias_bomb_is_rejected_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 12):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 10)}]")
    start = time.perf_counter()
    result = load("\n".join(lines) + "\n")
    elapsed = time.perf_counter() - start
    assert any("expands to more than" in m for m in messages(result))
    assert elapsed < 1.0


def test_huge_file_is_rejected() -> None:
    assert "at most" in only_problem(load(b"a: " + b"x" * 2_000_000))[2]


def test_unreadable_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    result = load_procedure_file(tmp_path / "missing.yaml")
    assert result.procedure is None and "cannot read the file" in result.problems[0].message


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_bad_file_never_stops_the_good_ones(tmp_path: Path, good_procedure_text: str) -> None:
    write(tmp_path / "lib" / "a", "bad.yaml", "id: [broken\n")
    write(tmp_path / "lib" / "b", "good.yaml", good_procedure_text)
    write(tmp_path / "lib" / "c", "empty.yml", "")
    catalog = load_catalog([tmp_path / "lib"])
    assert list(catalog.procedures) == ["example-object"]
    assert {p.path.name for p in catalog.problems} == {"bad.yaml", "empty.yml"}
    assert catalog.files_read == 3


def test_duplicate_ids_in_one_folder_are_errors(tmp_path: Path, good_procedure_text: str) -> None:
    first = write(tmp_path / "lib", "one.yaml", good_procedure_text)
    write(tmp_path / "lib", "two.yaml", good_procedure_text)
    catalog = load_catalog([tmp_path / "lib"])
    assert catalog.procedures["example-object"].path == first
    [problem] = catalog.problems
    assert problem.path.name == "two.yaml" and "already used by" in problem.message
    assert problem.line == good_procedure_text.splitlines().index("id: example-object") + 1


def test_later_folder_replaces_earlier_and_says_which_won(tmp_path: Path, good_procedure_text: str) -> None:
    bundled = write(tmp_path / "bundled", "p.yaml", good_procedure_text)
    user = write(tmp_path / "user", "p.yaml",
                 good_procedure_text.replace("title: Object to", "title: Mine, object to"))
    catalog = load_catalog([tmp_path / "bundled", tmp_path / "user", tmp_path / "missing"])
    assert catalog.problems == []
    assert catalog.procedures["example-object"].path == user
    assert catalog.procedures["example-object"].title.startswith("Mine,")
    assert catalog.replaced == {"example-object": [bundled]}


def test_load_files_treats_named_files_as_one_set(tmp_path: Path, good_procedure_text: str) -> None:
    a = write(tmp_path / "x", "a.yaml", good_procedure_text)
    b = write(tmp_path / "y", "b.yaml", good_procedure_text)
    catalog = load_files([a, b])
    assert len(catalog.problems) == 1 and "already used" in catalog.problems[0].message


def test_stale_after_six_months(good_procedure_text: str) -> None:
    procedure = load(good_procedure_text).procedure
    assert procedure is not None
    assert not procedure.is_stale(dt.date(2025, 11, 1))
    assert procedure.is_stale(dt.date(2025, 12, 1))


def test_applies_to_platform_and_region(good_procedure_text: str) -> None:
    procedure = load(good_procedure_text).procedure
    assert procedure is not None
    assert procedure.applies_to("facebook", "UK")
    assert procedure.applies_to("instagram", "EU")
    assert not procedure.applies_to("facebook", "US")
    assert not procedure.applies_to("threads", "EU")


def test_fixture_folder_is_valid() -> None:
    catalog = load_catalog([FIXTURES / "procedures" / "good"])
    assert catalog.problems == [] and len(catalog) >= 1
