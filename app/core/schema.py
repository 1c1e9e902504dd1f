"""Check a YAML node tree against the published JSON Schema of the procedure format.

The schema in `procedures/procedure.schema.json` is the one description of the format: editors use it for
completion and this module enforces it, reporting each problem at the line and column of the value at fault.
Only the keywords that schema uses are implemented; an unknown keyword is a programming error, not ignored.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.yamlsource import Node

_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs", "default", "examples"}
_TYPE_NAMES = {
    "object": "a mapping (key: value lines)",
    "array": "a list (lines starting with '- ')",
    "string": "text",
    "integer": "a whole number",
    "boolean": "true or false",
    "number": "a number",
}

Report = Callable[[Node, str], None]


@lru_cache(maxsize=4)
def load_schema(path: Path) -> dict[str, Any]:
    """Read the schema once per process."""
    with path.open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def _describe(node: Node) -> str:
    if node.kind == "mapping":
        return "a mapping"
    if node.kind == "sequence":
        return "a list"
    value = node.value
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if node.tag == "tag:yaml.org,2002:timestamp" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        return "a timestamp"
    return "text"


def _type_ok(node: Node, expected: str) -> bool:
    value = node.value
    if expected == "object":
        return node.kind == "mapping"
    if expected == "array":
        return node.kind == "sequence"
    if node.kind != "scalar":
        return False
    if expected == "string":
        return isinstance(value, str)
    if expected == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "boolean":
        return isinstance(value, bool)
    if expected == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == "null":
        return value is None
    raise ValueError(f"schema type {expected!r} is not supported")


def _ordinal(index: int) -> str:
    number = index + 1
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class SchemaChecker:
    """Validates node trees against one JSON Schema document."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self._root = schema

    def check(self, node: Node, report: Report) -> None:
        """Report every way `node` breaks the schema."""
        self._check(node, self._root, "", report)

    def check_against(self, node: Node, definition: str, report: Report) -> None:
        """Report every way `node` breaks the schema's `$defs/<definition>` (e.g. a news file)."""
        self._check(node, {"$ref": f"#/$defs/{definition}"}, "", report)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $ref is supported, not {ref!r}")
            target: Any = self._root
            for part in ref[2:].split("/"):
                target = target[part]
            merged = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **merged}
        return schema

    def _check(self, node: Node, schema: dict[str, Any], where: str, report: Report) -> None:
        schema = self._resolve(schema)
        unknown = set(schema) - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise ValueError(f"schema keyword(s) not supported: {sorted(unknown)}")
        prefix = f"{where}: " if where else ""

        expected = schema.get("type")
        if expected is not None and not _type_ok(node, expected):
            hint = ""
            if expected == "string" and node.kind == "scalar" and node.value is not None:
                hint = "; put it in quotes"
            wanted = _TYPE_NAMES.get(expected, expected)
            report(node, f"{prefix}must be {wanted}, not {_describe(node)}{hint}")
            return

        if "enum" in schema and node.value not in schema["enum"]:
            choices = ", ".join(str(choice) for choice in schema["enum"])
            report(node, f"{prefix}{node.value!r} is not one of: {choices}")

        if node.kind == "scalar" and isinstance(node.value, str):
            self._check_text(node, schema, prefix, report)
        number = isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
        if node.kind == "scalar" and number:
            if "minimum" in schema and node.value < schema["minimum"]:
                report(node, f"{prefix}must be at least {schema['minimum']}")
            if "maximum" in schema and node.value > schema["maximum"]:
                report(node, f"{prefix}must be at most {schema['maximum']}")
        if node.kind == "sequence":
            self._check_list(node, schema, where, prefix, report)
        if node.kind == "mapping":
            self._check_mapping(node, schema, where, prefix, report)

        options = schema.get("anyOf")
        if options and all("type" in self._resolve(option) for option in options):
            self._check_one_of_types(node, options, where, prefix, report)
        elif options and node.kind == "mapping" and not any(  # else anyOf is only for "required" sets
                self._satisfies_quietly(node, option) for option in options):
            needed = " or ".join("'" + "', '".join(option.get("required", [])) + "'" for option in options)
            report(node, f"{prefix}needs {needed}")

    def _check_one_of_types(self, node: Node, options: list[dict[str, Any]], where: str, prefix: str,
                            report: Report) -> None:
        """anyOf between options of different types (a mapping or a list of them): the value is checked
        against the option of its own type."""
        resolved = [self._resolve(option) for option in options]
        for option in resolved:
            if _type_ok(node, option["type"]):
                self._check(node, option, where, report)
                return
        wanted = " or ".join(_TYPE_NAMES.get(option["type"], option["type"]) for option in resolved)
        report(node, f"{prefix}must be {wanted}, not {_describe(node)}")

    def _satisfies_quietly(self, node: Node, schema: dict[str, Any]) -> bool:
        problems: list[str] = []
        self._check(node, schema, "", lambda _node, message: problems.append(message))
        return not problems

    def _check_text(self, node: Node, schema: dict[str, Any], prefix: str, report: Report) -> None:
        text: str = node.value
        if "minLength" in schema and len(text) < schema["minLength"]:
            report(node, f"{prefix}must not be empty")
            return
        if "maxLength" in schema and len(text) > schema["maxLength"]:
            report(node, f"{prefix}is {len(text)} characters; at most {schema['maxLength']} are allowed")
        pattern = schema.get("pattern")
        fmt = schema.get("format")
        if fmt == "date":
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                report(node, f"{prefix}{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-05-27")
            return
        if pattern and not re.search(pattern, text):
            report(node, prefix + _pattern_message(schema, text))

    def _check_list(self, node: Node, schema: dict[str, Any], where: str, prefix: str,
                    report: Report) -> None:
        items: list[Node] = node.value
        if "minItems" in schema and len(items) < schema["minItems"]:
            needed = schema["minItems"]
            report(node, f"{prefix}needs at least {needed} item{'s' if needed != 1 else ''}")
        if schema.get("uniqueItems"):
            seen: set[Any] = set()
            for item in items:
                if item.kind == "scalar":
                    if item.value in seen:
                        report(item, f"{prefix}{item.value!r} is listed twice")
                    seen.add(item.value)
        item_schema = schema.get("items")
        if item_schema is not None:
            for index, item in enumerate(items):
                self._check(item, item_schema, f"{where or 'list'} {_item_label(index, item)}", report)

    def _check_mapping(
        self, node: Node, schema: dict[str, Any], where: str, prefix: str, report: Report
    ) -> None:
        mapping: dict[str, tuple[Node, Node]] = node.value
        properties: dict[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in mapping:
                report(node, f"{prefix}the required key '{name}' is missing")
        if "minProperties" in schema and len(mapping) < schema["minProperties"]:
            report(node, f"{prefix}must not be empty; give at least one of: {', '.join(properties)}")
        names = schema.get("propertyNames")
        extra = schema.get("additionalProperties")
        for name, (key_node, value_node) in mapping.items():
            inner = f"{where} → {name}" if where else str(name)
            if names is not None:
                self._check(key_node, names, f"{where} key" if where else "key", report)
            if name in properties:
                self._check(value_node, properties[name], inner, report)
            elif isinstance(extra, dict):
                self._check(value_node, extra, inner, report)
            elif extra is False:
                close = difflib.get_close_matches(name, list(properties), n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                allowed = ", ".join(properties)
                report(key_node, f"{prefix}unknown key '{name}'{hint}; allowed keys here: {allowed}")


def _item_label(index: int, item: Node) -> str:
    label = f"({_ordinal(index)} item"
    if item.kind == "mapping" and "id" in item.value:
        ident = item.value["id"][1].value
        if isinstance(ident, str):
            label += f", id '{ident}'"
    return label + ")"


def _pattern_message(schema: dict[str, Any], text: str) -> str:
    pattern = schema["pattern"]
    if "a-z0-9" in pattern:
        return (f"{text!r} is not a valid id: use lowercase letters, digits and single hyphens, "
                "e.g. 'meta-facebook-object'")
    if "mailto" in pattern:
        return (f"{text!r} is not an allowed link: only https://, http:// and mailto: addresses are allowed "
                "(mailto: with at most a subject and a body)")
    if "https?" in pattern:
        return f"{text!r} is not a web address: it must start with https:// or http://"
    if "EU|EEA" in pattern:
        return f"{text!r} is not a region: use EU, EEA, UK, US, another two-letter country code, or any"
    if pattern == "\\S":
        return "must not be blank"
    return f"{text!r} does not match the pattern {pattern}"


_KEYWORDS = {
    "type", "enum", "pattern", "format", "minLength", "maxLength", "minItems", "uniqueItems", "items",
    "properties", "required", "additionalProperties", "anyOf", "minimum", "maximum", "minProperties", "$ref",
    "propertyNames",
}
