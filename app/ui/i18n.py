"""The window's language: which one (the user's choice, else the system's), and its translations.

Objector's own strings are in resources/translations/objector_<lang>.qm, built from the .ts files beside them
(`python -m app.ui.i18n` updates the .ts files from the code and builds the .qm files; tests check that both
are current). objector_en.qm holds only English's plural forms ("1 day", "8 days"), so it is loaded under
every other language. Qt's own dialogs and buttons (OK, Cancel, the file dialog) take Qt's translations from
the PySide6 wheel. Dates and numbers follow the language through QLocale's default.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import paths

LANGUAGE_KEY = "ui/language"  # "" or missing: follow the system
# The languages the window speaks, each by its own name (as a language menu lists them).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
}
_installed: list[QTranslator] = []
_current = ["en"]  # the language installed last


def current_language() -> str:
    """The language the window speaks (the guides' words follow it where they are translated)."""
    return _current[0]


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def system_languages() -> list[str]:
    """The user's languages in order of preference, as the system says: LANGUAGE (a list, as GNU gettext
    reads it), then LC_ALL, LC_MESSAGES and LANG, then what Qt reads from the system (Windows, macOS)."""
    found: list[str] = []
    language = os.environ.get("LANGUAGE", "")
    # As gettext does, LANGUAGE counts only when the locale is not "C" (LC_ALL or LANG set to C/POSIX).
    locale_value = next((os.environ[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(key)),
                        "")
    if language and locale_value not in ("C", "POSIX"):
        found += [part for part in language.split(":") if part]
    if locale_value:
        found.append(locale_value)
    found += QLocale.system().uiLanguages()
    return found


def _code(tag: str) -> str:
    """"de_AT.UTF-8", "de-AT" -> "de"."""
    return tag.replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()


def system_language(preferred: Sequence[str] | None = None) -> str:
    """The first of the user's languages that the window speaks; English if none."""
    for tag in system_languages() if preferred is None else preferred:
        code = _code(tag)
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):
            return "en"
    return "en"


def chosen_language(settings: QSettings | None) -> str:
    """The language chosen in the window (remembered in the settings), else the system's."""
    saved = str(settings.value(LANGUAGE_KEY, "") or "") if settings is not None else ""
    return saved if saved in LANGUAGES else system_language()


def install(language: str) -> str:
    """Load the translations of `language` into the running application (replacing any loaded before) and
    make it QLocale's default; returns the language installed (English where there is no such file)."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    folder = str(translations_dir())
    english = QTranslator(app)
    if english.load("objector_en", folder):  # English's plural forms, under every language
        app.installTranslator(english)
        _installed.append(english)
    if language != "en":
        own = QTranslator(app)
        if own.load(f"objector_{language}", folder):
            app.installTranslator(own)
            _installed.append(own)
        else:
            language = "en"
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
    system = QLocale.system()
    # The system's own locale where it is of that language (Austrian German keeps its dates), else the
    # language's usual one.
    QLocale.setDefault(system if _code(system.name()) == language else QLocale(language))
    _current[0] = language
    return language


def main(argv: Sequence[str] | None = None) -> int:
    """Update the .ts files from the code and build the .qm files (for developers and translators)."""
    from app.ui import i18n_build

    return i18n_build.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
