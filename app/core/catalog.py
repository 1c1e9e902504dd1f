"""The catalog: every procedure loaded from a set of folders, and the loading of those folders.

`load_catalog` loads whole folders in order, so that one bad file never stops the good ones, and a later
folder's procedure replaces an earlier one with the same id. With a `ParseCache`, unchanged files are not
parsed (nor even read) again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.core.news import News, is_news_file
from app.core.parse_cache import ParseCache, Signature, file_signature
from app.core.problem import Problem
from app.core.procedure_values import Procedure
from app.core.records import field, record
from app.core.translations import Translation, TranslationStatus, translation_name

PROCEDURE_SUFFIXES = (".yaml", ".yml")
COMPLAINT = "complaint"  # the kind of the procedures that follow a refused or unanswered request


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
    _by_account: dict[tuple[str, str], list[Procedure]] = field(default_factory=dict, repr=False,
                                                                compare=False)
    _covering: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    _covering_count: int = field(default=0, repr=False, compare=False)
    # Each provider's news file (`procedures/<provider>/news.yaml`), by provider; a later folder's wins.
    news: dict[str, News] = field(default_factory=dict)
    # Each guide's translations (`<guide>.<lang>.yaml`, app.core.translations), by guide id, then language.
    translations: dict[str, dict[str, Translation]] = field(default_factory=dict)
    # The language the guides' words are in (`localized`), and the English of those translated.
    language: str = "en"
    originals: dict[str, Procedure] = field(default_factory=dict, repr=False, compare=False)
    # Where each loaded procedure's id is in its file, for the problems `check_references` reports.
    _positions: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)

    def get(self, procedure_id: str) -> Procedure | None:
        return self.procedures.get(procedure_id)

    def translation(self, procedure_id: str, language: str) -> Translation | None:
        return self.translations.get(procedure_id, {}).get(language)

    def localized(self, language: str) -> Catalog:
        """The same library with each guide's words in `language` where a translation has them (the English
        of those kept in `originals`); itself for its own language. (Every guide without a translation says
        so in a language other than English: `language` tells which.)"""
        if language == self.language:
            return self
        from app.core.translations import translated

        procedures = {pid: translated(procedure, self.translations[pid][language])
                      if language in self.translations.get(pid, {}) else procedure
                      for pid, procedure in self.procedures.items()}
        return Catalog(procedures=procedures, problems=self.problems, replaced=self.replaced,
                       files_read=self.files_read, signatures=self.signatures, news=self.news,
                       translations=self.translations, language=language,
                       originals={pid: self.procedures[pid] for pid, by in self.translations.items()
                                  if language in by and pid in self.procedures},
                       _positions=self._positions)

    def untranslated(self, procedure_id: str) -> bool:
        """Whether a guide is shown in English though the window speaks another language."""
        return self.language != "en" and procedure_id not in self.originals

    def english(self, procedure_id: str) -> Procedure | None:
        """A guide's English words (what a translation was made from)."""
        return self.originals.get(procedure_id) or self.procedures.get(procedure_id)

    def translation_status(self, procedure_id: str) -> TranslationStatus | None:
        """How the shown guide's translation stands against the English (None: shown in English)."""
        translation = self.translation(procedure_id, self.language)
        english = self.english(procedure_id)
        if translation is None or english is None or self.language == "en":
            return None
        from app.core.translations import status

        return status(translation, english)

    def template_in(self, procedure_id: str, step_id: str, language: str) -> str:
        """A step's text to copy (a letter) in `language`, else in English."""
        english = self.english(procedure_id)
        step = english.step(step_id) if english else None
        if step is None:
            return ""
        translation = self.translation(procedure_id, language) if language != "en" else None
        done = translation.steps.get(step_id) if translation else None
        return done.template if done is not None and done.template else step.template

    def news_for(self, provider: str) -> News | None:
        """The provider's news ("what is happening"), if the library has a news file for it."""
        return self.news.get(provider)

    def __iter__(self) -> Iterator[Procedure]:
        if self._sorted is None or len(self._sorted) != len(self.procedures):
            self._sorted = sorted(self.procedures.values(), key=lambda p: (p.provider, p.title.casefold()))
            self._by_account.clear()
        return iter(self._sorted)

    def __len__(self) -> int:
        return len(self.procedures)

    def for_account(self, platform: str, region: str) -> list[Procedure]:
        """The procedures offered to an account, in checklist order (`entry_order`: `order`, then
        `checklist_order`), worked out once per platform and region. Archived procedures are not offered
        (`Checklist` still shows one to an account that used it)."""
        from app.core.checklist import entry_order

        key = (platform, region)
        ordered = iter(self)  # also drops the per-account lists if the catalog changed
        if key not in self._by_account:
            self._by_account[key] = sorted((procedure for procedure in ordered if not procedure.archived
                                            and procedure.applies_to(platform, region)), key=entry_order)
        return self._by_account[key]

    def covering(self, procedure_id: str) -> tuple[str, ...]:
        """The ids of the procedures whose `covers` names `procedure_id`, sorted (indexed once per
        catalog)."""
        index = self._covering
        if index is None or self._covering_count != len(self.procedures):
            found: dict[str, list[str]] = {}
            for procedure in self.procedures.values():
                for covered in procedure.covers:
                    found.setdefault(covered, []).append(procedure.id)
            index = self._covering = {covered: tuple(sorted(ids)) for covered, ids in found.items()}
            self._covering_count = len(self.procedures)
        return index.get(procedure_id, ())

    def complaint_for(self, platform: str, region: str) -> Procedure | None:
        """The complaint to make when a request from an account on `platform` in `region` is refused or not
        answered: a procedure of kind "complaint" offered to that account (`Procedure.applies_to`), None if
        there is none.

        When several are, the one that names the region most closely wins (`Procedure.region_match`: the
        region itself, then the EU and EEA as one, then "any"), then the first by title (case-folded),
        then by id.
        """
        complaints = [procedure for procedure in self.for_account(platform, region)
                      if procedure.kind == COMPLAINT]
        if not complaints:
            return None
        return min(complaints, key=lambda p: (p.region_match(region), p.title.casefold(), p.id))


def procedure_files(folder: Path) -> list[Path]:
    """The procedure files below `folder`, in a stable order (with the providers' news files, `news.yaml`,
    which the loading tells apart: `app.core.news`)."""
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


def load_catalog(folders: Iterable[Path], cache: ParseCache | None = None) -> Catalog:
    """Load every procedure below `folders`, in order; a later folder's id replaces an earlier one's."""
    catalog = Catalog(signatures={})
    for folder in folders:
        _add_layer(catalog, procedure_file_names(folder), cache)
    check_references(catalog, cache)
    if cache is not None:
        cache.save()
    return catalog


def check_references(catalog: Catalog, cache: ParseCache | None = None) -> None:
    """Add a problem for each id in a procedure's `covers` or `alternative_to` that names no loaded
    procedure (a file can only be checked for that once the whole library is loaded). The procedure still
    loads; the reference is ignored. Reported at the procedure's id."""
    known = catalog.procedures
    _check_translations(catalog, cache=cache)
    for procedure in sorted(known.values(), key=lambda p: (p.file, p.id)):
        missing = [("covers", covered) for covered in procedure.covers if covered not in known]
        if procedure.alternative_to is not None and procedure.alternative_to not in known:
            missing.append(("alternative_to", procedure.alternative_to))
        line, column = catalog._positions.get(procedure.id, (0, 0))
        for key, name in missing:
            catalog.problems.append(Problem(
                procedure.path, line, column,
                f"'{key}' names the procedure '{name}', but no procedure with that id was loaded; check the "
                "id (this procedure was loaded, without that reference)"))


def _check_translations(catalog: Catalog, report_orphans: bool = True,
                        cache: ParseCache | None = None) -> None:
    """Each translation against its guide: one for no loaded guide is reported and dropped (or, for files
    checked on their own, kept unchecked: its guide may be in the library). With a cache, what checking
    found before for the same two files' contents is reused."""
    from app.core.translations import check

    for procedure_id in sorted(catalog.translations):
        procedure = catalog.procedures.get(procedure_id)
        by_language = catalog.translations[procedure_id]
        for language in sorted(by_language):
            translation = by_language[language]
            if procedure is None and not report_orphans:
                continue
            if procedure is None:
                catalog.problems.append(Problem(
                    Path(translation.file), 1, 1,
                    f"a translation of '{procedure_id}', but no guide with that id was loaded; check "
                    "'translation_of' (this translation was not loaded)"))
                del by_language[language]
                continue
            found = cache.checked(translation.file, procedure.file) if cache is not None else None
            if found is None:
                found = check(translation, procedure)
                if cache is not None:
                    cache.remember_check(translation.file, procedure.file, found)
            catalog.problems.extend(found)
        if not by_language:
            del catalog.translations[procedure_id]


def load_files(files: Iterable[Path]) -> Catalog:
    """Load files as one set, in which two files with the same id are an error."""
    catalog = Catalog()
    _add_layer(catalog, files)
    _check_translations(catalog, report_orphans=False)
    return catalog


def _add_layer(catalog: Catalog, files: Iterable[Path | str], cache: ParseCache | None = None) -> None:
    layer: dict[str, Path | str] = {}
    for path in files:
        catalog.files_read += 1
        name = os.fspath(path)
        signature = file_signature(name)
        if catalog.signatures is not None:
            catalog.signatures[name] = signature
        if is_news_file(name):
            _add_news(catalog, Path(path), signature, cache)
            continue
        if translation_name(Path(name)) is not None:
            _add_translation(catalog, Path(path), signature, cache)
            continue
        known = None if cache is None else cache.known(name, signature)
        if known is None:
            if cache is None:
                from app.core.validation import load_procedure_file  # only when a file is really parsed

                result = load_procedure_file(Path(path))
            else:
                result = cache.result_for(Path(path), signature)
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
        catalog._positions[procedure.id] = id_position


def _add_translation(catalog: Catalog, path: Path, signature: Signature | None,
                     cache: ParseCache | None) -> None:
    """A guide's translation: its problems, and the translation under its guide and language (a later
    folder's wins). Checked against the guide once the library is loaded (`check_references`)."""
    if cache is None:
        from app.core.translations import load_translation_bytes
        from app.core.yamlsource import MAX_FILE_BYTES
        from app.files import read_regular

        try:
            raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
        except OSError as error:
            reason = error.strerror or str(error)
            catalog.problems.append(Problem(path, 0, 0, f"cannot read the file: {reason}"))
            return
        translation, problems = load_translation_bytes(raw, path)
    else:
        translation, problems = cache.translation_for(path, signature)
    catalog.problems.extend(problems)
    if translation is not None:
        catalog.translations.setdefault(translation.procedure_id, {})[translation.language] = translation


def _add_news(catalog: Catalog, path: Path, signature: Signature | None, cache: ParseCache | None) -> None:
    """A provider's news file: its problems, and its news under its provider (a later folder's wins)."""
    if cache is None:
        from app.core.news import load_news_file

        result = load_news_file(path)
    else:
        result = cache.news_for(path, signature)
    catalog.problems.extend(result.problems)
    if result.news is not None:
        catalog.news[result.news.provider] = result.news
