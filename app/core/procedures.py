"""Procedures: the checklists Objector shows, read from YAML files and checked before use.

`load_procedure_file` turns one file into a `Procedure` or a list of `Problem`s (every problem in the file,
each with its line and column). `load_catalog` loads whole folders in order, so that one bad file never
stops the good ones, and a later folder's procedure replaces an earlier one with the same id.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.schema import SchemaChecker
    from app.core.yamlsource import Node

from app import __version__, paths
from app.core.problem import Problem
from app.core.records import field, record, replace

SCHEMA_VERSION = 1
STALE_AFTER_DAYS = 183  # six months: older reviews are flagged "may be out of date"
PLACEHOLDERS = ("name", "email", "handle", "country", "platform", "account", "date")
ALLOWED_LINK_SCHEMES = ("https", "http", "mailto")
PROCEDURE_SUFFIXES = (".yaml", ".yml")
Signature = tuple[int, int, int, int]  # see file_signature()
CacheEntry = tuple["Procedure | None", "list[Problem]", tuple[int, int]]  # a file's procedure, problems, id position


MAILTO_PARAMETERS = frozenset({"subject", "body"})


def mailto_allowed(url: str) -> bool:
    """A mailto: link with one address and at most a subject and a body: never `attach=`, `cc=` or other
    parameters a mail program would act on (`mailto:x@example.org?attach=/etc/passwd`)."""
    if not url[:7].lower() == "mailto:":
        return False
    address, _, query = url[7:].partition("?")
    if address.count("@") != 1 or any(char in address for char in " \t\r\n,;<>\"'&") or not address.strip("@"):
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
    """Link targets, autolinks, images, HTML tags and link reference definitions in Markdown (compiled only
    when a file is parsed). Any `![` is taken as an image, in whatever syntax (inline, reference, shortcut)."""
    return (re.compile(r"\]\(\s*<?([^)\s>]+)"), re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>"),
            re.compile(r"!\["),
            re.compile(r"<\s*/?\s*(img|script|style|iframe|object|embed|link|a|svg)\b", re.IGNORECASE),
            re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]*)", re.MULTILINE))


@record(frozen=True)
class Link:
    label: str
    url: str


@record(frozen=True)
class Source:
    url: str
    title: str
    publisher: str = ""
    published: dt.date | None = None
    accessed: dt.date | None = None
    supports: str = ""

    @property
    def date_text(self) -> str:
        """The date to show beside the source: its publication date, else when it was read."""
        if self.published:
            return self.published.isoformat()
        if self.accessed:
            return f"undated, read {self.accessed.isoformat()}"
        return "undated"


@record(frozen=True)
class Deadline:
    date: dt.date
    description: str
    after: str = ""


@record(frozen=True)
class Period:
    months: int = 0
    days: int = 0


@record(frozen=True)
class ReplyPeriod:
    months: int = 0
    days: int = 0
    extension_months: int = 0
    basis: str = ""


@record(frozen=True)
class Step:
    id: str
    title: str
    section: str = ""
    details: str = ""
    links: tuple[Link, ...] = ()
    template: str = ""
    expect: str = ""
    optional: bool = False

    @functools.cached_property
    def search_text(self) -> str:
        """All of the step's words, lower-cased, for the search box (worked out once)."""
        parts = [self.title, self.section, self.details, self.template, self.expect]
        parts.extend(link.label for link in self.links)
        return "\n".join(parts).casefold()


class Steps(Sequence[Step]):
    """A procedure's steps, in order: a read-only sequence, like a tuple.

    Read from the parse cache, the steps stay encoded until something reads them, so start-up with a large
    library only decodes what the first screen shows. Their ids (for progress counts) come as one string,
    split on first use: a thousand tuples of twenty strings were a third of the time taken to read a large
    cache.
    """

    __slots__ = ("_ids", "_required_ids", "_items", "_encoded")

    def __init__(self, items: Iterable[Step] = ()) -> None:
        self._items: tuple[Step, ...] | None = tuple(items)
        self._encoded: bytes | None = None
        self._ids: tuple[str, ...] | str = tuple(step.id for step in self._items)
        self._required_ids: tuple[str, ...] | str | None = tuple(
            step.id for step in self._items if not step.optional)

    @classmethod
    def _from_cache(cls, ids: tuple[str, ...] | str, required_ids: tuple[str, ...] | str | None,
                    encoded: bytes) -> Steps:
        steps = cls.__new__(cls)
        steps._ids, steps._required_ids, steps._items, steps._encoded = ids, required_ids, None, encoded
        return steps

    @property
    def ids(self) -> tuple[str, ...]:
        ids = self._ids
        if isinstance(ids, str):
            ids = self._ids = tuple(ids.split("\n")) if ids else ()
        return ids

    @property
    def required_ids(self) -> tuple[str, ...]:
        """The ids of the steps that are not optional: all of them done completes the procedure."""
        required = self._required_ids
        if required is None:  # as read from the cache: the same as `ids`
            required = self._required_ids = self.ids
        elif isinstance(required, str):
            required = self._required_ids = tuple(required.split("\n")) if required else ()
        return required

    def _decoded(self) -> tuple[Step, ...]:
        if self._items is None:
            import pickle

            self._items = pickle.loads(self._encoded or b"")
            self._encoded = None
        return self._items

    def __reduce__(self) -> tuple[Any, ...]:
        import pickle

        encoded = self._encoded if self._items is None else pickle.dumps(self._items, pickle.HIGHEST_PROTOCOL)
        ids, required = self.ids, self.required_ids
        return Steps._from_cache, (_joined(ids), None if required == ids else _joined(required), encoded)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: Any) -> Any:
        return self._decoded()[index]

    def __iter__(self) -> Iterator[Step]:
        return iter(self._decoded())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Steps):
            return self.ids == other.ids and self._decoded() == other._decoded()
        if isinstance(other, tuple):
            return self._decoded() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._decoded())

    def __repr__(self) -> str:
        return f"Steps({self.ids!r})"


def _joined(ids: tuple[str, ...]) -> tuple[str, ...] | str:
    """Step ids as one string for the cache (they are slugs); the tuple itself if one could not be split."""
    if all(ids) and not any("\n" in step_id for step_id in ids):
        return "\n".join(ids)
    return ids


@record(frozen=True)
class Procedure:
    id: str
    title: str
    summary: str
    provider: str
    platforms: tuple[str, ...]
    regions: tuple[str, ...]
    kind: str
    sources: tuple[Source, ...]
    reviewed: dt.date
    steps: Steps
    path: Path
    fingerprint: str
    deadline: Deadline | None = None
    caveats: tuple[str, ...] = ()
    disagreements: tuple[str, ...] = ()
    outcome: str = ""
    covers_account_group: bool = False
    reply_period: ReplyPeriod | None = None
    recheck_after: Period | None = None

    def step(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (only by the parse cache) in two parts: the fields start-up reads of every procedure, and
        the rest as bytes, decoded when one of them is first read. Without its path: it takes the path of
        the file it is read from, and a thousand `Path` objects took a good part of reading a large cache."""
        import pickle

        state = self.__dict__
        rest = state.get("_deferred")
        if rest is None:
            rest = pickle.dumps({name: state[name] for name in _DEFERRED}, pickle.HIGHEST_PROTOCOL)
        return _cached_procedure, (tuple(state[name] for name in _HEAD), rest)

    def __getattr__(self, name: str) -> Any:
        """Called only for a name missing from the procedure: the fields a procedure read from the cache has
        not decoded yet, and its path, made from the file name on first use."""
        state = self.__dict__
        if name in _DEFERRED and "_deferred" in state:
            import pickle

            state.update(pickle.loads(state.pop("_deferred")))
            return state[name]
        if name == "path":
            file_name = state.pop("_path_name", None)
            path = state["path"] = None if file_name is None else Path(file_name)
            return path
        raise AttributeError(f"'Procedure' object has no attribute {name!r}")

    @functools.cached_property
    def search_text(self) -> str:
        """The procedure's own words (not its steps'), lower-cased, for the search box."""
        return "\n".join([self.title, self.summary, self.provider, *self.platforms]).casefold()

    @property
    def step_ids(self) -> tuple[str, ...]:
        return self.steps.ids

    @functools.cached_property
    def step_id_set(self) -> frozenset[str]:
        return frozenset(self.steps.ids)

    def is_stale(self, today: dt.date | None = None) -> bool:
        """True when the last review is more than six months old."""
        today = today or dt.date.today()
        return (today - self.reviewed).days > STALE_AFTER_DAYS

    def applies_to(self, platform: str, region: str) -> bool:
        """Whether this procedure is offered to an account on `platform` in `region`."""
        if platform not in self.platforms:
            return False
        return "any" in self.regions or region in self.regions or (
            region in EEA_COUNTRIES_AND_EU and ("EU" in self.regions or "EEA" in self.regions)
        )


# What start-up and the background count of follow-up read of every procedure (`deadline` for the actions
# that come due): decoded with the cache. The other fields wait until one is read.
_HEAD = ("id", "title", "provider", "platforms", "regions", "kind", "reviewed", "steps", "fingerprint", "deadline")
_DEFERRED = frozenset(Procedure.__record_fields__) - {*_HEAD, "path"}
for _name in _DEFERRED:  # no class-level defaults: a missing field must reach `__getattr__`
    if _name in Procedure.__dict__:
        delattr(Procedure, _name)


def _cached_procedure(head: tuple[Any, ...], rest: bytes) -> Procedure:
    procedure = Procedure.__new__(Procedure)
    state = procedure.__dict__
    state.update(zip(_HEAD, head))
    state["_deferred"] = rest
    return procedure


def _file_name_of(procedure: Procedure) -> str | None:
    """The file a procedure was read from, without making its `Path`."""
    state = procedure.__dict__
    if "path" in state:
        return None if state["path"] is None else os.fspath(state["path"])
    return state.get("_path_name")


# Regions an account can be in. EU and EEA are treated as one for matching: the GDPR applies in both.
EEA_COUNTRIES_AND_EU = frozenset({"EU", "EEA"})


@record
class FileResult:
    path: Path
    procedure: Procedure | None
    problems: list[Problem] = field(default_factory=list)
    id_position: tuple[int, int] = (1, 1)


@record
class Catalog:
    """Every procedure loaded from a set of folders, with the problems found and which file won each id.

    Orderings are worked out once per catalog (a catalog is not changed after loading; a reload makes a
    new one), because the window asks for them on every account switch.
    """

    procedures: dict[str, Procedure] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    replaced: dict[str, list[Path]] = field(default_factory=dict)
    files_read: int = 0
    # Each file's size, times and inode when it was read: the window compares them to notice a change made
    # between loading and the start of watching.
    # (None for a catalog not loaded from folders.)
    signatures: dict[str, Signature | None] | None = field(default=None, repr=False, compare=False)
    _sorted: list[Procedure] | None = field(default=None, repr=False, compare=False)
    _by_account: dict[tuple[str, str], list[Procedure]] = field(default_factory=dict, repr=False, compare=False)

    def get(self, procedure_id: str) -> Procedure | None:
        return self.procedures.get(procedure_id)

    def __iter__(self) -> Iterator[Procedure]:
        if self._sorted is None or len(self._sorted) != len(self.procedures):
            self._sorted = sorted(self.procedures.values(), key=lambda p: (p.provider, p.title.casefold()))
            self._by_account.clear()
        return iter(self._sorted)

    def __len__(self) -> int:
        return len(self.procedures)

    def for_account(self, platform: str, region: str) -> list[Procedure]:
        """The procedures offered to an account, in checklist order (worked out once per platform and region)."""
        from app.core.checklist import checklist_order

        key = (platform, region)
        ordered = iter(self)  # also drops the per-account lists if the catalog changed
        if key not in self._by_account:
            self._by_account[key] = sorted((procedure for procedure in ordered
                                            if procedure.applies_to(platform, region)), key=checklist_order)
        return self._by_account[key]


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
    return FileResult(path, _build(root.plain(), path), [], (ident.line, ident.column))


def _check_semantics(root: Node, report: Any, today: dt.date) -> None:
    """The rules a JSON Schema cannot express."""
    mapping = root.value
    steps = mapping.get("steps", (None, None))[1]
    if steps is not None and steps.kind == "sequence":
        seen: dict[str, Node] = {}
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
    for key in ("reviewed",):
        node = mapping.get(key, (None, None))[1]
        _check_not_future(node, key, today, report)
    sources = mapping.get("sources", (None, None))[1]
    if sources is not None and sources.kind == "sequence":
        for source in sources.value:
            if source.kind == "mapping":
                for key in ("published", "accessed"):
                    _check_not_future(source.value.get(key, (None, None))[1], key, today, report)


def _check_not_future(node: Node | None, key: str, today: dt.date, report: Any) -> None:
    if node is None or not isinstance(node.value, str):
        return
    try:
        when = dt.date.fromisoformat(node.value)
    except ValueError:
        return
    if when > today + dt.timedelta(days=1):
        report(node, f"'{key}' is {node.value}, which is in the future; give the date it really happened")


def _check_template(node: Node, report: Any) -> None:
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


def _check_markdown(node: Node, report: Any) -> None:
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
    deadline = data.get("deadline")
    reply = data.get("reply_period")
    recheck = data.get("recheck_after")
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
        reviewed=dt.date.fromisoformat(data["reviewed"]),
        steps=steps,
        path=path,
        fingerprint=fingerprint(data),
        deadline=Deadline(dt.date.fromisoformat(deadline["date"]), deadline["description"],
                          deadline.get("after", "")) if deadline else None,
        caveats=tuple(data.get("caveats", ())),
        disagreements=tuple(data.get("disagreements", ())),
        outcome=data.get("outcome", ""),
        covers_account_group=data.get("covers_account_group", False),
        reply_period=ReplyPeriod(reply.get("months", 0), reply.get("days", 0),
                                 reply.get("extension_months", 0), reply.get("basis", "")) if reply else None,
        recheck_after=Period(recheck.get("months", 0), recheck.get("days", 0)) if recheck else None,
    )


def fingerprint(data: dict[str, Any]) -> str:
    """A short hash of what the procedure says (not of its formatting or comments)."""
    import hashlib  # only when a file is really parsed
    import json

    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def procedure_files(folder: Path) -> list[Path]:
    """The procedure files below `folder`, in a stable order."""
    return [Path(name) for name in procedure_file_names(folder)]


def procedure_file_names(folder: Path) -> list[str]:
    """As `procedure_files`, as strings: loading a large library from the cache needs no `Path` per file."""
    if folder.is_file():
        return [os.fspath(folder)]
    if not folder.is_dir():
        return []
    found: list[tuple[str, str]] = []
    for root, dirs, names in os.walk(folder):  # os.walk: much quicker than Path.rglob on a large library
        dirs.sort()
        relative = os.path.relpath(root, folder).replace(os.sep, "/")
        for name in names:
            if name.endswith(PROCEDURE_SUFFIXES):
                key = name if relative == "." else f"{relative}/{name}"
                found.append((key, os.path.join(root, name)))
    return [name for _, name in sorted(found)]


def file_signature(path: str | os.PathLike[str]) -> Signature | None:
    """A file's size, modification and change times and inode (None if it cannot be read): any write to
    the file changes its change time, so an unchanged signature means unchanged content (but see the
    racy case in `ParseCache`)."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def _digest(raw: bytes) -> bytes:
    """BLAKE2b from its own small module: importing hashlib would load OpenSSL (3.5 MiB) at start-up."""
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    return blake2b(raw, digest_size=20).digest()


class ParseCache:
    """What was parsed before, keyed by each file's content, so that start-up skips YAML and validation.

    One pickle file in the user's own data folder (owner-only, like the database it sits beside). It is
    dropped whole when Objector, the schema or the cache format changes, and is only a cache: any problem
    reading it just means parsing again.

    Results are keyed by a hash of the file's bytes. To avoid reading every file at each start, the cache
    also remembers each path's size, modification and change times and inode with the hash it had: when
    all four are unchanged the file is not read again. As in Git's index, a file changed within two
    seconds before the cache was written could still have the same times after a second change, so such a
    file is always read and hashed.
    """

    FORMAT = 6  # 6: images in any syntax and mailto parameters refused (files must be checked again)
    RACY_NS = 2_000_000_000

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[bytes, tuple[Procedure | None, list[Problem], tuple[int, int]]] = {}
        self._files: dict[str, tuple[Signature, bytes]] = {}
        self._written_ns = 0
        self._seen: set[str] = set()
        self._dirty = False
        self._stamp = (self.FORMAT, __version__, _digest(paths.schema_path().read_bytes()))
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        import pickle

        from app.files import NotRegularFile, open_regular

        try:
            with open_regular(path) as (handle, _size):  # a FIFO in its place never hangs the start
                stamp, written_ns, files, entries = pickle.load(handle)
        except NotRegularFile as error:
            if error.kind != "a folder":
                path.unlink(missing_ok=True)  # Objector's own cache file: it is written anew
            return
        except Exception:  # noqa: BLE001 (a damaged cache can raise almost anything, even MemoryError: parse again)
            return
        if stamp == self._stamp and isinstance(entries, dict) and isinstance(files, dict):
            self._entries, self._files, self._written_ns = entries, files, int(written_ns)

    def known(self, name: str, signature: Signature | None) -> CacheEntry | None:
        """What the cache has for file `name` if its signature shows it unchanged (without reading it)."""
        if signature is None:
            return None
        known = self._files.get(name)
        if known is None or known[0] != signature:
            return None
        self._seen.add(name)
        if max(signature[1], signature[2]) >= self._written_ns - self.RACY_NS:
            self._dirty = True  # written again later, the cache will trust these times
            return None
        return self._lookup(known[1], name)

    def result_for(self, path: Path, signature: Signature | None = None) -> FileResult:
        """The file's result from the cache when its content is known, else parsed now (and remembered).

        `signature`: the file's `file_signature`, if the caller has just taken it."""
        name = os.fspath(path)
        signature = signature or file_signature(name)
        if signature is None:
            return load_procedure_file(path)
        hit = self.known(name, signature)
        if hit is not None:
            return FileResult(path, *hit)
        self._seen.add(name)
        from app.core.yamlsource import MAX_FILE_BYTES
        from app.files import read_regular

        try:
            raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
        except OSError:
            return load_procedure_file(path)
        digest = _digest(raw)
        known = self._files.get(name)
        if known != (signature, digest):
            self._files[name] = (signature, digest)
            self._dirty = True
        hit = self._lookup(digest, name)
        if hit is not None:
            return FileResult(path, *hit)
        result = load_procedure_bytes(raw, path)
        self._entries[digest] = (result.procedure, result.problems, result.id_position)
        self._dirty = True
        return result

    def _lookup(self, digest: bytes, name: str) -> CacheEntry | None:
        hit = self._entries.get(digest)
        if hit is None:
            return None
        procedure, problems, position = hit
        if procedure is not None:
            claimed = _file_name_of(procedure)
            if claimed is None:  # as read from the cache file: claim it
                procedure.__dict__["_path_name"] = name
            elif claimed != name:  # the same content in a second file
                procedure = replace(procedure, path=Path(name))
        if problems:
            path = Path(name)
            problems = [Problem(path, p.line, p.column, p.message) for p in problems]
        else:
            problems = []
        return procedure, problems, position

    def save(self) -> None:
        """Write the cache if anything new was parsed or a file changed; a failure to write is harmless."""
        if self.path is None or not (self._dirty or self._files.keys() - self._seen):
            return
        import pickle
        import time

        from app.atomic import make_private_dirs, write_atomically

        self._files = {name: known for name, known in self._files.items() if name in self._seen}
        live = {digest for _, digest in self._files.values()}
        entries = {digest: entry for digest, entry in self._entries.items() if digest in live}
        try:
            make_private_dirs(self.path.parent)
            written_ns = time.time_ns()
            write_atomically(self.path, pickle.dumps((self._stamp, written_ns, self._files, entries),
                                                     pickle.HIGHEST_PROTOCOL))
            self._written_ns, self._dirty = written_ns, False
        except OSError:
            pass


def load_catalog(folders: Iterable[Path], cache: ParseCache | None = None) -> Catalog:
    """Load every procedure below `folders`, in order; a later folder's id replaces an earlier one's."""
    catalog = Catalog(signatures={})
    for folder in folders:
        _add_layer(catalog, procedure_file_names(folder), cache)
    if cache is not None:
        cache.save()
    return catalog


def load_files(files: Iterable[Path]) -> Catalog:
    """Load files as one set, in which two files with the same id are an error."""
    catalog = Catalog()
    _add_layer(catalog, files)
    return catalog


def _add_layer(catalog: Catalog, files: Iterable[Path | str], cache: ParseCache | None = None) -> None:
    layer: dict[str, Path | str] = {}
    for path in files:
        catalog.files_read += 1
        name = os.fspath(path)
        signature = file_signature(name)
        if catalog.signatures is not None:
            catalog.signatures[name] = signature
        known = None if cache is None else cache.known(name, signature)
        if known is None:
            result = load_procedure_file(Path(path)) if cache is None else cache.result_for(Path(path), signature)
            known = (result.procedure, result.problems, result.id_position)
        procedure, problems, id_position = known
        catalog.problems.extend(problems)
        if procedure is None:
            continue
        if procedure.id in layer:
            catalog.problems.append(Problem(
                Path(path), *id_position,
                f"the id '{procedure.id}' is already used by {layer[procedure.id]}; every procedure needs "
                "its own id (this file was not loaded)",
            ))
            continue
        layer[procedure.id] = path
        earlier = catalog.procedures.get(procedure.id)
        if earlier is not None:
            catalog.replaced.setdefault(procedure.id, []).append(earlier.path)
        catalog.procedures[procedure.id] = procedure
