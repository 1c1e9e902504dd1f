"""Read a YAML file into a tree of nodes that remember their line and column.

PyYAML's own composer is recursive (a deeply nested file crashes the C one outright) and silently keeps the
last of two equal keys, so this module builds the tree itself from the safe parser's event stream:
iteratively, with a nesting limit, a budget on how much aliases may expand, and every duplicate key, tag and
second document reported as a problem rather than raised. Only the safe parser is used (the C one where
PyYAML has it); no tag ever constructs an object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.core.problem import Problem

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_NODES", "Node", "ParsedFile", "Problem", "parse_yaml_bytes",
           "read_yaml_file"]

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_NODES = 100_000

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# PyYAML's stubs leave `resolve` untyped: it takes the node class, the text and the event's `implicit`.
_resolve: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = yaml.resolver.Resolver().resolve
_constructor = yaml.constructor.SafeConstructor()

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass(eq=False)
class Node:
    """A YAML value with its position. `value` is a str/int/float/bool/None, a list of Nodes,
    or a dict of key text -> (key Node, value Node)."""

    value: Any
    line: int
    column: int
    kind: str  # "scalar", "sequence" or "mapping"
    tag: str = ""
    size: int = 1

    def plain(self) -> Any:
        """The value as plain Python data, without positions."""
        if self.kind == "mapping":
            return {key: pair[1].plain() for key, pair in self.value.items()}
        if self.kind == "sequence":
            return [item.plain() for item in self.value]
        return self.value


Container = list[Node] | dict[str, tuple[Node, Node]]


@dataclass
class _Open:
    node: Node
    pending_key: Node | None = None
    children: int = 0


@dataclass
class ParsedFile:
    """The outcome of reading one file: its root node (None when unreadable) and every problem found."""

    path: Path
    root: Node | None
    problems: list[Problem] = field(default_factory=list)


def _position(event: Any) -> tuple[int, int]:
    mark = getattr(event, "start_mark", None)
    if mark is None:
        return (0, 0)
    return (mark.line + 1, mark.column + 1)


def _scalar_value(event: yaml.ScalarEvent) -> tuple[Any, str]:
    tag = event.tag
    if tag == "!":
        return event.value, "tag:yaml.org,2002:str"
    if tag is None:
        tag = _resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
        # Dates stay text: the schema checks them as ISO dates, as JSON Schema would.
        return event.value, tag
    node = yaml.ScalarNode(tag, event.value)
    return _constructor.construct_object(node), tag


def read_yaml_file(path: Path) -> ParsedFile:
    """Read `path` as a single YAML document; never raises for bad content."""
    from app.files import read_regular

    try:
        raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)  # see procedures.load_procedure_file
    except OSError as error:
        reason = error.strerror or str(error)
        return ParsedFile(path, None, [Problem(path, 0, 0, f"cannot read the file: {reason}")])
    return parse_yaml_bytes(raw, path)


def parse_yaml_bytes(raw: bytes, path: Path) -> ParsedFile:
    """Parse YAML bytes; `path` is only used to label problems."""
    if len(raw) > MAX_FILE_BYTES:
        return ParsedFile(
            path,
            None,
            [Problem(path, 0, 0, f"the file is {len(raw):,} bytes; a procedure file may be at most "
                     f"{MAX_FILE_BYTES:,} bytes. Split it into several procedures.")],
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return ParsedFile(
            path,
            None,
            [Problem(path, line, column, "the file is not UTF-8 text; save it as UTF-8 in your editor")],
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        return ParsedFile(path, None, [Problem(path, line, 1, "the file contains a NUL character; "
                                               "it is not a text file")])
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return ParsedFile(path, None, [Problem(path, 1, 1, "the file is empty; a procedure needs at least "
                                               "an id, a title and steps")])
    return _compose(text, path)


def _compose(text: str, path: Path) -> ParsedFile:
    problems: list[Problem] = []
    stack: list[_Open] = []
    anchors: dict[str, Node] = {}
    root: Node | None = None
    documents = 0
    total = 0

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            if root is None:
                root = node
            return
        parent = stack[-1]
        if parent.node.kind == "sequence":
            parent.node.value.append(node)
            return
        if parent.pending_key is None:
            parent.pending_key = node
            return
        key = parent.pending_key
        parent.pending_key = None
        if key.kind != "scalar" or key.value is None:
            problems.append(Problem(path, key.line, key.column, "a key must be plain text"))
            return
        key_text = str(key.value)
        if not isinstance(key.value, str):
            problems.append(Problem(path, key.line, key.column,
                                    f"the key {key_text!r} must be text, not a {type(key.value).__name__}"))
        mapping = parent.node.value
        if key_text in mapping:
            first = mapping[key_text][0]
            problems.append(Problem(path, key.line, key.column,
                                    f"the key {key_text!r} is written twice in this mapping (first on line "
                                    f"{first.line}); YAML would silently keep only the last one"))
            return
        mapping[key_text] = (key, node)

    try:
        for event in yaml.parse(text, Loader=_Parser):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    line, column = _position(event)
                    problems.append(Problem(path, line, column, "the file holds more than one YAML document "
                                            "(a '---' line); put one procedure in each file"))
                    break
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                continue
            line, column = _position(event)
            tag = getattr(event, "tag", None)
            if tag and tag not in _STANDARD_TAGS and tag != "!":
                shown = tag.replace("tag:yaml.org,2002:", "!!")
                problems.append(Problem(path, line, column,
                                        f"the tag {shown} is not allowed in procedure files; remove it"))
                tag = None
            if isinstance(event, yaml.AliasEvent):
                target = anchors.get(event.anchor or "")
                if target is None:
                    problems.append(Problem(path, line, column, f"unknown alias *{event.anchor}"))
                    target = Node(None, line, column, "scalar")
                total += target.size
                if total > MAX_NODES:
                    raise _TooBig(line, column)
                attach(target)
                continue
            if isinstance(event, yaml.ScalarEvent):
                try:
                    if event.tag and tag is None:  # a refused tag, reported above: keep the text
                        value, resolved = event.value, "tag:yaml.org,2002:str"
                    else:
                        value, resolved = _scalar_value(event)
                except (yaml.YAMLError, ValueError, OverflowError):
                    problems.append(Problem(path, line, column, f"cannot read the value {event.value!r}"))
                    value, resolved = event.value, "tag:yaml.org,2002:str"
                if (resolved == "tag:yaml.org,2002:bool" and event.tag is None and stack
                        and stack[-1].node.kind == "mapping" and stack[-1].pending_key is None):
                    # A key written `on:` (as in `checked: on:`), `off:`, `yes:` or `no:` is that word, not
                    # YAML 1.1's true or false.
                    value, resolved = event.value, "tag:yaml.org,2002:str"
                node = Node(value, line, column, "scalar", resolved)
                total += 1
                if total > MAX_NODES:
                    raise _TooBig(line, column)
                if event.anchor:
                    anchors[event.anchor] = node
                attach(node)
                continue
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    problems.append(Problem(path, line, column,
                                            f"the file is nested more than {MAX_DEPTH} levels deep; "
                                            "a procedure never needs that many"))
                    return ParsedFile(path, None, problems)
                kind = "sequence" if isinstance(event, yaml.SequenceStartEvent) else "mapping"
                node = Node([] if kind == "sequence" else {}, line, column, kind)
                total += 1
                if event.anchor:
                    anchors[event.anchor] = node
                stack.append(_Open(node))
                continue
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                finished = stack.pop().node
                finished.size = 1 + (
                    sum(child.size for child in finished.value)
                    if finished.kind == "sequence"
                    else sum(k.size + v.size for k, v in finished.value.values())
                )
                attach(finished)
    except _TooBig as too_big:
        problems.append(Problem(path, too_big.line, too_big.column,
                                f"the file expands to more than {MAX_NODES:,} values (through anchors and "
                                "aliases, or sheer size); a procedure never needs that many"))
        return ParsedFile(path, None, problems)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        if mark is not None and _flow_depth(text, mark.index) > MAX_DEPTH:
            # The YAML library's own nesting limit (libyaml's, since PyYAML 6.0.4) was met before ours: say
            # it the same way as ours, whatever that library's wording.
            problems.append(Problem(path, line, column, f"the file is nested more than {MAX_DEPTH} levels "
                                    "deep; a procedure never needs that many"))
            return ParsedFile(path, None, problems)
        what = error.problem or "the YAML syntax is broken"
        if error.context:
            what = f"{what} ({error.context})"
        problems.append(Problem(path, line, column, f"YAML syntax error: {what}"))
        return ParsedFile(path, None, problems)
    except yaml.YAMLError as error:
        problems.append(Problem(path, 0, 0, f"YAML syntax error: {error}"))
        return ParsedFile(path, None, problems)
    return ParsedFile(path, root, problems)


def _flow_depth(text: str, end: int) -> int:
    """How many flow collections ([ or {) are open at `end`, ignoring brackets inside quotes; linear."""
    head = text[:max(0, end)]
    if "'" not in head and '"' not in head:
        return head.count("[") + head.count("{") - head.count("]") - head.count("}")
    depth = 0
    quote = ""
    for char in head:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return depth


class _TooBig(Exception):
    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.line = line
        self.column = column
