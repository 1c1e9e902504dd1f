"""Importing Markdown checklists as they are published on the web."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.markdown_import import import_markdown, slugify
from app.core.procedures import load_procedure_bytes

TODAY = dt.date(2026, 11, 22)


def imported(markdown: str, **kwargs: object):  # type: ignore[no-untyped-def]
    result = import_markdown(markdown, source_name="list.md", today=TODAY, **kwargs)  # type: ignore[arg-type]
    loaded = load_procedure_bytes(result.yaml_text.encode("utf-8"), Path("imported.yaml"), today=TODAY)
    assert loaded.problems == [], [str(p) for p in loaded.problems]
    assert loaded.procedure is not None
    return result, loaded.procedure


GITHUB_STYLE = """# Privacy checklist for 2025

Compiled from [this guide](https://example.org/guide "The guide").

## LinkedIn
- [x] Turn off **Data for Generative AI Improvement**
  - Settings & Privacy > Data privacy
  - [Official help](https://www.linkedin.com/help/linkedin/answer/a5538339)
- [ ] File the data processing objection

## Google
* [ ] Turn off Gemini Apps Activity: <https://myactivity.google.com/product/gemini>
\t* check the mobile app too
"""


def test_headings_nesting_ticks_and_links() -> None:
    result, procedure = imported(GITHUB_STYLE)
    assert procedure.title == "Privacy checklist for 2025"
    assert procedure.sources[0].url == "https://example.org/guide"
    assert procedure.sources[0].accessed == TODAY
    assert [s.title for s in procedure.steps] == [
        "Turn off Data for Generative AI Improvement", "File the data processing objection",
        "Turn off Gemini Apps Activity: https://myactivity.google.com/product/gemini"]
    first, _, third = procedure.steps
    assert first.section == "LinkedIn" and third.section == "Google"
    assert "Settings & Privacy > Data privacy" in first.details
    assert [link.url for link in first.links] == ["https://www.linkedin.com/help/linkedin/answer/a5538339"]
    assert "check the mobile app too" in third.details
    assert third.links[0].url == "https://myactivity.google.com/product/gemini"
    assert (result.steps, result.checked) == (3, 1)


def test_numbered_lists_without_boxes_and_code_blocks() -> None:
    markdown = """Steps (see https-less text) from [a blog](http://blog.example.net/post):

1. Open the app
2. Tap Settings
   1. Then Privacy
```
- [ ] this is code, not a step
```
3. Done
"""
    _, procedure = imported(markdown)
    assert [s.title for s in procedure.steps] == ["Open the app", "Tap Settings", "Done"]
    assert "Then Privacy" in procedure.steps[1].details
    assert procedure.title == "list.md"


def test_unsafe_links_are_left_out_and_reported() -> None:
    markdown = "- [ ] Click [here](javascript:alert(1)) or [there](file:///etc/passwd)\n- [ ] [Safe](https://a.example)\n"
    result, procedure = imported(markdown)
    assert result.dropped_links == ["javascript:alert(1)", "file:///etc/passwd"]
    assert [link.url for step in procedure.steps for link in step.links] == ["https://a.example"]
    assert procedure.steps[0].title == "Click here or there"


def test_repeated_titles_get_distinct_step_ids() -> None:
    _, procedure = imported("- [ ] Log in\n- [ ] Log in\n- [ ] Log in\n", source_url="https://example.org")
    assert procedure.step_ids == ("log-in", "log-in-2", "log-in-3")


def test_options_are_used() -> None:
    _, procedure = imported("- [ ] a\n", source_url="https://example.org/x", procedure_id="my-list",
                            platforms=("linkedin",), regions=("EU", "UK"))
    assert (procedure.id, procedure.platforms, procedure.regions) == ("my-list", ("linkedin",), ("EU", "UK"))


@pytest.mark.parametrize(("markdown", "message"), [
    ("# Only a title\n\nSome text.\n", "no checklist items"),
    ("- [ ] a step with no link\n", "no web address"),
])
def test_nothing_to_import_is_explained(markdown: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        import_markdown(markdown, source_name="x.md", today=TODAY)


def test_slugify() -> None:
    assert slugify("Opt out: Meta AI (2025)!") == "opt-out-meta-ai-2025"
    assert slugify("!!!") == "imported-checklist"
