"""A provider's news file, `procedures/<provider>/news.yaml`: a short, dated note of what is happening
(rulings, regulators' actions, what is proposed but not in force), kept apart from the steps. It is not a
procedure.

Its format is `#/$defs/news` in `procedures/procedure.schema.json`; the rules a schema cannot express (no
date in the future, events newest first) are checked here. The catalog loads it beside the procedures.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.problem import Problem
from app.core.records import field, record

if TYPE_CHECKING:
    from app.core.yamlsource import Node

NEWS_FILE = "news.yaml"  # its name in a provider's folder
NEWS_SCHEMA_VERSION = 1


@record(frozen=True)
class NewsSource:
    url: str
    title: str
    accessed: dt.date
    publisher: str = ""
    published: dt.date | None = None


@record(frozen=True)
class NewsItem:
    """One dated event (`items`), or a proposal not in force (`proposed`, dated by when it was proposed)."""

    date: dt.date
    text: str
    sources: tuple[NewsSource, ...] = ()


@record(frozen=True)
class News:
    provider: str
    updated: dt.date
    summary: str
    items: tuple[NewsItem, ...] = ()  # newest first
    proposed: tuple[NewsItem, ...] = ()
    file: str = ""


@record
class NewsResult:
    path: Path
    news: News | None
    problems: list[Problem] = field(default_factory=list)


def is_news_file(name: str | os.PathLike[str]) -> bool:
    """Whether a file in the library is a provider's news file rather than a procedure."""
    return os.path.basename(os.fspath(name)) == NEWS_FILE


def load_news_file(path: Path) -> NewsResult:
    """Read and check one news file. Never raises for bad content."""
    from app.core.yamlsource import MAX_FILE_BYTES
    from app.files import read_regular

    try:
        raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
    except OSError as error:
        reason = error.strerror or str(error)
        return NewsResult(path, None, [Problem(path, 0, 0, f"cannot read the file: {reason}")])
    return load_news_bytes(raw, path)


def load_news_bytes(raw: bytes, path: Path, today: dt.date | None = None) -> NewsResult:
    """Parse and check a news file from its bytes; `path` labels the problems."""
    from app import paths
    from app.core.schema import SchemaChecker, load_schema
    from app.core.yamlsource import parse_yaml_bytes

    parsed = parse_yaml_bytes(raw, path)
    problems = list(parsed.problems)
    root = parsed.root
    if root is None:
        return NewsResult(path, None, problems)

    def report(node: Node, message: str) -> None:
        problems.append(Problem(path, node.line, node.column, message))

    if root.kind != "mapping":
        report(root, "a news file must be a mapping of keys (schema_version:, provider:, updated:, summary:, "
                     "items: ...)")
        return NewsResult(path, None, problems)
    schema = load_schema(paths.schema_path())
    SchemaChecker(schema).check_against(root, "news", report)
    _check_dates(root, today or dt.date.today(), report)
    problems.sort(key=lambda problem: (problem.line, problem.column))
    if problems:
        return NewsResult(path, None, problems)
    return NewsResult(path, _build(root.plain(), path))


def _date_of(node: Node | None) -> dt.date | None:
    if node is None or not isinstance(node.value, str):
        return None
    try:
        return dt.date.fromisoformat(node.value)
    except ValueError:
        return None


def _check_dates(root: Node, today: dt.date, report: Any) -> None:
    """No date in the future; events newest first."""
    def not_future(node: Node | None, key: str) -> None:
        when = _date_of(node)
        if node is not None and when is not None and when > today + dt.timedelta(days=1):
            report(node, f"'{key}' is {node.value}, which is in the future; give the date it really happened")

    mapping = root.value
    not_future(mapping.get("updated", (None, None))[1], "updated")
    for section, key in (("items", "date"), ("proposed", "since")):
        entries = mapping.get(section, (None, None))[1]
        if entries is None or entries.kind != "sequence":
            continue
        previous: dt.date | None = None
        for entry in entries.value:
            if entry.kind != "mapping":
                continue
            node = entry.value.get(key, (None, None))[1]
            not_future(node, key)
            when = _date_of(node)
            if section == "items" and when is not None and previous is not None and when > previous:
                report(node, f"items: {when.isoformat()} comes after {previous.isoformat()}; list the events "
                             "newest first")
            previous = when or previous
            sources = entry.value.get("sources", (None, None))[1]
            if sources is not None and sources.kind == "sequence":
                for source in sources.value:
                    if source.kind == "mapping":
                        for name in ("published", "accessed"):
                            not_future(source.value.get(name, (None, None))[1], name)


def _sources(items: list[dict[str, Any]]) -> tuple[NewsSource, ...]:
    return tuple(NewsSource(source["url"], source["title"], dt.date.fromisoformat(source["accessed"]),
                            source.get("publisher", ""),
                            dt.date.fromisoformat(source["published"]) if source.get("published") else None)
                 for source in items)


def _build(data: dict[str, Any], path: Path) -> News:
    return News(
        provider=data["provider"],
        updated=dt.date.fromisoformat(data["updated"]),
        summary=data["summary"],
        items=tuple(NewsItem(dt.date.fromisoformat(item["date"]), item["text"], _sources(item["sources"]))
                    for item in data.get("items", ())),
        proposed=tuple(NewsItem(dt.date.fromisoformat(item["since"]), item["text"], _sources(item["sources"]))
                       for item in data.get("proposed", ())),
        file=os.fspath(path),
    )
