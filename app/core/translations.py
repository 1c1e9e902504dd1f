"""Translations of guides: a file beside the guide, `<guide file name>.<language>.yaml` (for example
`meta-facebook-object-privacy-center.de.yaml`), keyed by step id, so that a translation can never attach to
the wrong step. Each field falls back to English where it is not translated.

Each translation says which version of the English text it was made from: `english_version` at the top (for
the title, summary, important, outcome, caveats and region notes) and on each step (for that step's words). A
version is a short hash of those English words (`top_version`, `step_version`; `objector translations`
prints them). When the English changes later, the versions no longer match and the window marks what is
older than the English ("translation older than the English text") and can show the English beside it.

`check` reports what would make a translation wrong: a step id the guide does not have, a template whose
placeholders differ from the English, a link that goes somewhere else, a wrong number of link labels.
`status` says what is untranslated or outdated. Plain Python: no Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.core.problem import Problem
from app.core.procedure_values import Deadline, Link, Procedure, Source, Step
from app.core.records import field, record, replace

# The languages a guide may be translated into (English is the original).
LANGUAGES = ("de", "fr", "es", "it", "nl", "pl")
SCHEMA_VERSION = 1
STEP_FIELDS = ("title", "section", "details", "template", "expect")
TOP_FIELDS = ("title", "summary", "important", "outcome")
_TOP_KEYS = {"schema_version", "translation_of", "language", "english_version", "translated", *TOP_FIELDS,
             "caveats", "region_notes", "deadlines", "steps", "labels", "sources"}
_STEP_KEYS = {"english_version", *STEP_FIELDS, "links"}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)|<(https?://[^>\s]+|mailto:[^>\s]+)>")
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<language>[a-z]{2})\.ya?ml$")

# The name of the data-protection law in each language's letters, for the account's region: `{law}` in a
# template. English's includes the article ("under Article 21 of the GDPR"); the others are written as
# their legal texts cite them ("Art. 21 DSGVO").
LAW_NAMES: dict[str, dict[str, str]] = {
    "en": {"EU": "the GDPR", "UK": "the UK GDPR"},
    "de": {"EU": "DSGVO", "UK": "UK-DSGVO (UK GDPR)"},
    "fr": {"EU": "RGPD", "UK": "UK GDPR (RGPD du Royaume-Uni)"},
    "es": {"EU": "RGPD", "UK": "UK GDPR (RGPD del Reino Unido)"},
    "it": {"EU": "GDPR", "UK": "UK GDPR (GDPR del Regno Unito)"},
    "nl": {"EU": "AVG", "UK": "UK GDPR (Britse AVG)"},
    "pl": {"EU": "RODO", "UK": "UK GDPR (brytyjskie RODO)"},
}


def law_name(language: str, region: str) -> str:
    names = LAW_NAMES.get(language, LAW_NAMES["en"])
    return names["UK"] if region == "UK" else names["EU"]


@record(frozen=True)
class StepTranslation:
    id: str
    english_version: str
    title: str = ""
    section: str = ""
    details: str = ""
    template: str = ""
    expect: str = ""
    link_labels: tuple[str, ...] = ()


@record(frozen=True)
class Translation:
    procedure_id: str
    language: str
    file: str
    english_version: str
    translated: dt.date | None = None
    title: str = ""
    summary: str = ""
    important: str = ""
    outcome: str = ""
    caveats: tuple[str, ...] = ()
    region_notes: tuple[tuple[str, str], ...] = ()
    # (description, after) of each of the guide's dates, in the English file's order
    deadlines: tuple[tuple[str, str], ...] = ()
    steps: Mapping[str, StepTranslation] = field(default_factory=dict)
    labels: str = ""  # how the platform's menu labels were written in this language, and from which sources
    sources: tuple[Source, ...] = ()  # guides in this language that show the platform's own labels


@record(frozen=True)
class TranslationStatus:
    """How a translation stands against the English it was made from."""

    outdated_top: bool
    outdated_steps: frozenset[str]
    untranslated_steps: frozenset[str]

    @property
    def current(self) -> bool:
        return not (self.outdated_top or self.outdated_steps or self.untranslated_steps)


def _version(parts: Sequence[Any]) -> str:
    return hashlib.sha256(json.dumps(list(parts), ensure_ascii=False).encode("utf-8")).hexdigest()[:10]


def step_version(step: Step) -> str:
    """The version of a step's English words (what a translation of the step was made from)."""
    return _version([step.title, step.section, step.details, step.template, step.expect,
                     [link.label for link in step.links]])


def english_deadlines(procedure: Procedure) -> tuple[Deadline, ...]:
    """A guide's dates, in its file's order (one without regions counts as a list of one)."""
    return procedure.deadlines or ((procedure.deadline,) if procedure.deadline else ())


def top_version(procedure: Procedure) -> str:
    """The version of a guide's English words outside its steps."""
    return _version([procedure.title, procedure.summary, procedure.important, procedure.outcome,
                     list(procedure.caveats), [list(note) for note in procedure.region_notes],
                     [[deadline.description, deadline.after] for deadline in english_deadlines(procedure)]])


def translation_name(path: Path) -> tuple[str, str] | None:
    """(the guide's file stem, language) for a translation file's name, else None."""
    match = _NAME.match(path.name)
    if match is None or match["language"] not in LANGUAGES:
        return None
    return match["stem"], match["language"]


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def link_targets(text: str) -> list[str]:
    """The addresses of the Markdown links in `text`, in order."""
    return [first or second for first, second in _MARKDOWN_LINK.findall(text)]


# --- reading ---------------------------------------------------------------------------------------------

def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def parse_translation(data: Any, path: Path) -> tuple[Translation | None, list[Problem]]:
    """A translation from a file's plain YAML data, with the problems of its form (not of its content
    against the guide: see `check`)."""
    problems: list[Problem] = []

    def problem(message: str) -> None:
        problems.append(Problem(path, 0, 0, message))

    if not isinstance(data, dict):
        return None, [Problem(path, 1, 1,
                              "a translation is a mapping of fields (see docs/writing-procedures.md)")]
    for key in sorted(set(data) - _TOP_KEYS, key=str):
        problem(f"unknown field {key!r} in a translation")
    if data.get("schema_version") != SCHEMA_VERSION:
        problem(f"'schema_version' must be {SCHEMA_VERSION}")
    named = translation_name(path)
    language = data.get("language")
    if language not in LANGUAGES:
        problem(f"'language' must be one of {', '.join(LANGUAGES)}")
    elif named is not None and named[1] != language:
        problem(f"'language' is {language!r} but the file name says {named[1]!r}")
    procedure_id = data.get("translation_of")
    if not isinstance(procedure_id, str) or not procedure_id:
        problem("'translation_of' must name the guide's id")
    version = data.get("english_version")
    if not isinstance(version, str) or not version:
        problem("'english_version' must say which version of the English it was made from "
                "(`objector translations` prints it)")
    translated = data.get("translated")
    if translated is not None and not isinstance(translated, dt.date):
        try:
            translated = dt.date.fromisoformat(str(translated))
        except ValueError:
            problem("'translated' must be a date (YYYY-MM-DD)")
            translated = None
    steps: dict[str, StepTranslation] = {}
    raw_steps = data.get("steps") or {}
    if not isinstance(raw_steps, dict):
        problem("'steps' is a mapping of step id to its translation")
        raw_steps = {}
    for step_id, raw in raw_steps.items():
        if not isinstance(raw, dict):
            problem(f"step {step_id!r}: a mapping of fields")
            continue
        for key in sorted(set(raw) - _STEP_KEYS, key=str):
            problem(f"step {step_id!r}: unknown field {key!r}")
        step_version_text = raw.get("english_version")
        if not isinstance(step_version_text, str) or not step_version_text:
            problem(f"step {step_id!r}: 'english_version' must say which version of the English step it "
                    "was made from")
        labels = raw.get("links") or []
        if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
            problem(f"step {step_id!r}: 'links' is a list of the links' labels, in the English order")
            labels = []
        steps[str(step_id)] = StepTranslation(str(step_id), _text(step_version_text),
                                              **{name: _text(raw.get(name)) for name in STEP_FIELDS},
                                              link_labels=tuple(label.strip() for label in labels))
    caveats = data.get("caveats") or []
    if not isinstance(caveats, list) or not all(isinstance(item, str) for item in caveats):
        problem("'caveats' is a list of texts")
        caveats = []
    notes = data.get("region_notes") or {}
    if not isinstance(notes, dict) or not all(isinstance(value, str) for value in notes.values()):
        problem("'region_notes' is a mapping of region to text")
        notes = {}
    deadlines = data.get("deadlines") or []
    if not isinstance(deadlines, list) or not all(isinstance(item, dict) for item in deadlines):
        problem("'deadlines' is a list of {description, after}, one for each of the guide's dates, in order")
        deadlines = []
    sources: list[Source] = []
    for raw in data.get("sources") or []:
        if not isinstance(raw, dict) or not raw.get("url") or not raw.get("title") or not raw.get("accessed"):
            problem("each source of a translation needs a url, a title and the day it was read (accessed)")
            continue
        sources.append(Source(url=str(raw["url"]), title=str(raw["title"]),
                              publisher=str(raw.get("publisher") or ""),
                              published=_date(raw.get("published")), accessed=_date(raw.get("accessed")),
                              supports=str(raw.get("supports") or "")))
    if problems and (language not in LANGUAGES or not isinstance(procedure_id, str) or not procedure_id):
        return None, problems
    return Translation(
        procedure_id=str(procedure_id), language=str(language), file=str(path),
        english_version=_text(version),
        translated=translated, **{name: _text(data.get(name)) for name in TOP_FIELDS},
        caveats=tuple(item.strip() for item in caveats),
        region_notes=tuple((str(region), text.strip()) for region, text in notes.items()),
        deadlines=tuple((_text(item.get("description")), _text(item.get("after"))) for item in deadlines),
        steps=steps, labels=_text(data.get("labels")), sources=tuple(sources)), problems


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def load_translation_bytes(raw: bytes, path: Path) -> tuple[Translation | None, list[Problem]]:
    from app.core.yamlsource import parse_yaml_bytes

    parsed = parse_yaml_bytes(raw, path)
    if parsed.root is None:
        return None, parsed.problems
    translation, problems = parse_translation(parsed.root.plain(), path)
    return (translation if not parsed.problems else None), [*parsed.problems, *problems]


# --- against the guide -----------------------------------------------------------------------------------

def check(translation: Translation, procedure: Procedure) -> list[Problem]:
    """What is wrong with a translation of `procedure`: ids, placeholders, links."""
    path = Path(translation.file)
    problems: list[Problem] = []

    def problem(message: str) -> None:
        problems.append(Problem(path, 0, 0, message))

    if translation.procedure_id != procedure.id:
        problem(f"'translation_of' is {translation.procedure_id!r}, but the guide beside it is "
                f"{procedure.id!r}")
    english_notes = dict(procedure.region_notes)
    for region, _text_value in translation.region_notes:
        if region not in english_notes:
            problem(f"region note for {region!r}, which the English does not have")
    if translation.caveats and len(translation.caveats) != len(procedure.caveats):
        problem(f"{len(translation.caveats)} caveats, the English has {len(procedure.caveats)}")
    if translation.deadlines and len(translation.deadlines) != len(english_deadlines(procedure)):
        problem(f"{len(translation.deadlines)} dates' texts, the English has "
                f"{len(english_deadlines(procedure))}")
    for name in TOP_FIELDS:
        _check_text(problem, name, getattr(procedure, name), getattr(translation, name))
    for step_id, step_translation in translation.steps.items():
        step = procedure.step(step_id)
        if step is None:
            problem(f"step {step_id!r}: the guide has no such step "
                    f"(its steps: {', '.join(procedure.step_ids)})")
            continue
        for name in STEP_FIELDS:
            _check_text(problem, f"step {step_id!r}: {name}", getattr(step, name),
                        getattr(step_translation, name))
        if step_translation.link_labels and len(step_translation.link_labels) != len(step.links):
            problem(f"step {step_id!r}: {len(step_translation.link_labels)} link labels, the English step "
                    "has "
                    f"{len(step.links)} links")
    return problems


def _check_text(problem: Any, where: str, english: str, translated: str) -> None:
    if not translated:
        return
    # Most texts have neither placeholders nor links: the regular expressions only run where they might.
    if ("{" in translated or "{" in english) and placeholders(translated) != placeholders(english):
        problem(f"{where}: placeholders {sorted(placeholders(translated))} differ from the English's "
                f"{sorted(placeholders(english))}")
    if any(mark in text for mark in ("](", "<") for text in (translated, english)) \
            and sorted(link_targets(translated)) != sorted(link_targets(english)):
        problem(f"{where}: its links go to {link_targets(translated)}, the English's to "
                f"{link_targets(english)}")


def status(translation: Translation, procedure: Procedure) -> TranslationStatus:
    steps = translation.steps
    outdated = frozenset(step.id for step in procedure.steps
                         if step.id in steps and steps[step.id].english_version != step_version(step))
    missing = frozenset(step.id for step in procedure.steps if step.id not in steps)
    return TranslationStatus(translation.english_version != top_version(procedure), outdated, missing)


def translated(procedure: Procedure, translation: Translation | None) -> Procedure:
    """`procedure` with the translated words where there are some, the English elsewhere."""
    if translation is None:
        return procedure
    values: dict[str, Any] = {name: getattr(translation, name) or getattr(procedure, name)
                              for name in TOP_FIELDS}
    if translation.caveats and len(translation.caveats) == len(procedure.caveats):
        values["caveats"] = translation.caveats
    dates = english_deadlines(procedure)
    if translation.deadlines and len(translation.deadlines) == len(dates):
        changed = tuple(replace(deadline, description=description or deadline.description,
                                after=after or deadline.after)
                        for deadline, (description, after) in zip(dates, translation.deadlines, strict=True))
        if procedure.deadlines:
            values["deadlines"] = changed
        if procedure.deadline is not None:
            values["deadline"] = changed[dates.index(procedure.deadline)] if procedure.deadline in dates \
                else procedure.deadline
    if translation.region_notes:
        mine = dict(translation.region_notes)
        values["region_notes"] = tuple((region, mine.get(region, text))
                                       for region, text in procedure.region_notes)
    steps = []
    for step in procedure.steps:
        done = translation.steps.get(step.id)
        if done is None:
            steps.append(step)
            continue
        links = step.links
        if len(done.link_labels) == len(links):
            links = tuple(Link(label, link.url) for label, link in zip(done.link_labels, links, strict=True))
        steps.append(replace(step, links=links, **{name: getattr(done, name) or getattr(step, name)
                                                   for name in STEP_FIELDS}))
    from app.core.procedure_values import Steps

    return replace(procedure, steps=Steps(steps), **values)


# --- for translators: what stands where, and a file to start from -----------------------------------------

def status_lines(catalog: Any, languages: Sequence[str] = LANGUAGES) -> list[str]:
    """One line per guide and language that has a translation, then a count per language: what a translator
    has left to do (`objector translations`)."""
    lines: list[str] = []
    for language in languages:
        done = outdated_count = 0
        for procedure in sorted(catalog.procedures.values(), key=lambda p: p.id):
            translation = catalog.translation(procedure.id, language)
            if translation is None:
                continue
            done += 1
            state = status(translation, procedure)
            parts = []
            if state.outdated_top:
                parts.append("its title, summary, caveats, notes or dates changed in English")
            if state.outdated_steps:
                parts.append("older than the English: " + ", ".join(sorted(state.outdated_steps)))
            if state.untranslated_steps:
                parts.append("untranslated: " + ", ".join(sorted(state.untranslated_steps)))
            outdated_count += bool(state.outdated_top or state.outdated_steps)
            lines.append(f"{language} {procedure.id}: " + ("; ".join(parts) if parts else "current"))
        lines.append(f"{language}: {done} of {len(catalog.procedures)} guides translated, {outdated_count} "
                     "with parts older than the English")
    return lines


def skeleton(procedure: Procedure, language: str, today: dt.date) -> str:
    """A translation file to start from: every field to translate, in English, with the versions filled in."""
    import yaml

    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION, "translation_of": procedure.id, "language": language,
        "english_version": top_version(procedure), "translated": today.isoformat(),
        **{name: getattr(procedure, name) for name in TOP_FIELDS if getattr(procedure, name)},
    }
    if procedure.caveats:
        data["caveats"] = list(procedure.caveats)
    if procedure.region_notes:
        data["region_notes"] = dict(procedure.region_notes)
    if english_deadlines(procedure):
        data["deadlines"] = [{"description": deadline.description, **({"after": deadline.after}
                                                                       if deadline.after else {})}
                             for deadline in english_deadlines(procedure)]
    data["labels"] = ("Say how the platform's menu labels are written here: quoted in this language only as "
                      "the sources below show them; otherwise in English, saying so.")
    data["steps"] = {step.id: {"english_version": step_version(step),
                               **{name: getattr(step, name) for name in STEP_FIELDS if getattr(step, name)},
                               **({"links": [link.label for link in step.links]} if step.links else {})}
                     for step in procedure.steps}
    data["sources"] = []
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
