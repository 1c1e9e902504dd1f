"""Issue 20: the window in German, French, Spanish, Italian, Dutch and Polish. The language follows the system
or the View > Language menu (remembered); every translation is finished, keeps its placeholders, and is what
the menus and buttons show; Qt's own buttons follow; the .ts and .qm files are current with the code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from app.ui import i18n, i18n_build
from tests.conftest import REPO
from tests.ui.conftest import Harness, if_modal_soon

FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "it", "nl", "pl")
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pl": 3}
# Texts that are the same in every language: names, and the shortcut keys' own names.
SAME_EVERYWHERE = {"Objector", "English", "Deutsch", "Français", "Español", "Italiano", "Nederlands",
                   "Polski"}


@pytest.fixture
def speaking() -> Iterator[Any]:
    """Install a language for one test; English again after it."""
    yield i18n.install
    i18n.install("en")


def translations(language: str) -> list[tuple[str, list[str], bool]]:
    """(source, translated forms, finished) of each message in a language's .ts file."""
    found = []
    for message in ET.parse(FOLDER / f"objector_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.findall("numerusform")] \
            if message.get("numerus") == "yes" else [translation.text or ""]
        found.append((message.findtext("source") or "", forms, translation.get("type") != "unfinished"))
    return found


def test_the_translation_files_are_current_with_the_code() -> None:
    assert i18n_build.check(FOLDER) == []


def accelerator(text: str) -> bool:
    """Whether the text marks a keyboard letter: an `&` before a letter ("&&" is a literal one, and so is
    "Settings & privacy", a menu name quoted in a sentence)."""
    return re.search(r"&\w", text.replace("&&", "")) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_keeps_its_placeholders(language: str) -> None:
    entries = translations(language)
    assert len(entries) > 400
    unfinished = [source for source, _forms, finished in entries if not finished]
    assert unfinished == [], f"{len(unfinished)} unfinished in objector_{language}.ts, e.g. {unfinished[:3]}"
    problems = []
    for source, forms, _finished in entries:
        names = sorted(set(re.findall(r"\{[a-z_]+\}", source)))
        if "%n" in source and len(forms) != PLURAL_FORMS[language]:
            problems.append(f"{source!r}: {len(forms)} plural forms")
        for form in forms:
            if sorted(set(re.findall(r"\{[a-z_]+\}", form))) != names:
                problems.append(f"{source!r} -> {form!r}: placeholders")
            if accelerator(source) != accelerator(form):
                problems.append(f"{source!r} -> {form!r}: the keyboard letter (&)")
            if not form.strip():
                problems.append(f"{source!r}: empty")
        if "%n" in source and not all("%n" in form for form in forms[1:]):
            problems.append(f"{source!r}: a plural form without the number")
    assert problems == []


def test_the_language_follows_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.system_language(["de_AT.UTF-8"]) == "de"
    assert i18n.system_language(["pt_BR", "nl-BE", "fr"]) == "nl"  # the first the window speaks
    assert i18n.system_language(["C"]) == "en" and i18n.system_language(["pt_PT"]) == "en"
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    assert i18n.system_language() == "pl"
    monkeypatch.setenv("LANGUAGE", "it:de")  # gettext's list of preferences comes first
    assert i18n.system_language() == "it"
    monkeypatch.setenv("LC_ALL", "C")  # ...unless the locale is C, which means English
    assert i18n.system_language() == "en"
    settings = QSettings()
    settings.setValue(i18n.LANGUAGE_KEY, "fr")  # a choice made in the menu wins
    try:
        assert i18n.chosen_language(settings) == "fr"
        settings.setValue(i18n.LANGUAGE_KEY, "")
        assert i18n.chosen_language(settings) == "en"
    finally:
        settings.remove(i18n.LANGUAGE_KEY)


def menu_texts(window: Any) -> list[str]:
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            if action.text() and not action.isSeparator():
                texts.append(action.text())
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_speaks_the_language_in_its_menus_buttons_and_first_screen(
        language: str, harness: Harness, speaking: Any, qtbot: Any) -> None:
    english = harness.open()
    english_texts = menu_texts(english)
    english_welcome = english.welcome_button.text()
    harness.close(english)

    assert speaking(language) == language
    window = harness.open()
    texts = menu_texts(window)
    assert len(texts) == len(english_texts)
    # A text may stay as it is where the translator wrote it so (Italian "&File", Dutch "&Help").
    same_by_choice = {source for source, forms, finished in translations(language)
                      if finished and forms == [source]}
    left = [text for text, before in zip(texts, english_texts, strict=True)
            if text == before and text.replace("&", "") not in SAME_EVERYWHERE and text not in same_by_choice]
    assert left == [], f"English left in the {language} menus: {left}"
    # The first screen (no account yet) and its button.
    assert window.welcome_button.text() != english_welcome
    # Qt's own buttons follow (Qt's translations from the wheel).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") != "Cancel"
    # Dates as the language writes them.
    assert QLocale().toString(QDate(2026, 12, 1), "MMMM") != "December"


def test_choosing_a_language_in_the_menu_is_remembered(harness: Harness, qtbot: Any) -> None:
    window = harness.open()
    settings = window.settings
    action = window.language_menu.actions["de"]
    later: list[str] = []

    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox) and "Deutsch" in box.text()
        buttons = [button for button in box.findChildren(QPushButton) if button.text() == "&Later"]
        later.append(buttons[0].text())
        buttons[0].click()

    if_modal_soon(answer)
    action.trigger()
    assert later == ["&Later"] and window.isVisible()  # later: nothing closes
    assert settings.value(i18n.LANGUAGE_KEY) == "de" and i18n.chosen_language(settings) == "de"
    assert action.isChecked()
    harness.close(window)
    reopened = harness.open()
    assert reopened.language_menu.actions["de"].isChecked()
    # Back to the system's language: the menu's first entry.
    if_modal_soon(lambda box: box.reject())
    reopened.language_menu.actions[""].trigger()
    assert reopened.settings.value(i18n.LANGUAGE_KEY) == ""
