"""The published JSON Schema is a real schema, and it agrees with Objector's own validator."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from app import paths
from app.core.procedures import load_procedure_bytes


def as_json_data(text: str) -> Any:
    """What an editor's YAML plugin hands to the schema: dates as text."""

    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            # An editor reads YAML 1.2, where `on:` (in `checked:`) is the word, not true as in PyYAML.
            return {("on" if k is True else k): convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v) for v in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return convert(yaml.safe_load(text))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_good_fixture_passes_both(validator: jsonschema.Draft202012Validator,
                                  good_procedure_text: str) -> None:
    assert list(validator.iter_errors(as_json_data(good_procedure_text))) == []
    assert load_procedure_bytes(good_procedure_text.encode(), Path("p.yaml")).problems == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\nsteps:\n", "\nstpes:\n"),
        ("kind: objection", "kind: petition"),
        ("id: example-object", "id: Example Object"),
        ("        url: https://example.org/object", "        url: javascript:alert(1)"),
        ("    published: 2025-04-15", "    publisher2: x"),
        ("title: Object to an example platform training AI on your posts", "title: 12"),
        ("  months: 6", "  weeks: 6"),
    ],
)
def test_bad_documents_fail_both(
    validator: jsonschema.Draft202012Validator, good_procedure_text: str, old: str, new: str
) -> None:
    text = good_procedure_text.replace(old, new, 1)
    assert list(validator.iter_errors(as_json_data(text))), "the JSON Schema let it pass"
    assert load_procedure_bytes(text.encode(), Path("p.yaml")).problems, "Objector let it pass"


def test_every_bundled_procedure_passes_the_published_schema(
    validator: jsonschema.Draft202012Validator,
) -> None:
    files = sorted(paths.bundled_procedures_dir().rglob("*.yaml"))
    assert files
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    # A provider's news file is checked against the schema's `$defs/news`.
    news = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/news"},
                                           format_checker=jsonschema.FormatChecker())
    from app.core.translations import translation_name

    for path in files:
        if translation_name(path) is not None:
            continue  # a guide's translation: checked against its guide (tests/core/test_translations.py)
        data = as_json_data(path.read_text(encoding="utf-8"))
        if path.name == "news.yaml":
            errors = [e.message for e in news.iter_errors(data)]
        else:
            errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], f"{path}: {errors}"


def test_a_news_file_follows_the_news_definition() -> None:
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    news = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/news"},
                                           format_checker=jsonschema.FormatChecker())
    good = {"schema_version": 1, "provider": "meta", "updated": "2026-12-01", "summary": "S.",
            "items": [{"date": "2026-11-01", "text": "T.", "sources": [
                {"url": "https://example.org/a", "title": "A", "accessed": "2026-12-01"}]}]}
    assert list(news.iter_errors(good)) == []
    del good["items"][0]["sources"][0]["accessed"]  # type: ignore[index]
    assert list(news.iter_errors(good))
