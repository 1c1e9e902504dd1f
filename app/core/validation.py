"""Reading and checking one procedure file: every problem in it, each with its line and column, or the
`Procedure` it describes.

Only needed when a file is really parsed (start-up with an unchanged library takes its procedures from the
parse cache), so the YAML reader and the schema are imported when first used.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.core.problem import Problem
from app.core.procedure_values import (
    DEFAULT_ORDER,
    NOTE_AFTER_MONTHS,
    Checked,
    Deadline,
    Link,
    Period,
    Procedure,
    ReplyPeriod,
    Source,
    Step,
    Steps,
    months_after,
)
from app.core.records import field, record

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.core.schema import SchemaChecker
    from app.core.yamlsource import Node

    Report = Callable[[Node, str], None]

SCHEMA_VERSION = 1
MAX_CAVEATS = 4  # a procedure written with `checked:` keeps its caveats to this many
# {law} is the data protection law of the account's region: "the UK GDPR" in the UK, else "the GDPR".
PLACEHOLDERS = ("name", "email", "handle", "country", "platform", "account", "date", "law")
ALLOWED_LINK_SCHEMES = ("https", "http", "mailto")


MAILTO_PARAMETERS = frozenset({"subject", "body"})


def mailto_allowed(url: str) -> bool:
    """A mailto: link with one address and at most a subject and a body: never `attach=`, `cc=` or other
    parameters a mail program would act on (`mailto:x@example.org?attach=/etc/passwd`)."""
    if url[:7].lower() != "mailto:":
        return False
    address, _, query = url[7:].partition("?")
    if address.count("@") != 1 or not address.strip("@"):
        return False
    if any(char in address for char in " \t\r\n,;<>\"'&"):
        return False
    if not query:
        return True
    for pair in query.split("&"):
        name, equals, _value = pair.partition("=")
        if not equals or name.lower() not in MAILTO_PARAMETERS:
            return False
    return True


@functools.cache
def _markdown_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                  re.Pattern[str]]:
    """Link targets, autolinks, images, HTML tags and link reference definitions in Markdown (compiled
    only when a file is parsed). Any `![` is an image, in whatever syntax (inline, reference, shortcut)."""
    return (re.compile(r"\]\(\s*<?([^)\s>]+)"), re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>"),
            re.compile(r"!\["),
            re.compile(r"<\s*/?\s*(img|script|style|iframe|object|embed|link|a|svg)\b", re.IGNORECASE),
            re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]*)", re.MULTILINE))


@record
class FileResult:
    path: Path
    procedure: Procedure | None
    problems: list[Problem] = field(default_factory=list)
    id_position: tuple[int, int] = (1, 1)


def _checker() -> SchemaChecker:
    from app.core.schema import SchemaChecker, load_schema  # only needed when a file is really parsed

    return SchemaChecker(load_schema(paths.schema_path()))


def load_procedure_file(path: Path) -> FileResult:
    """Read and check one procedure file. Never raises for bad content."""
    from app.core.yamlsource import MAX_FILE_BYTES
    from app.files import read_regular

    try:
        # A FIFO or /dev/zero named *.yaml never hangs the loader, and a link is not followed: a folder of
        # procedures (shared by others, say) can never make Objector read, and quote back, a file elsewhere.
        raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
    except OSError as error:
        reason = error.strerror or str(error)
        if getattr(error, "kind", "") == "a link":
            reason += "; put the procedure file itself in the folder (Objector does not follow links)"
        return FileResult(path, None, [Problem(path, 0, 0, f"cannot read the file: {reason}")])
    return load_procedure_bytes(raw, path)


def load_procedure_bytes(raw: bytes, path: Path, today: dt.date | None = None) -> FileResult:
    """Parse and check a procedure from its bytes; `path` labels problems and is kept on the result."""
    from app.core.yamlsource import parse_yaml_bytes  # YAML is only needed when a file is really parsed

    parsed = parse_yaml_bytes(raw, path)
    problems = list(parsed.problems)
    root = parsed.root
    if root is None:
        return FileResult(path, None, problems)

    def report(node: Node, message: str) -> None:
        problems.append(Problem(path, node.line, node.column, message))

    if root.kind != "mapping":
        report(root, "the file must be a mapping of keys (id:, title:, steps: ...), "
                     f"not {'a list' if root.kind == 'sequence' else 'a single value'}")
        return FileResult(path, None, problems)
    version = root.value.get("schema_version")
    if version is not None:
        number = version[1].value
        if isinstance(number, int) and not isinstance(number, bool) and number > SCHEMA_VERSION:
            shown = str(number) if number < 10**9 else "a very large number"  # str() of 5,000 digits raises
            report(version[1], f"this procedure is written in format version {shown}, but this Objector "
                               f"reads version {SCHEMA_VERSION}; update Objector to use it")
            return FileResult(path, None, problems)
    _checker().check(root, report)
    _check_semantics(root, report, today or dt.date.today())
    problems.sort(key=lambda problem: (problem.line, problem.column))
    if problems:
        return FileResult(path, None, problems)
    ident = root.value["id"][1]
    # An older file, with `reviewed:` and no `checked:`, still loads; the problem says what to add.
    notices = [Problem(path, node.line, node.column, message) for node, message in _old_format(root)]
    return FileResult(path, _build(root.plain(), path), notices, (ident.line, ident.column))


def _old_format(root: Node) -> list[tuple[Node, str]]:
    """What an older procedure file lacks (it is loaded all the same): `checked:` in place of `reviewed:`."""
    mapping = root.value
    reviewed = mapping.get("reviewed")
    if reviewed is None:
        return []
    if "checked" in mapping:
        return [(reviewed[0], "this procedure has both 'checked:' and the older 'reviewed:'; remove "
                              "'reviewed:' ('checked: on:' is the date shown)")]
    return [(reviewed[0], f"this procedure uses the older 'reviewed: {reviewed[1].value}' (it was loaded all "
                          "the same); replace it with 'checked:' giving how (in-app, official-pages or "
                          "secondary), on (the day) and, if the newest dated source is more than 12 months "
                          "older, a note; add 'important:' (the one thing to know) and 'accessed:' to each "
                          "source (see docs/writing-procedures.md)")]


def _check_semantics(root: Node, report: Report, today: dt.date) -> None:
    """The rules a JSON Schema cannot express."""
    mapping = root.value
    steps = mapping.get("steps", (None, None))[1]
    seen: dict[str, Node] | None = None  # each step id, at its first use
    if steps is not None and steps.kind == "sequence":
        seen = {}
        for step in steps.value:
            if step.kind != "mapping":
                continue
            ident = step.value.get("id", (None, None))[1]
            if ident is not None and isinstance(ident.value, str):
                if ident.value in seen:
                    first = seen[ident.value]
                    report(ident, f"the step id '{ident.value}' is used twice in this procedure (first on "
                                  f"line {first.line}); each step needs its own id")
                else:
                    seen[ident.value] = ident
            template = step.value.get("template", (None, None))[1]
            if template is not None and isinstance(template.value, str):
                _check_template(template, report)
            details = step.value.get("details", (None, None))[1]
            if details is not None and isinstance(details.value, str):
                _check_markdown(details, report)
    _check_request(mapping, seen, report)
    _check_references(mapping, report)
    _check_not_future(mapping.get("reviewed", (None, None))[1], "reviewed", today, report)
    _check_checked(root, today, report)
    _check_deadlines(mapping.get("deadline", (None, None))[1], report)
    sources = mapping.get("sources", (None, None))[1]
    if sources is not None and sources.kind == "sequence":
        for source in sources.value:
            if source.kind == "mapping":
                for key in ("published", "accessed"):
                    _check_not_future(source.value.get(key, (None, None))[1], key, today, report)


def _as_date(node: Node | None) -> dt.date | None:
    if node is None or not isinstance(node.value, str):
        return None
    try:
        return dt.date.fromisoformat(node.value)
    except ValueError:
        return None


def _check_checked(root: Node, today: dt.date, report: Report) -> None:
    """A procedure written with `checked:` also has `important:`, `accessed:` on every source, at most four
    caveats, and a note when its newest dated source is more than 12 months older than the check."""
    mapping = root.value
    checked = mapping.get("checked", (None, None))[1]
    if checked is None or checked.kind != "mapping":
        return
    on_node = checked.value.get("on", (None, None))[1]
    _check_not_future(on_node, "checked: on", today, report)
    if "important" not in mapping:
        report(root, "the required key 'important' is missing: give the one most important thing to know, "
                     "in one or two plain sentences (it is shown first)")
    caveats = mapping.get("caveats", (None, None))[1]
    if caveats is not None and caveats.kind == "sequence" and len(caveats.value) > MAX_CAVEATS:
        report(caveats.value[MAX_CAVEATS], f"there are {len(caveats.value)} caveats; keep at most "
                                           f"{MAX_CAVEATS} (put the most important thing under 'important:', "
                                           "and leave out what matters least)")
    sources = mapping.get("sources", (None, None))[1]
    newest: dt.date | None = None
    if sources is not None and sources.kind == "sequence":
        for index, source in enumerate(sources.value):
            if source.kind != "mapping":
                continue
            if "accessed" not in source.value:
                report(source, f"sources ({_ordinal(index)} item): the required key 'accessed' is missing: "
                               "give the day you read the page")
            published = _as_date(source.value.get("published", (None, None))[1])
            if published is not None and (newest is None or published > newest):
                newest = published
    on = _as_date(on_node)
    if on is None or "note" in checked.value:
        return
    if newest is None:
        report(checked, "checked: a 'note' is required: no source shows a published date; say what the "
                        "check could and could not confirm, and that no dated source was found")
    elif on > months_after(newest, NOTE_AFTER_MONTHS):
        report(checked, f"checked: a 'note' is required: the newest published source "
                        f"({newest.isoformat()}) is more than {NOTE_AFTER_MONTHS} months before "
                        f"{on.isoformat()}; say what the check could and could not confirm, and whether "
                        "anything newer was found")


def _ordinal(index: int) -> str:
    from app.core.schema import _ordinal as ordinal

    return ordinal(index)


def _check_deadlines(deadline: Node | None, report: Report) -> None:
    """A list of deadlines gives each region one date at most, and at most one date for every region."""
    if deadline is None or deadline.kind != "sequence":
        return
    claimed: dict[str, int] = {}
    general = 0
    for index, entry in enumerate(deadline.value):
        if entry.kind != "mapping":
            continue
        regions = entry.value.get("regions", (None, None))[1]
        if regions is None:
            general += 1
            if general > 1:
                report(entry, f"deadline ({_ordinal(index)} item): only one date may leave out 'regions' "
                              "(it is the one for every other region); name the regions this one is for")
            continue
        if regions.kind != "sequence":
            continue
        for item in regions.value:
            name = item.value
            if not isinstance(name, str):
                continue
            key = "EU" if name in ("EU", "EEA") else name
            if key in claimed and claimed[key] != index:
                report(item, f"deadline ({_ordinal(index)} item): the region {name} already has a date "
                             f"(the {_ordinal(claimed[key])} item); give each region one date")
            claimed.setdefault(key, index)


def _check_request(mapping: dict[str, tuple[Node, Node]], steps: dict[str, Node] | None,
                   report: Report) -> None:
    """`request: {sends, reply}` names steps this procedure has; the reply comes after the sending."""
    request = mapping.get("request", (None, None))[1]
    if request is None or request.kind != "mapping" or steps is None:
        return
    order = list(steps)
    named: dict[str, Node] = {}
    for key in ("sends", "reply"):
        node = request.value.get(key, (None, None))[1]
        if node is None or not isinstance(node.value, str):
            continue
        if node.value not in steps:
            import difflib

            close = difflib.get_close_matches(node.value, order, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            report(node, f"the request's '{key}' names the step '{node.value}', which this procedure "
                         f"does not have{hint}; give the id of one of its steps")
        else:
            named[key] = node
    sends, reply = named.get("sends"), named.get("reply")
    if sends is not None and reply is not None:
        if sends.value == reply.value:
            report(reply, f"the request's 'sends' and 'reply' both name the step '{reply.value}'; the reply "
                          "is waited for in a later step than the one that sends")
        elif order.index(reply.value) < order.index(sends.value):
            report(reply, f"the request's reply step '{reply.value}' comes before the step that sends it "
                          f"('{sends.value}'); the reply step must come later")


def _check_references(mapping: dict[str, tuple[Node, Node]], report: Report) -> None:
    """`covers` and `alternative_to` name other procedures, never this one. (Whether the procedures they
    name exist is known only once the whole library is loaded: `load_catalog` checks that.)"""
    ident = mapping.get("id", (None, None))[1]
    own = ident.value if ident is not None and isinstance(ident.value, str) else None
    if own is None:
        return
    covers = mapping.get("covers", (None, None))[1]
    if covers is not None and covers.kind == "sequence":
        for item in covers.value:
            if item.value == own:
                report(item, f"'covers' names this procedure itself ('{own}'); list the other procedures one "
                             "submission also covers (for this procedure itself, use covers_account_group)")
    alternative = mapping.get("alternative_to", (None, None))[1]
    if alternative is not None and alternative.value == own:
        report(alternative, f"'alternative_to' names this procedure itself ('{own}'); give the id of the "
                            "procedure this one is another way of doing")


def _check_not_future(node: Node | None, key: str, today: dt.date, report: Report) -> None:
    if node is None or not isinstance(node.value, str):
        return
    try:
        when = dt.date.fromisoformat(node.value)
    except ValueError:
        return
    if when > today + dt.timedelta(days=1):
        report(node, f"'{key}' is {node.value}, which is in the future; give the date it really happened")


def _check_template(node: Node, report: Report) -> None:
    import string

    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(node.value) if name is not None]
    except ValueError as error:
        report(node, f"the template's braces do not match ({error}); write {{{{ and }}}} for a literal brace")
        return
    for name in fields:
        if name not in PLACEHOLDERS:
            import difflib

            close = difflib.get_close_matches(name, PLACEHOLDERS, n=1)
            hint = f" (did you mean {{{close[0]}}}?)" if close else ""
            shown = "{" + name + "}"
            report(node, f"unknown placeholder {shown}{hint}; the template can use "
                         + ", ".join("{" + p + "}" for p in PLACEHOLDERS))


def _check_markdown(node: Node, report: Report) -> None:
    text: str = node.value
    target_pattern, autolink_pattern, image_pattern, tag_pattern, definition_pattern = _markdown_patterns()
    if image_pattern.search(text) or tag_pattern.search(text):
        report(node, "details may not contain images or HTML tags (an image is any '!['; nothing is ever "
                     "loaded from elsewhere); describe the picture in words or add a link")
    for match in [*target_pattern.finditer(text), *autolink_pattern.finditer(text),
                  *definition_pattern.finditer(text)]:
        target = match.group(1)
        scheme = target.split(":", 1)[0].lower() if ":" in target else ""
        if scheme not in ALLOWED_LINK_SCHEMES or (scheme == "mailto" and not mailto_allowed(target)):
            report(node, f"the link {target!r} in details is not allowed: only https://, http:// and mailto: "
                         "addresses can be linked (mailto: with at most a subject and a body)")


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _build(data: dict[str, Any], path: Path) -> Procedure:
    steps = Steps(
        Step(
            id=step["id"],
            title=step["title"],
            section=step.get("section", ""),
            details=step.get("details", ""),
            links=tuple(Link(link["label"], link["url"]) for link in step.get("links", ())),
            template=step.get("template", ""),
            expect=step.get("expect", ""),
            optional=step.get("optional", False),
        )
        for step in data["steps"]
    )
    deadline_data = data.get("deadline")
    if isinstance(deadline_data, dict):
        deadline_data = [deadline_data]
    deadlines = tuple(Deadline(dt.date.fromisoformat(item["date"]), item["description"],
                               item.get("after", ""), tuple(item.get("regions", ())))
                      for item in deadline_data or ())
    checked = data.get("checked")
    reply = data.get("reply_period")
    recheck = data.get("recheck_after")
    request = data.get("request") or {}
    return Procedure(
        id=data["id"],
        title=data["title"],
        summary=data["summary"],
        provider=data.get("provider") or path.parent.name,
        platforms=tuple(data["platforms"]),
        regions=tuple(data["regions"]),
        kind=data["kind"],
        sources=tuple(
            Source(
                url=source["url"],
                title=source["title"],
                publisher=source.get("publisher", ""),
                published=_date(source.get("published")),
                accessed=_date(source.get("accessed")),
                supports=source.get("supports", ""),
            )
            for source in data["sources"]
        ),
        reviewed=dt.date.fromisoformat(checked["on"] if checked else data["reviewed"]),
        steps=steps,
        file=os.fspath(path),
        fingerprint=fingerprint(data),
        deadline=next((item for item in deadlines if not item.regions), deadlines[0] if deadlines else None),
        caveats=tuple(data.get("caveats", ())),
        disagreements=tuple(data.get("disagreements", ())),
        outcome=data.get("outcome", ""),
        covers_account_group=data.get("covers_account_group", False),
        reply_period=ReplyPeriod(reply.get("months", 0), reply.get("days", 0),
                                 reply.get("extension_months", 0), reply.get("basis", "")) if reply else None,
        recheck_after=Period(recheck.get("months", 0), recheck.get("days", 0)) if recheck else None,
        sends_step=request.get("sends"),
        reply_step=request.get("reply"),
        covers=tuple(data.get("covers", ())),
        order=data.get("order", DEFAULT_ORDER),
        alternative_to=data.get("alternative_to"),
        archived=data.get("archived", False),
        checked=Checked(checked["how"], dt.date.fromisoformat(checked["on"]), checked.get("note", ""))
        if checked else None,
        important=data.get("important", ""),
        region_notes=tuple((data.get("region_notes") or {}).items()),
        deadlines=deadlines,
    )


def fingerprint(data: dict[str, Any]) -> str:
    """A short hash of what the procedure says (not of its formatting or comments)."""
    import hashlib  # only when a file is really parsed
    import json

    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

