"""A provider's news file (`procedures/<provider>/news.yaml`, issue 19): loaded beside the procedures but
never as one, checked (sources with an address, a title and the day read; no date in the future; newest
first), kept in the parse cache, and checked by `objector validate`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import app.core.news as news_module
from app.cli import main
from app.core.news import NewsResult, load_news_bytes
from app.core.procedures import ParseCache, load_catalog
from tests.conftest import FIXTURES

TODAY = dt.date(2026, 12, 2)
NEWS = """schema_version: 1
provider: example
updated: 2026-12-01
summary: >-
  Courts have not stopped the training; your objection is what protects you.
items:
  - date: 2025-05-23
    text: A court refused an urgent ban.
    sources:
      - url: https://example.org/ruling
        title: The ruling
        publisher: Example Court News
        published: 2025-05-23
        accessed: 2026-12-01
  - date: 2025-05-14
    text: A letter threatened an injunction.
    sources:
      - {url: https://example.org/letter, title: The letter, accessed: 2026-12-01}
proposed:
  - since: 2025-11-19
    text: A law would change the rules; it is not in force.
    sources:
      - {url: https://example.org/law, title: The proposal, accessed: 2026-12-01}
"""


def load(text: str) -> NewsResult:
    return load_news_bytes(text.encode("utf-8"), Path("example/news.yaml"), today=TODAY)


def test_a_news_file_loads_every_field() -> None:
    result = load(NEWS)
    assert result.problems == []
    news = result.news
    assert news is not None and news.provider == "example" and news.updated == dt.date(2026, 12, 1)
    assert [item.date for item in news.items] == [dt.date(2025, 5, 23), dt.date(2025, 5, 14)]
    assert news.items[0].sources[0].publisher == "Example Court News"
    assert news.items[0].sources[0].published == dt.date(2025, 5, 23)
    assert news.items[1].sources[0].published is None
    assert news.proposed[0].date == dt.date(2025, 11, 19) and "not in force" in news.proposed[0].text


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("updated: 2026-12-01", "updated: 2026-12-10", "'updated' is 2026-12-10, which is in the future"),
        ("  - date: 2025-05-23", "  - date: 2027-01-01", "'date' is 2027-01-01, which is in the future"),
        ("  - since: 2025-11-19", "  - since: 2027-01-01", "'since' is 2027-01-01, which is in the future"),
        ("        published: 2025-05-23\n", "        published: 2028-05-23\n", "in the future"),
        ("        accessed: 2026-12-01\n", "", "the required key 'accessed' is missing"),
        ("{url: https://example.org/letter, title: The letter, ", "{url: https://example.org/letter, ",
         "the required key 'title' is missing"),
        ("https://example.org/ruling", "file:///etc/passwd", "is not a web address"),
        ("  - date: 2025-05-14", "  - date: 2025-06-14", "list the events newest first"),
        ("provider: example\n", "", "the required key 'provider' is missing"),
        ("summary: >-", "summery: >-", "unknown key 'summery'"),
        ("    text: A court refused an urgent ban.\n", "", "the required key 'text' is missing"),
        ("schema_version: 1", "schema_version: 2", "2 is not one of: 1"),
    ],
)
def test_each_rule_of_a_news_file(old: str, new: str, expected: str) -> None:
    assert old in NEWS
    result = load(NEWS.replace(old, new, 1))
    assert result.news is None
    assert any(expected in problem.message for problem in result.problems), [
        problem.message for problem in result.problems]


def test_a_news_file_that_is_not_a_mapping_is_refused() -> None:
    result = load("- just a list\n")
    assert result.news is None and "must be a mapping" in result.problems[0].message


def library(tmp_path: Path, news: str = NEWS) -> Path:
    folder = tmp_path / "library" / "example"
    folder.mkdir(parents=True)
    procedure = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
    (folder / "example-object.yaml").write_text(procedure, encoding="utf-8")
    (folder / "news.yaml").write_text(news, encoding="utf-8")
    return folder.parent


def test_the_catalog_loads_news_beside_the_procedures_not_as_one(tmp_path: Path) -> None:
    catalog = load_catalog([library(tmp_path)])
    assert catalog.problems == []
    assert list(catalog.procedures) == ["example-object"]
    news = catalog.news_for("example")
    assert news is not None and news.summary.startswith("Courts have not stopped")
    assert catalog.news_for("meta") is None
    assert catalog.signatures is not None and any(name.endswith("news.yaml") for name in catalog.signatures)


def test_a_later_folder_s_news_replaces_an_earlier_one(tmp_path: Path) -> None:
    first = library(tmp_path / "one")
    second = library(tmp_path / "two", NEWS.replace("Courts have not", "Later: courts have not"))
    catalog = load_catalog([first, second])
    news = catalog.news_for("example")
    assert news is not None and news.summary.startswith("Later:")


def test_a_bad_news_file_is_a_problem_and_the_procedures_still_load(tmp_path: Path) -> None:
    folder = library(tmp_path, NEWS.replace("        accessed: 2026-12-01\n", ""))
    catalog = load_catalog([folder])
    assert list(catalog.procedures) == ["example-object"] and catalog.news == {}
    [problem] = catalog.problems
    assert problem.path.name == "news.yaml" and "'accessed' is missing" in problem.message


def test_the_parse_cache_keeps_news_and_notices_a_change(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    folder = library(tmp_path)
    news_file = folder / "example" / "news.yaml"
    old = time.time() - 60  # outside the cache's two racy seconds
    os.utime(news_file, (old, old))
    cache_file = tmp_path / "cache.pickle"
    first = load_catalog([folder], ParseCache(cache_file))
    assert first.news_for("example") is not None
    parsed: list[Path] = []
    real = news_module.load_news_bytes

    def counting(raw: bytes, path: Path, today: dt.date | None = None) -> NewsResult:
        parsed.append(path)
        return real(raw, path, today)

    monkeypatch.setattr(news_module, "load_news_bytes", counting)
    again = load_catalog([folder], ParseCache(cache_file))
    assert parsed == [] and again.news_for("example") == first.news_for("example")
    news_file.write_text(NEWS.replace("Courts have not", "Now: courts have not"), encoding="utf-8")
    changed = load_catalog([folder], ParseCache(cache_file))
    news = changed.news_for("example")
    assert parsed == [news_file] and news is not None and news.summary.startswith("Now:")


def test_validate_checks_news_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = library(tmp_path / "good")
    assert main(["--data-dir", str(tmp_path / "data"), "validate", str(good)]) == 0
    bad = library(tmp_path / "bad", NEWS.replace("updated: 2026-12-01", "updated: 2999-01-01"))
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), "validate", str(bad)]) != 0
    out = capsys.readouterr().out
    assert "news.yaml" in out and "'updated' is 2999-01-01, which is in the future" in out
