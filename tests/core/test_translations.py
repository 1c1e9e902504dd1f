"""Translations of guides (issue 20): keyed by step id, each field falling back to English, each saying which
English version it was made from; checked for ids, placeholders and links; outdated when the English
changes."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.core import translations as t
from app.core.procedures import Procedure, load_procedure_bytes
from app.core.records import replace
from tests.conftest import FIXTURES

GOOD = FIXTURES / "procedures" / "good" / "example-object.yaml"


def english() -> Procedure:
    result = load_procedure_bytes(GOOD.read_bytes(), GOOD)
    assert result.procedure is not None, result.problems
    return result.procedure


def translation_text(procedure: Procedure, **changes: object) -> dict[str, object]:
    first, second = procedure.steps[0], procedure.steps[1]
    data: dict[str, object] = {
        "schema_version": 1, "translation_of": procedure.id, "language": "de",
        "english_version": t.top_version(procedure), "translated": "2026-12-02",
        "title": "Widerspruch gegen KI-Training", "summary": "Senden Sie einen Widerspruch.",
        "steps": {
            first.id: {"english_version": t.step_version(first), "title": "Erster Schritt",
                       "template": first.template, "links": [f"Link {n}" for n, _ in enumerate(first.links)]},
            second.id: {"english_version": t.step_version(second), "title": "Zweiter Schritt"},
        },
    }
    data.update(changes)
    return data


def load(data: dict[str, object],
         name: str = "example-object.de.yaml") -> tuple[t.Translation | None, list[str]]:
    translation, problems = t.load_translation_bytes(yaml.safe_dump(data, allow_unicode=True).encode(),
                                                     Path(name))
    return translation, [problem.message for problem in problems]


def test_a_translation_replaces_the_words_it_has_and_keeps_the_english_elsewhere() -> None:
    procedure = english()
    translation, problems = load(translation_text(procedure))
    assert problems == [] and translation is not None
    assert t.check(translation, procedure) == []
    shown = t.translated(procedure, translation)
    assert shown.title == "Widerspruch gegen KI-Training" and shown.summary == "Senden Sie einen Widerspruch."
    assert shown.outcome == procedure.outcome  # not translated: English
    assert [step.title for step in shown.steps][:2] == ["Erster Schritt", "Zweiter Schritt"]
    assert shown.steps[0].details == procedure.steps[0].details  # a field left out falls back
    assert [link.url for link in shown.steps[0].links] == [link.url for link in procedure.steps[0].links]
    assert shown.step_ids == procedure.step_ids  # ticks are keyed by the same ids
    state = t.status(translation, procedure)
    assert not state.outdated_top and state.outdated_steps == frozenset()
    assert state.untranslated_steps == frozenset(procedure.step_ids[2:])


def test_a_change_to_the_english_marks_just_that_step_outdated() -> None:
    procedure = english()
    translation, _ = load(translation_text(procedure))
    assert translation is not None
    first = procedure.steps[0]
    changed = replace(procedure, steps=type(procedure.steps)(
        [replace(first, details=first.details + " Now also on the phone app."), *procedure.steps[1:]]))
    state = t.status(translation, changed)
    assert state.outdated_steps == frozenset({first.id}) and not state.outdated_top
    retitled = replace(procedure, summary="A new summary.")
    assert t.status(translation, retitled).outdated_top


def test_what_would_make_a_translation_wrong_is_reported() -> None:
    procedure = english()
    first = procedure.steps[0]
    data = translation_text(procedure)
    steps = dict(data["steps"])  # type: ignore[call-overload]
    steps["no-such-step"] = {"english_version": "x", "title": "?"}
    steps[first.id] = {"english_version": t.step_version(first), "title": "Erster",
                       "template": "Ich widerspreche, {name}, {nonsense}",
                       "details": "Siehe [hier](https://elsewhere.example)",
                       "links": ["nur eins", "zwei", "drei"]}
    data["steps"] = steps
    translation, problems = load(data)
    assert problems == [] and translation is not None
    found = [problem.message for problem in t.check(translation, procedure)]
    assert any("'no-such-step': the guide has no such step" in message for message in found)
    assert any("template: placeholders" in message for message in found)
    assert any("details: its links go to ['https://elsewhere.example']" in message for message in found)
    assert any("link labels" in message for message in found)


def test_the_form_of_a_translation_file_is_checked() -> None:
    procedure = english()
    _, problems = load(translation_text(procedure, language="pt"))
    assert any("'language' must be one of" in message for message in problems)
    _, problems = load(translation_text(procedure, language="fr"))
    assert any("the file name says 'de'" in message for message in problems)
    data = translation_text(procedure)
    del data["english_version"]
    data["colour"] = "blue"
    _, problems = load(data)
    assert any("'english_version' must say" in message for message in problems)
    assert any("unknown field 'colour'" in message for message in problems)
    assert t.translation_name(Path("x.de.yaml")) == ("x", "de")
    assert t.translation_name(Path("x.yaml")) is None and t.translation_name(Path("x.pt.yaml")) is None


def test_the_law_is_named_as_each_language_cites_it() -> None:
    assert t.law_name("de", "DE") == "DSGVO" and t.law_name("nl", "NL") == "AVG"
    assert t.law_name("pl", "PL") == "RODO" and t.law_name("fr", "FR") == "RGPD"
    assert t.law_name("en", "UK") == "the UK GDPR" and "UK GDPR" in t.law_name("de", "UK")


def test_the_catalog_loads_translations_beside_their_guides_and_reports_bad_ones(tmp_path: Path) -> None:
    from app.core.procedures import ParseCache, load_catalog

    procedure = english()
    folder = tmp_path / "example"
    folder.mkdir()
    (folder / "example-object.yaml").write_bytes(GOOD.read_bytes())
    (folder / "example-object.de.yaml").write_text(yaml.safe_dump(translation_text(procedure),
                                                                  allow_unicode=True), encoding="utf-8")
    orphan = translation_text(procedure, translation_of="gone-guide", language="fr")
    (folder / "gone-guide.fr.yaml").write_text(yaml.safe_dump(orphan), encoding="utf-8")
    broken = translation_text(procedure, language="nl")
    broken["steps"] = {"nope": {"english_version": "x", "title": "Nee"}}
    (folder / "example-object.nl.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    for cache in (None, ParseCache(tmp_path / "cache.pickle"), ParseCache(tmp_path / "cache.pickle")):
        catalog = load_catalog([tmp_path], cache)
        assert sorted(catalog.procedures) == ["example-object"]  # a translation is never read as a guide
        shown = catalog.localized("de").get("example-object")
        assert shown is not None and shown.title == "Widerspruch gegen KI-Training"
        english_shown = catalog.localized("it").get("example-object")  # no Italian: English
        assert english_shown is not None and english_shown.title == procedure.title
        messages = [(problem.path.name, problem.message) for problem in catalog.problems]
        assert any(name == "gone-guide.fr.yaml" and "no guide with that id" in message
                   for name, message in messages)
        assert any(name == "example-object.nl.yaml" and "'nope': the guide has no such step" in message
                   for name, message in messages)
        assert catalog.translation("example-object", "fr") is None


def test_the_dates_texts_are_translated_in_order() -> None:
    procedure = english()
    assert procedure.deadline is not None
    data = translation_text(procedure, deadlines=[{"description": "Das Training beginnt an diesem Tag.",
                                                   "after": "Ein Widerspruch wirkt danach nur für Neues."}])
    data["english_version"] = t.top_version(procedure)
    translation, problems = load(data)
    assert problems == [] and translation is not None and t.check(translation, procedure) == []
    shown = t.translated(procedure, translation)
    assert shown.deadline is not None and shown.deadline.description == "Das Training beginnt an diesem Tag."
    assert shown.deadline.date == procedure.deadline.date  # the date itself is the English file's
    regional = shown.deadline_for("DE")
    assert regional is not None and regional.after.startswith("Ein Widerspruch")
    too_many, _ = load(translation_text(procedure, deadlines=[{"description": "a"}, {"description": "b"}]))
    assert too_many is not None and any("dates' texts" in p.message for p in t.check(too_many, procedure))
    # The dates' English words are part of the version: changing them marks the translation outdated.
    dates = t.english_deadlines(procedure)
    later = replace(dates[0], description="Training starts later.")
    changed = replace(procedure, deadlines=(later, *dates[1:]))
    assert t.top_version(changed) != t.top_version(procedure)


def test_checks_come_from_the_cache_until_the_guide_or_the_translation_changes(
        tmp_path: Path, monkeypatch: object) -> None:
    """Checking 100 translations against their guides was about 13 ms of each start: the cache keeps what
    it found for the two files' contents, and checks again when either changes."""
    import pytest

    from app.core.procedures import ParseCache, load_catalog

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    procedure = english()
    folder = tmp_path / "example"
    folder.mkdir()
    guide = folder / "example-object.yaml"
    guide.write_bytes(GOOD.read_bytes())
    broken = translation_text(procedure)
    broken["steps"] = {"nope": {"english_version": "x", "title": "Nee"}}
    (folder / "example-object.de.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    checked: list[str] = []
    real = t.check
    monkeypatch.setattr(t, "check", lambda tr, p: checked.append(tr.file) or real(tr, p))
    cache_file = tmp_path / "cache.pickle"

    def problems() -> list[str]:
        return [problem.message for problem in load_catalog([tmp_path], ParseCache(cache_file)).problems]

    first = problems()
    assert any("'nope': the guide has no such step" in message for message in first) and len(checked) == 1
    monkeypatch.setattr(ParseCache, "RACY_NS", 0)  # the files above were written just now
    problems()  # written again with times it can trust
    checked.clear()
    assert problems() == first and checked == []  # from the cache, the same problem
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text.replace("title: Open the objection form", "title: Open the form", 1),
                     encoding="utf-8")
    assert problems() == first and len(checked) == 1  # the guide changed: checked again
