"""Every string the window shows can be translated: pyside6-lupdate extracts it, under the context the
window looks it up in, and a translation installed with QTranslator is what the window then shows.

pyside6-lupdate files a bare `tr("...")` call of a .py file under the empty context wherever it is, and a
`QT_TRANSLATE_NOOP("context", "...")` under its (literal) context; `app.ui.models.tr` translates in
`TR_CONTEXT`, the empty context, so both must say "". A `tr()` of text built at run time is never
extracted: a translation of it could not exist.
"""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.ui.models import TR_CONTEXT
from tests.conftest import REPO
from tests.ui.conftest import Harness

APP = REPO / "app"
MARKERS = ("QT_TRANSLATE_NOOP",)  # app.core.words' marker, or Qt's: the same name to lupdate

# `tr(name)` calls whose text is not a literal, each translating a value of a table whose entries are all
# marked with QT_TRANSLATE_NOOP (test_the_tables_translated_by_name_are_marked checks the tables).
ALLOWED_BY_NAME = {
    ("app/ui/models.py", "words.template"): "words_text: a core template, marked where it is made (app.core)",
    ("app/ui/models.py", "name"): "platform_label: a value of PLATFORM_NAMES",
    ("app/ui/models.py", "label"): "status_label: a value of STATUS_LABELS",
    ("app/ui/overview.py", "KIND_WORDS[action.kind]"): "the next actions: a value of KIND_WORDS",
    ("app/ui/dialogs.py", "name"): "the account dialog: a region's name from REGIONS",
    ("app/ui/actions.py", "str(title)"): "the menus: a menu's title from MENUS",
    ("app/ui/actions.py", "text"): "the menus: an action's text from MENUS",
    ("app/ui/actions.py", "str(entry.title)"): "the menus: a submenu's title from MENUS",
    ("app/report.py", "value"): "the report: a value of STATUS_WORDS or ACTION_WORDS (app.report)",
    ("app/report.py", "value.template"): "the report: a core template, marked in app.core",
}


def sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path.relative_to(REPO).as_posix(), ast.parse(path.read_text(encoding="utf-8"), str(path))


def called(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return "." + function.attr
    return ""


def literal(node: ast.expr) -> str | None:
    """The text of a string literal (adjacent literals are one constant in the tree), else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


TRANSLATING = ("tr", ".tr", *MARKERS, *("." + marker for marker in MARKERS), ".translate")


def marked_calls() -> Iterator[tuple[str, ast.Call]]:
    """Every call of the tr helper, of a QT_TRANSLATE_NOOP marker and of QCoreApplication.translate."""
    for name, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called(node) in TRANSLATING:
                yield name, node


def marked_texts() -> tuple[set[str], set[str]]:
    """The literals given to `tr` and those marked with QT_TRANSLATE_NOOP, anywhere in app/."""
    tr_texts: set[str] = set()
    noop_texts: set[str] = set()
    for _name, node in marked_calls():
        kind = called(node).lstrip(".")
        if kind == "tr" and node.args and (text := literal(node.args[0])) is not None:
            tr_texts.add(text)
        elif kind in MARKERS and len(node.args) == 2 and (text := literal(node.args[1])) is not None:
            noop_texts.add(text)
    return tr_texts, noop_texts


def qt_tool(name: str) -> Path | None:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    return Path(found) if found else None


def lupdate_of_app(tmp_path: Path) -> Path:
    """The .ts file pyside6-lupdate makes from app/, as a translator would start from it."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "objector.ts"
    command = [str(lupdate), "-extensions", "py", "-locations", "none", str(APP), "-ts", str(ts)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return ts


def extracted(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message pyside6-lupdate extracts from app/."""
    root = ET.parse(lupdate_of_app(tmp_path)).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def test_every_marked_string_is_extracted_under_the_context_the_window_uses(tmp_path: Path) -> None:
    messages = extracted(tmp_path)
    tr_texts, noop_texts = marked_texts()
    assert len(tr_texts) > 200 and len(noop_texts) > 50  # the walk found the app's strings
    # Each is shown through tr(), which looks it up in TR_CONTEXT.
    missing = sorted(text for text in tr_texts | noop_texts if (TR_CONTEXT, text) not in messages)
    assert not missing, f"not extracted under the context {TR_CONTEXT!r}: {missing}"
    elsewhere = sorted((context, text) for context, text in messages if context != TR_CONTEXT)
    assert not elsewhere, f"extracted under a context the window never looks in: {elsewhere}"


def tr_problem(name: str, node: ast.Call, used: set[tuple[str, str]]) -> str | None:
    """What is wrong with a call of the tr helper, if anything; a call on the allow-list goes in `used`."""
    first = node.args[0] if node.args else None
    if first is None or len(node.args) not in (1, 3) or node.keywords:
        return "tr takes one string, or a string, a disambiguation and a count"
    # A count: lupdate gives the string a form per plural only where it sees %n.
    if len(node.args) == 3 and (literal(node.args[1]) is None or "%n" not in (literal(first) or "")):
        return "a string with a count says where the number goes with %n; its disambiguation is literal"
    if any(isinstance(part, ast.JoinedStr) for part in ast.walk(first)):
        return ("an f-string is extracted as written, braces and all, and never matches the text made at "
                "run time: use tr('... {x} ...').format(x=...)")
    if literal(first) is None:
        key = (name, ast.unparse(first))
        if key not in ALLOWED_BY_NAME:
            return "text built at run time is never extracted"
        used.add(key)
    return None


def marker_problem(node: ast.Call) -> str | None:
    context = literal(node.args[0]) if node.args else None
    if len(node.args) != 2 or literal(node.args[1]) is None:
        return "mark a string literal"
    if context is None:
        return f"lupdate skips a context given by a name: write {TR_CONTEXT!r} itself"
    if context != TR_CONTEXT:
        return f"extracted under {context!r}, but shown through tr(), which looks in {TR_CONTEXT!r}"
    return None


def translate_problem(name: str, node: ast.Call) -> str | None:
    if ast.unparse(node.func) != "QCoreApplication.translate":
        return None
    if name == "app/ui/models.py" and ast.unparse(node) == \
            "QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)":
        return None  # the tr helper itself
    if len(node.args) < 2 or literal(node.args[0]) != TR_CONTEXT or literal(node.args[1]) is None:
        return "use the tr helper of app.ui.models"
    return None


def test_tr_is_only_given_strings_lupdate_can_extract() -> None:
    problems: list[str] = []
    for name, tree in sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            problems.extend(f"{name}:{inner.lineno}: {ast.unparse(inner)[:100]}: lupdate does not look "
                            "inside an f-string: translate outside it" for inner in ast.walk(node)
                            if isinstance(inner, ast.Call) and called(inner).lstrip(".") in ("tr", *MARKERS))
    used: set[tuple[str, str]] = set()
    for name, node in marked_calls():
        kind = called(node)
        if kind == ".tr":
            problem: str | None = f"a method's tr() is extracted under its class, not {TR_CONTEXT!r}"
        elif kind == "tr":
            problem = tr_problem(name, node, used)
        elif kind.lstrip(".") in MARKERS:
            problem = marker_problem(node)
        else:
            problem = translate_problem(name, node)
        if problem:
            problems.append(f"{name}:{node.lineno}: {ast.unparse(node)[:100]}: {problem}")
    assert not problems, "\n".join(problems)
    assert used == set(ALLOWED_BY_NAME), f"allowed but no longer used: {set(ALLOWED_BY_NAME) - used}"


def test_the_core_gives_its_words_as_marked_templates() -> None:
    """The core cannot translate (it never imports Qt): what it says is a template marked for lupdate."""
    problems: list[str] = []
    for name, tree in sources():
        if name == "app/core/words.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called(node).lstrip(".") in ("words", "Words"):
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Call) and called(first) in MARKERS and len(first.args) == 2
                        and literal(first.args[0]) == TR_CONTEXT and literal(first.args[1]) is not None):
                    problems.append(f"{name}:{node.lineno}: {ast.unparse(node)[:100]}")
    assert not problems, 'a template not marked with QT_TRANSLATE_NOOP("", "..."):\n' + "\n".join(problems)


def test_the_tables_translated_by_name_are_marked() -> None:
    from app.ui import actions, dialogs, models, overview

    _tr_texts, noop_texts = marked_texts()
    shown = [*models.PLATFORM_NAMES.values(), *models.STATUS_LABELS.values(), *overview.KIND_WORDS.values(),
             *(name for _code, name in dialogs.REGIONS)]
    for title, entries in actions.MENUS:
        shown.append(str(title))
        shown.extend(str(entry[1]) for entry in entries if isinstance(entry, tuple))
        shown.extend(str(entry.title) for entry in entries if isinstance(entry, actions.Submenu))
    assert not [text for text in shown if text not in noop_texts]


# --- a translation, installed, is what the window shows -------------------------------------------------

TRANSLATIONS = {
    "Checklist": "Liste de contrôle",  # a tab of the window
    "waiting for a reply": "en attente d'une réponse",  # STATUS_LABELS, shown in the overview's grid
    "Waiting": "En attente",  # KIND_WORDS, in the next actions
    "Reply due by {due}": "Réponse attendue avant le {due}",  # a template of app.core.followup
    "Today ({date}): {description}": "Aujourd'hui ({date}) : {description}",  # app.core.followup
    "Deadline {date}: {description}": "Échéance {jour} : {description}",  # a translator's slip: {jour}
}


def translation_file(tmp_path: Path) -> Path:
    """A .qm made as a translator makes one: lupdate's .ts of app/, a few messages translated, lrelease.
    The runtime finds them only if lupdate filed them under the context it looks in."""
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    tree = ET.parse(lupdate_of_app(tmp_path))
    tree.getroot().set("language", "fr")
    translated = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in TRANSLATIONS and translation is not None:
            translation.text = TRANSLATIONS[source]
            translation.attrib.pop("type", None)  # "unfinished" no more
            translated.add(source)
    assert translated == set(TRANSLATIONS), f"not extracted: {set(TRANSLATIONS) - translated}"
    ts, qm = tmp_path / "objector_fr.ts", tmp_path / "objector_fr.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    result = subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and qm.exists(), result.stdout + result.stderr
    return qm


@pytest.fixture
def french(tmp_path: Path, qapp: Any) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(translation_file(tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("french")
def test_an_installed_translation_is_what_the_window_shows(harness: Harness) -> None:
    from app.core.followup import deadline_words
    from app.core.words import QT_TRANSLATE_NOOP, words
    from app.ui.details import banners as details_banners
    from app.ui.locale_text import day_text
    from app.ui.models import words_text

    window = harness.open()
    assert window.tabs.tabText(0) == "Liste de contrôle"
    account = window.db.add_account("Beta", "facebook", "EU")
    window.reload_accounts(select_id=account.id)
    window.db.set_status(account.id, "example-object", "waiting",
                         at=dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc))
    window.tabs.setCurrentIndex(1)
    overview = window.overview
    assert overview.grid_model.index(0, 0).data() == "en attente d'une réponse"
    title = window.catalog.get("example-object").title
    texts = [overview.actions_model.index(row).data() for row in range(overview.actions_model.rowCount())]
    due = day_text(dt.date(2026, 12, 20))  # as QLocale writes days (English here: a few strings are French)
    assert f"{due} · En attente · Beta · {title}: Réponse attendue avant le {due}" in texts
    # The deadline banner: a core template, translated, then filled.
    procedure = window.catalog.get("example-object")
    banners = details_banners(procedure, dt.date(2025, 5, 27), None, [])
    assert banners[0].startswith(f"Aujourd'hui ({day_text(dt.date(2025, 5, 27))}) : ")
    assert str(deadline_words(procedure, dt.date(2025, 5, 27))).startswith("Today (2025-05-27): ")
    # A translation whose {names} do not match the template's: the English, not an error.
    deadline = words(QT_TRANSLATE_NOOP("", "Deadline {date}: {description}"), date="2026-01-01",
                     description="x")
    assert words_text(deadline) == f"Deadline {day_text(dt.date(2026, 1, 1))}: x"
