"""Importing hostile Markdown: time linear in the text, bounded output, and no value that can become YAML."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core.markdown_import import MAX_MARKDOWN_CHARS, import_markdown
from app.core.procedures import load_procedure_bytes
from app.core.yamlsource import MAX_FILE_BYTES, parse_yaml_bytes

TODAY = dt.date(2026, 11, 22)
TOP_LEVEL_KEYS = {"schema_version", "id", "title", "summary", "platforms", "regions", "kind", "sources",
                  "checked", "important", "caveats", "outcome", "steps"}
STEP_KEYS = {"id", "title", "section", "details", "links"}
STEP = "- [ ] Open <https://example.org/settings>\n"


def timed(markdown: str, **kwargs: Any) -> tuple[object, float]:
    """The result of importing `markdown` (or the ValueError it raised) and the seconds it took."""
    start = time.perf_counter()
    try:
        result: object = import_markdown(markdown, source_name="x.md", today=TODAY, **kwargs)
    except ValueError as error:
        result = error
    return result, time.perf_counter() - start


def loaded(text: str):  # type: ignore[no-untyped-def]
    result = load_procedure_bytes(text.encode("utf-8"), Path("imported.yaml"), today=TODAY)
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.procedure is not None
    return result.procedure


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Each made each of the earlier patterns backtrack quadratically (several seconds at 120,000 characters,
# hours near the size limit): a label, link target or address that never ends, re-read from every opening.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "brackets": lambda size: "[" * size,
    "link-openers": lambda size: "[" * (size // 2) + fill("[a](", size // 2),
    "link-title-unclosed": lambda size: "[" * (size // 2) + '](b "' + "x" * (size // 2 - 5),
    "link-spaces": lambda size: "[" * (size // 2) + "](b" + " " * (size // 2 - 4) + "c",
    "link-paren-groups": lambda size: "[" * (size // 2) + "](b" + fill("(c", size // 2 - 3),
    "link-angle-brackets": lambda size: "[" * (size // 2) + "](" + "<" * (size // 2 - 2),
    "labels-never-closed": lambda size: fill("[a", size),
    "autolink-openers": lambda size: fill("<https:", size),
    "mailto-openers": lambda size: fill("<mailto:", size),
    "heading-hashes": lambda size: "# " + "#" * (size - 3) + "x",
    "heading-spaces": lambda size: "# a" + " " * (size - 4) + "b",
    "heading-tabs": lambda size: "## a" + "\t" * (size - 5) + "b",
    "item-boxes": lambda size: fill("- [ ", size),
    "item-brackets": lambda size: "- [ ] " + "[" * (size - 6),
    "item-autolinks": lambda size: "- [ ] " + fill("<http:", size - 6),
    "deep-indentation": lambda size: "- [ ] a\n" + " " * (size // 2) + "- " + "[" * (size // 2 - 10),
    "numbered-item": lambda size: "1" * (size // 2) + ") " + "[" * (size // 2 - 2),
}


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_pathological_text_is_read_in_linear_time(case: str) -> None:
    markdown = PATHOLOGICAL[case](120_000)
    assert len(markdown) <= 120_000
    _, seconds = timed(markdown, source_url="https://example.org/list")
    assert seconds < 1.0, f"{case}: {seconds:.2f} s"


@pytest.mark.parametrize("case", ["brackets", "link-openers", "autolink-openers", "heading-hashes",
                                  "item-boxes", "labels-never-closed"])
def test_pathological_text_just_under_the_size_limit_is_read_in_linear_time(case: str) -> None:
    markdown = PATHOLOGICAL[case](MAX_MARKDOWN_CHARS - 1_000)
    result, seconds = timed(markdown, source_url="https://example.org/list")
    assert seconds < 1.0, f"{case}: {seconds:.2f} s"
    assert isinstance(result, ValueError)  # nothing to import, or a title too long: said, not written


def test_text_over_the_size_limit_is_refused() -> None:
    at_limit = STEP + "\n" * (MAX_MARKDOWN_CHARS - len(STEP))
    assert import_markdown(at_limit, source_name="x.md", today=TODAY).steps == 1
    with pytest.raises(ValueError, match=r"1,000,001 characters long; at most 1,000,000 characters"):
        import_markdown(at_limit + "x", source_name="x.md", today=TODAY)


def many_links(count: int) -> str:
    return STEP + "  - " + " ".join(f"[l](mailto:{n}@a)" for n in range(count)) + "\n"


@pytest.mark.parametrize(("markdown", "limit"), [
    pytest.param("".join(f"- [ ] Step {n} {'word ' * 216}\n" for n in range(900)), "1,000,000 bytes",
                 id="long-titles"),
    pytest.param(STEP + "  - x\n" * 160_000, "1,000,000 bytes", id="many-details"),
    pytest.param(STEP + ("\t" * 60 + "- x\n") * 15_000, "1,000,000 bytes", id="tab-indentation"),
    pytest.param(many_links(25_000), "100,000 values", id="many-links"),
])
def test_large_checklist_is_refused_rather_than_written_past_the_loader_limits(markdown: str,
                                                                              limit: str) -> None:
    assert len(markdown) <= MAX_MARKDOWN_CHARS
    with pytest.raises(ValueError, match=f"at most {limit}") as refused:
        import_markdown(markdown, source_name="x.md", source_url="https://example.org/list", today=TODAY)
    assert "Split the checklist" in str(refused.value)


def test_largest_allowed_procedures_are_within_the_loader_limits() -> None:
    for markdown in (STEP + "  - x\n" * 100_000, many_links(15_000)):
        result = import_markdown(markdown, source_name="x.md", today=TODAY)
        assert len(result.yaml_text.encode("utf-8")) <= MAX_FILE_BYTES
        loaded(result.yaml_text)
    with pytest.raises(ValueError, match="at most 100,000 values"):
        import_markdown(many_links(20_000), source_name="x.md", today=TODAY)


def test_number_of_steps_is_bounded() -> None:
    steps = "".join(f"- [ ] Step {n} <https://example.org/{n}>\n" for n in range(1_000))
    procedure = loaded(import_markdown(steps, source_name="x.md", today=TODAY).yaml_text)
    assert len(procedure.steps) == 1_000
    with pytest.raises(ValueError, match=r"line 1001: the checklist has more than 1,000 items"):
        import_markdown(steps + "- [ ] One too many\n", source_name="x.md", today=TODAY)


def test_title_length_is_bounded() -> None:
    longest = "- [ ] <https://example.org> " + "x" * (2_000 - len("https://example.org "))
    procedure = loaded(import_markdown(longest, source_name="x.md", today=TODAY).yaml_text)
    assert len(procedure.steps[0].title) == 2_000
    with pytest.raises(ValueError, match=r"line 1: the item is 2,001 characters long; a title may be at most "
                                         r"2,000 characters"):
        import_markdown(longest + "x", source_name="x.md", today=TODAY)
    with pytest.raises(ValueError, match=r"line 2: the heading is 2,001 characters long"):
        import_markdown(f"{STEP}## {'x' * 2_001}\n", source_name="x.md", today=TODAY)


PAYLOADS = [": x", "# not a comment", "- item", "'single'", '"double"', "{a: 1}", "&anchor", "*alias",
            "!!python/object/apply:os.system", "? key", "| block", "> folded", "%YAML 1.2", "--- ...", "~",
            "yes", "null", "0x1F", "2026-01-01", "a: b # c - d 'e' \"f\" {g} &h *i !!j |k >l %m @n"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_that_looks_like_yaml_stays_text(payload: str) -> None:
    name = f"x.md\n{payload}\nregions: [US]\nkind: complaint"
    shown = f"x.md {payload} regions: [US] kind: complaint"
    markdown = (f"# Title {payload}\n\nSummary {payload}\n\n## Section {payload}\n"
                f"- [ ] Step {payload} [Label {payload}](https://example.org/a'b:c#d)\n"
                f"  - detail {payload}\n")
    result = import_markdown(markdown, source_name=name, today=TODAY)
    data = yaml.safe_load(result.yaml_text)
    assert set(data) == TOP_LEVEL_KEYS and set(data["steps"][0]) == STEP_KEYS
    procedure = loaded(result.yaml_text)
    assert (procedure.title, procedure.summary) == (f"Title {payload}", f"Summary {payload}")
    assert (procedure.regions, procedure.kind, procedure.platforms) == (("any",), "opt-out", ("other",))
    assert procedure.sources[0].url == "https://example.org/a'b:c#d"
    assert procedure.sources[0].title == f"Checklist imported from {shown}"
    (step,) = procedure.steps
    assert (step.title, step.section) == (f"Step {payload} Label {payload}", f"Section {payload}")
    assert step.details == f"- detail {payload}\n"
    assert [(link.label, link.url) for link in step.links] == [(f"Label {payload}", "https://example.org/a'b:c#d")]
    header = result.yaml_text.split("\n")[:3]
    assert header[0] == f"# Imported from {shown} on 2026-11-22 by 'objector import-markdown'."
    assert header[1].startswith("# Check the platforms") and header[2] == "schema_version: 1"


@pytest.mark.parametrize(("name", "shown"), [
    ("a.md\nregions: [US]\nkind: complaint", "a.md regions: [US] kind: complaint"),
    ("a.md\rregions: [US]\r\nkind: complaint", "a.md regions: [US] kind: complaint"),
    ("a.md\x85regions: [US]\u2028kind: complaint\u2029", "a.md regions: [US] kind: complaint"),
    ("a.md\x0bregions: [US]\x0ckind: complaint\x00", "a.md regions: [US] kind: complaint"),
    ("a.md\x1b[2K\u202eregions: [US]\ufeff", "a.md [2K regions: [US]"),
    ("caf\udce9.md\nid: other", "caf\ufffd.md id: other"),
    ("\n\t", "a Markdown checklist"),
    ("x" * 300 + "\nkind: complaint", "x" * 199 + "\u2026"),
])
def test_file_name_cannot_leave_the_comment(name: str, shown: str) -> None:
    result = import_markdown("- [ ] a\n", source_name=name, source_url="https://example.org/list",
                             today=TODAY)
    header = result.yaml_text.split("\n")[:3]
    assert header[0] == f"# Imported from {shown} on 2026-11-22 by 'objector import-markdown'."
    assert header[1].startswith("# Check the platforms") and header[2] == "schema_version: 1"
    assert set(yaml.safe_load(result.yaml_text)) == TOP_LEVEL_KEYS
    procedure = loaded(result.yaml_text)
    assert (procedure.title, procedure.summary) == (shown, f"Imported from {shown}.")
    assert (procedure.id, procedure.regions, procedure.kind) == (result.procedure_id, ("any",), "opt-out")
    assert procedure.sources[0].title == f"Checklist imported from {shown}"


PIECES = ["- [ ] ", "- [x] ", "  - ", "\t* ", "1. ", "# ", "## ", " ##", "\n", "\n", "```\n", "[", "]", "(",
          ")", "<", ">", '"', "'", "#", ": ", "- ", "{", "&a", "*a", "!!str", "|", "\u2028", "\x85", "\r",
          "[a](https://example.org/x)", "<https://example.org/y>", "<mailto:a@example.org>",
          "[j](javascript:x)", "**b**", "`c`", "text", "é"]
MARKDOWN = st.one_of(st.text(max_size=2_000), st.lists(st.sampled_from(PIECES), max_size=300).map("".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown=MARKDOWN, name=st.text(max_size=40),
       source_url=st.sampled_from([None, "https://example.org/list"]))
@example(markdown="- [ ] a\n", name="x.md\nregions: [US]\nkind: complaint", source_url="https://example.org")
@example(markdown="[" * 20_000 + "- [ ] a", name="x.md", source_url="https://example.org")
def test_any_text_is_refused_or_gives_well_formed_yaml(markdown: str, name: str,
                                                       source_url: str | None) -> None:
    start = time.perf_counter()
    try:
        result = import_markdown(markdown, source_name=name, source_url=source_url, today=TODAY)
    except ValueError:
        assert time.perf_counter() - start < 1.0
        return
    assert time.perf_counter() - start < 1.0
    data = yaml.safe_load(result.yaml_text)
    assert isinstance(data, dict) and set(data) == TOP_LEVEL_KEYS
    assert all(isinstance(step, dict) and set(step) <= STEP_KEYS for step in data["steps"])
    assert len(data["steps"]) == result.steps
    raw = result.yaml_text.encode("utf-8")
    assert len(raw) <= MAX_FILE_BYTES
    assert parse_yaml_bytes(raw, Path("imported.yaml")).problems == []  # no duplicate key, tag, alias...
    header = result.yaml_text.split("\n")[:3]
    assert header[0].startswith("# Imported from ") and header[0].isprintable()
    assert header[1].startswith("# Check the platforms") and header[2] == "schema_version: 1"
