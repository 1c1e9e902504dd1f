"""The parse cache: what was parsed before, so that start-up skips YAML and validation for unchanged files.

It also owns what start-up leaves encoded: a procedure's steps (with their details, links and templates,
most of a procedure's bytes) stay pickled in an `EncodedSteps` until something reads them, while their
ids, which the counts of progress need for every procedure, are there at once; its sources likewise, in
an `EncodedTuple`. Everything else about a procedure is decoded with the cache, and a procedure read from
it is the same plain frozen `Procedure` a parse makes, equal to it field by field.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from app import __version__, paths
from app.core.problem import Problem
from app.core.procedure_values import Procedure, Step, Steps
from app.core.records import record_fields, replace

if TYPE_CHECKING:
    from app.core.news import NewsResult
    from app.core.validation import FileResult

Signature = tuple[int, int, int, int]  # see file_signature()
# A file's procedure (or, for a provider's news file, its `News`), problems and the position of its id.
CacheEntry = tuple[Any, list[Problem], tuple[int, int]]
_Item = TypeVar("_Item")


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


class EncodedSteps(Steps):
    """A procedure's steps as the parse cache keeps them: a `Steps` whose steps are pickled as one bytes
    string, decoded when first read (counting them and reading their ids does not).

    The ids are kept as one string, split on first use: a thousand tuples of twenty strings were a third
    of the time taken to read a large cache.
    """

    __slots__ = ("_encoded", "_id_text", "_required_text", "_steps")

    def __init__(self, items: Iterable[Step] = ()) -> None:
        # Not the base's __init__: its slots stay empty, these four take their place.
        steps = items.as_tuple() if isinstance(items, Steps) else tuple(items)
        self._steps: tuple[Step, ...] | None = steps
        self._encoded: bytes | None = None
        self._id_text: tuple[str, ...] | str = tuple(step.id for step in steps)
        self._required_text: tuple[str, ...] | str | None = tuple(
            step.id for step in steps if not step.optional)

    @property
    def decoded(self) -> bool:
        """Whether the steps themselves have been decoded."""
        return self._steps is not None

    @property
    def ids(self) -> tuple[str, ...]:
        ids = self._id_text
        if isinstance(ids, str):
            ids = self._id_text = tuple(ids.split("\n")) if ids else ()
        return ids

    @property
    def required_ids(self) -> tuple[str, ...]:
        required = self._required_text
        if required is None:  # as read from the cache: the same as `ids`
            required = self._required_text = self.ids
        elif isinstance(required, str):
            required = self._required_text = tuple(required.split("\n")) if required else ()
        return required

    def as_tuple(self) -> tuple[Step, ...]:
        steps = self._steps
        if steps is None:
            import pickle

            steps = self._steps = pickle.loads(self._encoded or b"")
            self._encoded = None
        return steps

    def parts(self) -> tuple[tuple[str, ...] | str, tuple[str, ...] | str | None, bytes]:
        """What the cache file keeps: the ids and the required ids (each as one string if they can be
        split again, the required ones None when they are all of them), and the steps pickled."""
        encoded = self._encoded
        if encoded is None:
            encoded = _dumps(self.as_tuple())
        ids, required = self.ids, self.required_ids
        return _joined(ids), None if required == ids else _joined(required), encoded

    def __reduce__(self) -> tuple[Any, ...]:
        return _encoded_steps, self.parts()


def _encoded_steps(ids: tuple[str, ...] | str, required: tuple[str, ...] | str | None,
                   encoded: bytes) -> EncodedSteps:
    """Steps as read from the cache file (a function, not a method: pickle refers to it once per file)."""
    steps = EncodedSteps.__new__(EncodedSteps)
    steps._steps, steps._encoded, steps._id_text, steps._required_text = None, encoded, ids, required
    return steps


def _joined(ids: tuple[str, ...]) -> tuple[str, ...] | str:
    """Step ids as one string for the cache (they are slugs); the tuple itself if one could not be split."""
    if all(ids) and not any("\n" in step_id for step_id in ids):
        return "\n".join(ids)
    return ids


class EncodedTuple(Sequence[_Item]):
    """A tuple as the parse cache keeps it (a procedure's sources): its items pickled as one bytes string,
    decoded when first read (counting them does not). Equal to, and hashed and shown as, the tuple of the
    same items, which is what a parse gives."""

    __slots__ = ("_count", "_encoded", "_items")

    def __init__(self, items: Iterable[_Item] = ()) -> None:
        self._items: tuple[_Item, ...] | None = tuple(items)
        self._encoded: bytes | None = None
        self._count = len(self._items)

    @property
    def decoded(self) -> bool:
        """Whether the items themselves have been decoded."""
        return self._items is not None

    def as_tuple(self) -> tuple[_Item, ...]:
        items = self._items
        if items is None:
            import pickle

            items = self._items = pickle.loads(self._encoded or b"")
            self._encoded = None
        return items

    def parts(self) -> tuple[int, bytes]:
        """What the cache file keeps: the number of items and the items pickled."""
        return self._count, self._encoded if self._encoded is not None else _dumps(self.as_tuple())

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> _Item: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_Item, ...]: ...

    def __getitem__(self, index: int | slice) -> _Item | tuple[_Item, ...]:
        return self.as_tuple()[index]

    def __iter__(self) -> Iterator[_Item]:
        return iter(self.as_tuple())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EncodedTuple):
            return self._count == other._count and self.as_tuple() == other.as_tuple()
        if isinstance(other, tuple):
            return self._count == len(other) and self.as_tuple() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        return repr(self.as_tuple())

    def __reduce__(self) -> tuple[Any, ...]:
        return _encoded_tuple, self.parts()


def _encoded_tuple(count: int, encoded: bytes) -> EncodedTuple[Any]:
    items: EncodedTuple[Any] = EncodedTuple.__new__(EncodedTuple)
    items._items, items._encoded, items._count = None, encoded, count
    return items


# A procedure in the cache file: these fields, then its steps' and its sources' `parts()`.
_PLAIN_FIELDS = tuple(name for name in record_fields(Procedure) if name not in ("steps", "sources"))


def _reduce_procedure(procedure: Procedure) -> tuple[Any, ...]:
    state = procedure.__dict__
    steps, sources = state["steps"], state["sources"]
    steps = steps if isinstance(steps, EncodedSteps) else EncodedSteps(steps)
    sources = sources if isinstance(sources, EncodedTuple) else EncodedTuple(sources)
    return _procedure, (*(state[name] for name in _PLAIN_FIELDS), *steps.parts(), *sources.parts())


def _procedure(*values: Any) -> Procedure:
    """A procedure as read from the cache file. Made as pickle makes any object (its `__dict__` filled
    in), with its steps and sources, in one call: a call for each object was a good part of the time taken
    to read a large cache."""
    procedure = Procedure.__new__(Procedure)
    state = procedure.__dict__
    state.update(zip(_PLAIN_FIELDS, values, strict=False))  # the values after them are the parts
    ids, required, encoded, count, encoded_sources = values[-5:]
    steps = state["steps"] = EncodedSteps.__new__(EncodedSteps)
    steps._steps, steps._encoded, steps._id_text, steps._required_text = None, encoded, ids, required
    sources = state["sources"] = EncodedTuple.__new__(EncodedTuple)
    sources._items, sources._encoded, sources._count = None, encoded_sources, count
    return procedure


def _fields_only(instance: Step) -> tuple[Any, ...]:
    """How the cache pickles a step: as pickle does by default (a new instance, its `__dict__` set), but
    with its fields only, not what its cached properties worked out."""
    import copyreg

    state = instance.__dict__
    fields = {name: state[name] for name in record_fields(type(instance))}
    return copyreg.__newobj__, (type(instance),), fields  # type: ignore[attr-defined]  # not in typeshed


def _dumps(value: object) -> bytes:
    """`value` pickled as the cache keeps it: procedures by `_reduce_procedure`, their steps and sources
    as bytes within (decoded when first read), steps without what their cached properties worked out."""
    import copyreg
    import io
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, Procedure: _reduce_procedure, Step: _fields_only}
    pickler.dump(value)
    return buffer.getvalue()


class ParseCache:
    """What was parsed before, keyed by each file's content, so that start-up skips YAML and validation.

    One pickle file in the user's own data folder (owner-only, like the database it sits beside). It is
    dropped whole when Objector, the schema or the cache format changes, and is only a cache: any problem
    reading it just means parsing again. It holds `(stamp, written_ns, files, entries, checks)`: `files`
    maps each file name to its signature and the hash of its bytes, `entries` maps a hash to the file's
    procedure (or None), its problems and the position of its id, pickled by `_dumps`; `checks` maps the
    name and hash of a translation and the hash of its guide to what checking one against the other found.

    Results are keyed by a hash of the file's bytes. To avoid reading every file at each start, the cache
    also remembers each path's size, modification and change times and inode with the hash it had: when
    all four are unchanged the file is not read again. As in Git's index, a file changed within two
    seconds before the cache was written could still have the same times after a second change, so such a
    file is always read and hashed.
    """

    FORMAT = 11  # 7: procedures as plain values, their steps and sources encoded apart; 8: request, covers,
    # order, alternative_to and archived; 9: checked, important, region_notes, deadlines, and news files;
    # 10: guides' translations; 11: the checks of translations against their guides
    RACY_NS = 2_000_000_000

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[bytes, CacheEntry] = {}
        self._checks: dict[tuple[str, bytes, bytes], list[Problem]] = {}
        self._files: dict[str, tuple[Signature, bytes]] = {}
        self._written_ns = 0
        self._seen: set[str] = set()
        self._dirty = False
        self._stamp = (self.FORMAT, __version__, _digest(paths.schema_path().read_bytes()))
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        import gc
        import pickle

        from app.files import NotRegularFile, open_regular

        collecting = gc.isenabled()
        try:
            with open_regular(path) as (handle, _size):  # a FIFO in its place never hangs the start
                # Every object read here lives on: the collector, run dozens of times meanwhile by the
                # number of objects made, would find nothing to free.
                gc.disable()
                stamp, written_ns, files, entries, checks = pickle.load(handle)
        except NotRegularFile as error:
            if error.kind != "a folder":
                path.unlink(missing_ok=True)  # Objector's own cache file: it is written anew
            return
        except Exception:  # noqa: BLE001 (a damaged cache can raise almost anything, even MemoryError: parse again)
            return
        finally:
            if collecting:
                gc.enable()
        if stamp == self._stamp and isinstance(entries, dict) and isinstance(files, dict) and \
                isinstance(checks, dict):
            self._entries, self._files, self._written_ns = entries, files, int(written_ns)
            self._checks = checks

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
        from app.core import validation

        name = os.fspath(path)
        signature = signature or file_signature(name)
        if signature is None:
            return validation.load_procedure_file(path)
        hit = self.known(name, signature)
        if hit is not None:
            return validation.FileResult(path, *hit)
        self._seen.add(name)
        from app.core.yamlsource import MAX_FILE_BYTES
        from app.files import read_regular

        try:
            raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
        except OSError:
            return validation.load_procedure_file(path)
        digest = _digest(raw)
        known = self._files.get(name)
        if known != (signature, digest):
            self._files[name] = (signature, digest)
            self._dirty = True
        hit = self._lookup(digest, name)
        if hit is not None:
            return validation.FileResult(path, *hit)
        result = validation.load_procedure_bytes(raw, path)
        self._entries[digest] = (result.procedure, result.problems, result.id_position)
        self._dirty = True
        return result

    def news_for(self, path: Path, signature: Signature | None = None) -> NewsResult:
        """A provider's news file (`app.core.news`) as `result_for` gives a procedure: from the cache when its
        content is known, else parsed now and remembered."""
        from app.core import news

        name = os.fspath(path)
        signature = signature or file_signature(name)
        if signature is None:
            return news.load_news_file(path)
        hit = self.known(name, signature)
        if hit is not None and (hit[0] is None or isinstance(hit[0], news.News)):
            return news.NewsResult(path, hit[0], hit[1])
        self._seen.add(name)
        from app.core.yamlsource import MAX_FILE_BYTES
        from app.files import read_regular

        try:
            raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
        except OSError:
            return news.load_news_file(path)
        digest = _digest(b"news\0" + raw)  # never the key of a procedure file with the same bytes
        if self._files.get(name) != (signature, digest):
            self._files[name] = (signature, digest)
            self._dirty = True
        hit = self._lookup(digest, name)
        if hit is not None:
            return news.NewsResult(path, hit[0], hit[1])
        result = news.load_news_bytes(raw, path)
        self._entries[digest] = (result.news, result.problems, (1, 1))
        self._dirty = True
        return result

    def translation_for(self, path: Path, signature: Signature | None = None) -> tuple[Any, list[Problem]]:
        """A guide's translation file (`app.core.translations`): (the translation or None, its problems),
        from the cache when its content is known, else parsed now and remembered."""
        from app.core import translations

        name = os.fspath(path)
        signature = signature or file_signature(name)
        hit = self.known(name, signature) if signature is not None else None
        if hit is not None and (hit[0] is None or isinstance(hit[0], translations.Translation)):
            return hit[0], hit[1]
        self._seen.add(name)
        # Only for a file that is really read: yamlsource brings PyYAML, about 20 ms of a cached start.
        from app.core.yamlsource import MAX_FILE_BYTES
        from app.files import read_regular

        try:
            raw = read_regular(path, MAX_FILE_BYTES, follow_links=False)
        except OSError as error:
            return None, [Problem(path, 0, 0, f"cannot read the file: {error.strerror or error}")]
        digest = _digest(b"translation\0" + raw)  # never the key of another kind of file with these bytes
        if signature is not None and self._files.get(name) != (signature, digest):
            self._files[name] = (signature, digest)
            self._dirty = True
        hit = self._lookup(digest, name)
        if hit is not None:
            return hit[0], hit[1]
        translation, problems = translations.load_translation_bytes(raw, path)
        self._entries[digest] = (translation, problems, (1, 1))
        self._dirty = True
        return translation, problems

    def _lookup(self, digest: bytes, name: str) -> CacheEntry | None:
        hit = self._entries.get(digest)
        if hit is None:
            return None
        procedure, problems, position = hit
        if procedure is not None and procedure.file != name:  # the same content in a second file
            procedure = replace(procedure, file=name)
        if problems:
            path = Path(name)
            problems = [Problem(path, p.line, p.column, p.message) for p in problems]
        else:
            problems = []
        return procedure, problems, position

    def _check_key(self, translation_file: str, guide_file: str) -> tuple[str, bytes, bytes] | None:
        """The translation's name (its problems name it) and both files' hashes."""
        translation, guide = self._files.get(translation_file), self._files.get(guide_file)
        return None if translation is None or guide is None else (translation_file, translation[1], guide[1])

    def checked(self, translation_file: str, guide_file: str) -> list[Problem] | None:
        """What checking this translation against this guide found, if both files' contents were checked
        together before (the check, 100 translations against their guides, is about 13 ms of a start)."""
        key = self._check_key(translation_file, guide_file)
        return None if key is None else self._checks.get(key)

    def remember_check(self, translation_file: str, guide_file: str, problems: list[Problem]) -> None:
        key = self._check_key(translation_file, guide_file)
        if key is not None and self._checks.get(key) != problems:
            self._checks[key] = list(problems)
            self._dirty = True

    def save(self) -> None:
        """Write the cache if anything new was parsed or a file changed; a failure to write is harmless."""
        if self.path is None or not (self._dirty or self._files.keys() - self._seen):
            return
        import time

        from app.atomic import make_private_dirs, write_atomically

        self._files = {name: known for name, known in self._files.items() if name in self._seen}
        live = {digest for _, digest in self._files.values()}
        entries = {digest: entry for digest, entry in self._entries.items() if digest in live}
        checks = {key: found for key, found in self._checks.items() if key[1] in live and key[2] in live}
        try:
            make_private_dirs(self.path.parent)
            written_ns = time.time_ns()
            write_atomically(self.path, _dumps((self._stamp, written_ns, self._files, entries, checks)))
            self._written_ns, self._dirty = written_ns, False
        except OSError:
            pass
