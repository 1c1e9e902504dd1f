"""Turn a Markdown checklist (`- [ ] step` lines, headings as sections) into a procedure file.

Checklists published on the web nest items, tick some of them, and put links inside items. Top-level items
become steps (ticked or not: progress is never imported); nested items become the step's details; links in
an item become the step's links (only https, http and mailto; others are left out and reported); headings
become sections. The result is YAML text that the validator accepts, with comments saying what to check.

Any text can be given: reading it takes time linear in its length, a checklist larger than the limits below
(or one that would make a procedure larger than the loader reads) is refused with a ValueError that names
the limit, and every value is written by the YAML emitter, so no text can add keys to the procedure.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from app.core.procedures import ALLOWED_LINK_SCHEMES
from app.core.yamlsource import MAX_FILE_BYTES, MAX_NODES

MAX_MARKDOWN_CHARS = 1_000_000  # longer text is refused before any of it is read
MAX_STEPS = 1_000  # top-level items, each one a step
MAX_TITLE_CHARS = 2_000  # a step title, a section or the procedure's title
MAX_PROCEDURE_BYTES = MAX_FILE_BYTES  # the largest procedure file the loader reads
MAX_PROCEDURE_VALUES = MAX_NODES  # the most values (keys, texts, lists) the loader reads in one file
_NAME_CHARS = 200  # how much of the file name goes into the title, summary, source and comment

# Every pattern takes time linear in the text it reads, whatever that text: no two quantifiers in one can
# match the same character, so a failed attempt is never retried by splitting the same characters another
# way, and the loops that search with them (_replace_links, _replace_autolinks) try each possible end once,
# not once for every possible start. They find what these earlier patterns found, which backtracked
# quadratically (a line of 120,000 "[" took 45 s and more):
#   heading   ^(#{1,6})\s+(.*?)\s*#*\s*$
#   item      ^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?:\[(?P<mark>[ xX])\]\s+)?(?P<text>.*)$
#   link      \[([^\]]+)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)
#   autolink  <((?:https?|mailto):[^>\s]+)>
_HEADING = re.compile(r"(#{1,6})\s+(\S.*)?")  # closing #s are taken off the text by _heading
_ITEM = re.compile(r"(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?:\[(?P<mark>[ xX])\]\s+)?(?P<text>\S.*)?")
_SPACES = re.compile(r"\s*")
_URL = re.compile(r"[^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*")  # characters and (groups) without spaces
_LINK_END = re.compile(r">?(?:\s+(?:\"[^\"]*\"\s*)?)?\)")  # an optional > and "title", then )
_AUTOLINK_START = re.compile(r"<(?:https?|mailto):")
_AUTOLINK_STOP = re.compile(r"[>\s]")
_EMPHASIS = re.compile(r"\*\*|__|`")
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass
class _Step:
    title: str
    section: str
    links: list[tuple[str, str]] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    checked: bool = False


@dataclass
class ImportResult:
    yaml_text: str
    procedure_id: str
    steps: int
    checked: int
    dropped_links: list[str]


def slugify(text: str, fallback: str = "imported-checklist") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return (slug[:60].rstrip("-") or fallback)


def _heading(line: str) -> tuple[int, str] | None:
    """The level and text of an ATX heading (`## Text ##`), or None when `line` is not one."""
    match = _HEADING.match(line) if line.startswith("#") else None
    if match is None:
        return None
    return len(match.group(1)), (match.group(2) or "").rstrip().rstrip("#").rstrip()


def _link_target(text: str, at: int) -> tuple[str, int] | None:
    """The URL of the link target that starts at `at` (just after `](`) and where the target ends."""
    at = _SPACES.match(text, at).end()  # type: ignore[union-attr]
    if text.startswith("<", at):
        end = _URL.match(text, at + 1).end()  # type: ignore[union-attr]
        url, end = (text[at + 1:end], end) if end > at + 1 else ("<", at + 1)
    else:
        end = _URL.match(text, at).end()  # type: ignore[union-attr]
        if end == at:
            return None
        url = text[at:end]
    close = _LINK_END.match(text, end)
    return None if close is None else (url, close.end())


def _replace_links(text: str, keep: Callable[[str, str], str]) -> str:
    """Replace each `[label](url "title")` with keep(label, url), left to right.

    A label runs from a `[` to the next `]`; every `[` before that `]` has the same label end and target, so
    when the target is not a link the search goes on after the `]`: each `]` is tried once, not once for
    every `[` before it (the earlier pattern's quadratic time).
    """
    pieces: list[str] = []
    done = search = 0
    while (start := text.find("[", search)) >= 0:
        close = text.find("]", start + 1)
        if close < 0:
            break
        search = close + 1
        if close == start + 1 or not text.startswith("(", close + 1):
            continue
        target = _link_target(text, close + 2)
        if target is None:
            continue
        url, search = target
        pieces += (text[done:start], keep(text[start + 1:close], url))
        done = search
    pieces.append(text[done:])
    return "".join(pieces)


def _replace_autolinks(text: str, keep: Callable[[str], str]) -> str:
    """Replace each `<https:...>`, `<http:...>` and `<mailto:...>` with keep(address), left to right.

    An address runs to the first `>` or space; every start before that has the same end, so the search goes
    on after it whether or not it was an address.
    """
    pieces: list[str] = []
    done = search = 0
    while (start := _AUTOLINK_START.search(text, search)) is not None:
        stop = _AUTOLINK_STOP.search(text, start.end())
        if stop is None:
            break
        search = stop.end()
        if stop.start() > start.end() and stop.group() == ">":
            pieces += (text[done:start.start()], keep(text[start.start() + 1:stop.start()]))
            done = search
    pieces.append(text[done:])
    return "".join(pieces)


def _keep_link(links: list[tuple[str, str]], dropped: list[str], label: str, url: str) -> str:
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme in ALLOWED_LINK_SCHEMES:
        links.append((" ".join(label.split()) or url, url))
    else:
        dropped.append(url)
    return label


def _keep_autolink(links: list[tuple[str, str]], url: str) -> str:
    shown = url.removeprefix("mailto:")
    links.append((shown, url))
    return shown


def _clean(text: str, links: list[tuple[str, str]], dropped: list[str]) -> str:
    if "](" in text:
        text = _replace_links(text, functools.partial(_keep_link, links, dropped))
    if "<" in text:
        text = _replace_autolinks(text, functools.partial(_keep_autolink, links))
    return " ".join(_EMPHASIS.sub("", text).split())


def _printable(char: str) -> str:
    if char.isprintable():
        return char
    return "\ufffd" if "\ud800" <= char <= "\udfff" else " "  # half a UTF-16 pair, from an undecodable name


def _one_line(text: str) -> str:
    """`text` (a file name) as one short line of printable characters, safe in a YAML comment or a title:
    no line break (nor anything YAML reads as one: \\r, \\x85, \\u2028...), control or format character."""
    shown = " ".join("".join(map(_printable, text[:4 * _NAME_CHARS])).split())
    return shown if len(shown) <= _NAME_CHARS else shown[:_NAME_CHARS - 1].rstrip() + "\u2026"


def _values(data: Any) -> int:
    """How many values the loader counts in `data` (as app.core.yamlsource does: keys, texts, lists...)."""
    if isinstance(data, dict):
        return 1 + sum(1 + _values(value) for value in data.values())
    if isinstance(data, list):
        return 1 + sum(_values(value) for value in data)
    return 1


def _text_size(data: Any) -> int:
    """A lower bound on the length of `data` written as YAML: its texts, with every line break in a value
    written as two characters (a quoted or folded text cannot write one in fewer)."""
    if isinstance(data, dict):
        return sum(len(key) + _text_size(value) for key, value in data.items())
    if isinstance(data, list):
        return sum(_text_size(value) for value in data)
    return len(data) + data.count("\n") if isinstance(data, str) else 1


def _too_long(number: int, what: str, text: str, hint: str = "") -> ValueError:
    return ValueError(f"line {number}: the {what} is {len(text):,} characters long; a title may be at most "
                      f"{MAX_TITLE_CHARS:,} characters. Shorten it{hint}")


def _split_it(what: str) -> str:
    return f"{what}. Split the checklist into several files and import each one"


def _too_big(size: str) -> ValueError:
    return ValueError(_split_it(f"the procedure made from this checklist would be {size} bytes long; a "
                                f"procedure file may be at most {MAX_PROCEDURE_BYTES:,} bytes"))


def import_markdown(markdown: str, *, source_name: str, procedure_id: str | None = None,
                    source_url: str | None = None, platforms: tuple[str, ...] = ("other",),
                    regions: tuple[str, ...] = ("any",), today: dt.date | None = None) -> ImportResult:
    """Build procedure YAML from a Markdown checklist.

    Raises ValueError, with a message for the user, when there is nothing to import or when the checklist is
    too large: over MAX_MARKDOWN_CHARS characters, over MAX_STEPS steps, a title over MAX_TITLE_CHARS, or a
    procedure the loader would refuse (over MAX_PROCEDURE_BYTES bytes or MAX_PROCEDURE_VALUES values).
    """
    if len(markdown) > MAX_MARKDOWN_CHARS:
        raise ValueError(_split_it(f"the checklist is {len(markdown):,} characters long; at most "
                                   f"{MAX_MARKDOWN_CHARS:,} characters can be imported"))
    today = today or dt.date.today()
    name = _one_line(source_name) or "a Markdown checklist"
    markdown = _SURROGATES.sub("\ufffd", markdown.removeprefix("\ufeff"))
    title = ""
    summary_lines: list[str] = []
    section = ""
    steps: list[_Step] = []
    dropped: list[str] = []
    all_links: list[str] = []
    base_indent: int | None = None
    in_code = False
    for number, raw in enumerate(markdown.splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("```"):
            in_code = not in_code
            continue
        if in_code or not stripped:
            continue
        heading = _heading(raw)
        if heading:
            text = _clean(heading[1], [], [])
            if len(text) > MAX_TITLE_CHARS:
                raise _too_long(number, "heading", text)
            if heading[0] == 1 and not title:
                title = text
            else:
                section = text
            continue
        item = _ITEM.match(raw.replace("\t", "    "))
        if item:
            indent = len(item.group("indent"))
            links: list[tuple[str, str]] = []
            text = _clean(item.group("text") or "", links, dropped)
            if links:
                all_links.extend(url for _, url in links)
            if not text:
                continue
            if base_indent is None:
                base_indent = indent
            if indent <= base_indent or not steps:
                if len(text) > MAX_TITLE_CHARS:
                    raise _too_long(number, "item", text, ", or put the rest on an indented line below it, "
                                                          "where it becomes part of the step's details")
                if len(steps) == MAX_STEPS:
                    raise ValueError(_split_it(f"line {number}: the checklist has more than {MAX_STEPS:,} "
                                               f"items; at most {MAX_STEPS:,} can be steps of one procedure"))
                steps.append(_Step(text, section, links, checked=(item.group("mark") or " ").lower() == "x"))
            else:
                depth = max(0, (indent - base_indent) // 2 - 1)
                steps[-1].details.append("  " * depth + f"- {text}")
                steps[-1].links.extend(links)
            continue
        if not steps and not section:
            links = []
            summary_lines.append(_clean(raw, links, dropped))
            if links:
                all_links.extend(url for _, url in links)
        elif steps:
            links = []
            text = _clean(raw, links, dropped)
            steps[-1].details.append(text)
            if links:
                steps[-1].links.extend(links)
                all_links.extend(url for _, url in links)
    if not steps:
        raise ValueError("no checklist items were found: write each step as a line starting with '- [ ]'")
    title = title or name
    url = source_url or next((link for link in all_links if link.startswith(("https://", "http://"))), None)
    if url is None:
        raise ValueError("the checklist names no web address to cite as its source; give one (--source URL)")
    ident = procedure_id or slugify(title)
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": ident,
        "title": title,
        "summary": " ".join(summary_lines).strip() or f"Imported from {name}.",
        "platforms": list(platforms),
        "regions": list(regions),
        "kind": "opt-out",
        "sources": [{"url": url, "title": f"Checklist imported from {name}", "accessed": today.isoformat()}],
        "checked": {"how": "secondary", "on": today.isoformat(),
                    "note": "Imported from a checklist; not checked against the platform or the live app."},
        "important": "Imported from a checklist: check each step against the source before relying on it.",
        "caveats": ["Imported from a checklist: check each step against the source before relying on it."],
        "outcome": "As described by the source checklist.",
        "steps": [],
    }
    used: set[str] = set()
    next_number: dict[str, int] = {}
    for step in steps:
        step_id = slugify(step.title, "step")[:40].rstrip("-") or "step"
        candidate, suffix = step_id, next_number.get(step_id, 2)  # numbers already tried are still taken
        while candidate in used:
            candidate, suffix = f"{step_id}-{suffix}", suffix + 1
        next_number[step_id] = suffix
        used.add(candidate)
        entry: dict[str, object] = {"id": candidate, "title": step.title}
        if step.section:
            entry["section"] = step.section
        if step.details:
            entry["details"] = "\n".join(step.details) + "\n"
        if step.links:
            seen_urls: set[str] = set()
            entry["links"] = [{"label": label, "url": link} for label, link in step.links
                              if not (link in seen_urls or seen_urls.add(link))]  # type: ignore[func-returns-value]
        data["steps"].append(entry)
    values = _values(data)
    if values > MAX_PROCEDURE_VALUES:
        raise ValueError(_split_it(f"the procedure made from this checklist would hold {values:,} values "
                                   f"(steps, links and their parts); a procedure may hold at most "
                                   f"{MAX_PROCEDURE_VALUES:,} values"))
    # Only comments are written here, on lines of their own and with nothing from the file but its name made
    # printable (no line break): every value is written by the YAML emitter, which quotes what needs quoting.
    header = (f"# Imported from {name} on {today.isoformat()} by 'objector import-markdown'.\n"
              "# Check the platforms, regions, kind, sources and wording, then run 'objector validate' on "
              "it.\n")
    least = len(header) + _text_size(data)
    if least > MAX_PROCEDURE_BYTES:
        raise _too_big(f"at least {least:,}")
    text = header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    size = len(text.encode("utf-8"))
    if size > MAX_PROCEDURE_BYTES:
        raise _too_big(f"{size:,}")
    return ImportResult(text, ident, len(steps), sum(1 for s in steps if s.checked), dropped)
