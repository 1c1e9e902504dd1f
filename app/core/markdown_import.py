"""Turn a Markdown checklist (`- [ ] step` lines, headings as sections) into a procedure file.

Checklists published on the web nest items, tick some of them, and put links inside items. Top-level items
become steps (ticked or not: progress is never imported); nested items become the step's details; links in
an item become the step's links (only https, http and mailto; others are left out and reported); headings
become sections. The result is YAML text that the validator accepts, with comments saying what to check.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from app.core.procedures import ALLOWED_LINK_SCHEMES

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?:\[(?P<mark>[ xX])\]\s+)?(?P<text>.*)$")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")


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


def _clean(text: str, links: list[tuple[str, str]], dropped: list[str]) -> str:
    def keep(match: re.Match[str]) -> str:
        label, url = match.group(1), match.group(2)
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme in ALLOWED_LINK_SCHEMES:
            links.append((label.strip(), url))
        else:
            dropped.append(url)
        return label

    text = _LINK.sub(keep, text)
    def autolink(match: re.Match[str]) -> str:
        url = match.group(1)
        shown = url.removeprefix("mailto:")
        links.append((shown, url))
        return shown

    text = _AUTOLINK.sub(autolink, text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    return " ".join(text.split())


def import_markdown(markdown: str, *, source_name: str, procedure_id: str | None = None,
                    source_url: str | None = None, platforms: tuple[str, ...] = ("other",),
                    regions: tuple[str, ...] = ("any",), today: dt.date | None = None) -> ImportResult:
    """Build procedure YAML from a Markdown checklist; raises ValueError when there is nothing to import."""
    today = today or dt.date.today()
    title = ""
    summary_lines: list[str] = []
    section = ""
    steps: list[_Step] = []
    dropped: list[str] = []
    all_links: list[str] = []
    base_indent: int | None = None
    in_code = False
    for raw in markdown.splitlines():
        if raw.strip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or not raw.strip():
            continue
        heading = _HEADING.match(raw)
        if heading:
            text = _clean(heading.group(2), [], [])
            if len(heading.group(1)) == 1 and not title:
                title = text
            else:
                section = text
            continue
        item = _ITEM.match(raw.replace("\t", "    "))
        if item:
            indent = len(item.group("indent"))
            links: list[tuple[str, str]] = []
            text = _clean(item.group("text"), links, dropped)
            all_links.extend(url for _, url in links)
            if not text:
                continue
            if base_indent is None:
                base_indent = indent
            if indent <= base_indent or not steps:
                steps.append(_Step(text, section, links, checked=(item.group("mark") or " ").lower() == "x"))
            else:
                depth = max(0, (indent - base_indent) // 2 - 1)
                steps[-1].details.append("  " * depth + f"- {text}")
                steps[-1].links.extend(links)
            continue
        if not steps and not section:
            links = []
            summary_lines.append(_clean(raw, links, dropped))
            all_links.extend(url for _, url in links)
        elif steps:
            links = []
            text = _clean(raw, links, dropped)
            steps[-1].details.append(text)
            steps[-1].links.extend(links)
            all_links.extend(url for _, url in links)
    if not steps:
        raise ValueError("no checklist items were found: write each step as a line starting with '- [ ]'")
    title = title or source_name
    url = source_url or next((link for link in all_links if link.startswith(("https://", "http://"))), None)
    if url is None:
        raise ValueError("the checklist names no web address to cite as its source; give one (--source URL)")
    ident = procedure_id or slugify(title)
    used: set[str] = set()
    data = {
        "schema_version": 1,
        "id": ident,
        "title": title,
        "summary": " ".join(summary_lines).strip() or f"Imported from {source_name}.",
        "platforms": list(platforms),
        "regions": list(regions),
        "kind": "opt-out",
        "sources": [{"url": url, "title": f"Checklist imported from {source_name}", "accessed": today.isoformat()}],
        "reviewed": today.isoformat(),
        "caveats": ["Imported from a checklist: check each step against the source before relying on it."],
        "outcome": "As described by the source checklist.",
        "steps": [],
    }
    for step in steps:
        step_id = slugify(step.title, "step")[:40].rstrip("-") or "step"
        candidate, number = step_id, 2
        while candidate in used:
            candidate, number = f"{step_id}-{number}", number + 1
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
        data["steps"].append(entry)  # type: ignore[attr-defined]
    header = (f"# Imported from {source_name} on {today.isoformat()} by 'objector import-markdown'.\n"
              "# Check the platforms, regions, kind, sources and wording, then run 'objector validate' on it.\n")
    text = header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return ImportResult(text, ident, len(steps), sum(1 for s in steps if s.checked), dropped)
