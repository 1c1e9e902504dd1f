"""The parse cache: start-up reuses what was parsed, and never serves a file's old content."""

from __future__ import annotations

import datetime as dt
import gc
import os
import pickle
import random
from pathlib import Path
from types import SimpleNamespace

import pytest

import app.core.parse_cache as parse_cache
import app.core.procedures as procedures
import app.core.validation as validation
from app.core.checklist import Checklist
from app.core.followup import upcoming_deadlines
from app.core.parse_cache import EncodedSteps, EncodedTuple
from app.core.procedures import ParseCache, Steps, load_catalog
from app.core.records import FrozenInstanceError, record_fields, replace
from tests.conftest import FIXTURES


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    text = (FIXTURES / "procedures" / "good" / "example-object.yaml").read_text(encoding="utf-8")
    for number in range(3):
        (folder / f"example-{number}.yaml").write_text(
            text.replace("id: example-object\n", f"id: example-object-{number}\n", 1), encoding="utf-8")
    return folder


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = validation.load_procedure_bytes

    def counting(raw: bytes, path: Path, today: object = None) -> procedures.FileResult:
        parsed.append(path)
        return real(raw, path)

    monkeypatch.setattr(validation, "load_procedure_bytes", counting)
    return parsed


def test_second_load_parses_nothing_and_gives_the_same_procedures(
        library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_file = tmp_path / "cache" / "procedures.pickle"
    first = load_catalog([library], ParseCache(cache_file))
    assert first.procedures and cache_file.exists()
    parsed = count_parses(monkeypatch)
    second = load_catalog([library], ParseCache(cache_file))
    assert parsed == []
    assert second.procedures == first.procedures
    for procedure in second:
        assert list(procedure.steps) == list(first.get(procedure.id).steps)


def test_files_with_unchanged_times_are_not_even_read(
        library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ParseCache, "RACY_NS", 0)  # the files here are seconds old; trust their times
    cache_file = tmp_path / "procedures.pickle"
    expected = load_catalog([library], ParseCache(cache_file)).procedures
    os.utime(cache_file)  # the cache's own time does not matter: the time it was written is inside it

    real_read = Path.read_bytes

    def refuse(self: Path) -> bytes:
        assert library not in self.parents, f"{self} was read"
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert load_catalog([library], ParseCache(cache_file)).procedures == expected


def test_an_edited_file_is_parsed_again(library: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ParseCache, "RACY_NS", 0)
    cache_file = tmp_path / "procedures.pickle"
    before = load_catalog([library], ParseCache(cache_file))
    target = next(library.glob("*.yaml"))
    times = target.stat()
    text = target.read_text(encoding="utf-8")
    edited = text.replace("Wait for the confirmation email", "Wait for the confirmation mail")
    assert len(edited) != len(text)
    target.write_text(edited, encoding="utf-8")
    os.utime(target, ns=(times.st_atime_ns, times.st_mtime_ns))  # same modification time, as `touch -r` would
    parsed = count_parses(monkeypatch)
    after = load_catalog([library], ParseCache(cache_file))
    assert parsed == [target]
    changed = [p.id for p in after if p.fingerprint != before.get(p.id).fingerprint]
    assert len(changed) == 1
    assert any("confirmation mail" in step.title for step in after.get(changed[0]).steps)


def test_a_file_changed_just_before_the_cache_was_written_is_read_again(
        library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Same size and the same times as recorded, but changed within the last two seconds of the cache being
    # written: file times are coarse, so only the content can tell. The file must be read and hashed.
    cache_file = tmp_path / "procedures.pickle"
    load_catalog([library], ParseCache(cache_file))
    target = next(library.glob("*.yaml"))
    recorded = target.stat()
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("Wait for the confirmation email", "Wait for the confirmation EMAIL"),
                      encoding="utf-8")
    real_stat = os.stat

    def same_times(name: object, *args: object, **kwargs: object) -> object:
        if name == os.fspath(target):
            return recorded
        return real_stat(name, *args, **kwargs)

    monkeypatch.setattr(parse_cache.os, "stat", same_times)
    assert recorded.st_size == real_stat(target).st_size
    after = load_catalog([library], ParseCache(cache_file))
    assert any("confirmation EMAIL" in step.title for procedure in after for step in procedure.steps)


def test_a_damaged_cache_is_ignored(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    expected = load_catalog([library], ParseCache(None)).procedures
    huge_bytes = b"\x80\x05\x8e" + b"\xff" * 7 + b"\x7f"  # OverflowError
    missing_memo = b"\x80\x05h\x07."
    noise = random.Random(7).randbytes(300)  # fixed: some random bytes make CPython report a SystemError too
    for damage in (b"", b"not a pickle", pickle.dumps(("other", "shape")), huge_bytes, missing_memo, noise):
        cache_file.write_bytes(damage)
        assert load_catalog([library], ParseCache(cache_file)).procedures == expected


def test_a_cache_too_large_to_read_is_ignored(library: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Damaged lengths can make pickle ask for petabytes (MemoryError). Not with real bytes here: CPython
    # then also reports a SystemError of its own while cleaning up.
    cache_file = tmp_path / "procedures.pickle"
    expected = load_catalog([library], ParseCache(cache_file)).procedures

    def too_large(_handle: object) -> object:
        raise MemoryError

    monkeypatch.setattr(pickle, "load", too_large)
    assert load_catalog([library], ParseCache(cache_file)).procedures == expected


def test_removed_files_leave_the_cache(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    load_catalog([library], ParseCache(cache_file))
    files = sorted(library.glob("*.yaml"))
    files[0].unlink()
    load_catalog([library], ParseCache(cache_file))
    _stamp, _written, remembered, entries, _checks = pickle.loads(cache_file.read_bytes())
    assert set(remembered) == {os.fspath(path) for path in files[1:]}
    assert len(entries) == len(files) - 1


def test_steps_from_the_cache_are_decoded_only_when_read(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    fresh = load_catalog([library], ParseCache(cache_file))
    procedure = next(iter(load_catalog([library], ParseCache(cache_file))))
    original = fresh.get(procedure.id)
    assert isinstance(procedure.steps, EncodedSteps) and not procedure.steps.decoded  # still encoded
    assert len(procedure.steps) == len(original.steps)
    assert procedure.step_ids == original.step_ids
    assert procedure.steps.required_ids == tuple(s.id for s in original.steps if not s.optional)
    assert not procedure.steps.decoded  # counting and ids did not decode them
    assert procedure.steps[0] == original.steps[0]
    assert procedure.steps == original.steps and hash(procedure.steps) == hash(original.steps)


def test_steps_behave_like_a_tuple() -> None:
    items = [procedures.Step(id=f"s{n}", title=f"Step {n}", optional=n == 2) for n in range(4)]
    steps = Steps(items)
    again = pickle.loads(pickle.dumps(steps))
    assert again == steps == tuple(items)
    assert again[1:3] == tuple(items[1:3]) and again[-1] is not None and list(reversed(again)) == items[::-1]
    assert again.required_ids == ("s0", "s1", "s3")
    assert Steps() == () and len(Steps()) == 0
    assert SimpleNamespace(steps=steps).steps.ids == ("s0", "s1", "s2", "s3")


def test_step_ids_are_cached_as_one_string_and_split_on_first_use() -> None:
    items = [procedures.Step(id=f"step-{n}", title=f"Step {n}", optional=n == 1) for n in range(3)]
    function, (ids, required, _encoded) = EncodedSteps(items).__reduce__()
    assert ids == "step-0\nstep-1\nstep-2" and required == "step-0\nstep-2"
    again = function(ids, required, _encoded)
    assert again._id_text == ids  # not split yet
    assert again.ids == ("step-0", "step-1", "step-2") and again.required_ids == ("step-0", "step-2")
    all_required = EncodedSteps(items[:1])
    assert all_required.__reduce__()[1][1] is None  # the same as the ids: not stored twice
    assert pickle.loads(pickle.dumps(all_required)).required_ids == ("step-0",)
    # Ids that could not be split back (never valid in a procedure file) keep their tuple.
    odd = EncodedSteps([procedures.Step(id="a\nb", title="x"), procedures.Step(id="", title="y")])
    assert odd.__reduce__()[1][0] == ("a\nb", "")
    assert pickle.loads(pickle.dumps(odd)).ids == ("a\nb", "")
    assert pickle.loads(pickle.dumps(EncodedSteps())).ids == () == pickle.loads(pickle.dumps(Steps())).ids


def test_what_start_up_does_not_read_stays_encoded_until_read(library: Path, tmp_path: Path) -> None:
    # Only the steps and the sources wait to be decoded, in the cache's own `EncodedSteps` and
    # `EncodedTuple`: the procedure itself is a plain frozen record with every field set (see
    # test_a_cached_procedure_is_a_plain_value).
    cache_file = tmp_path / "procedures.pickle"
    fresh = load_catalog([library], ParseCache(cache_file))
    cached = load_catalog([library], ParseCache(cache_file))
    first, *others = list(cached)
    assert isinstance(first.sources, EncodedTuple) and not first.steps.decoded and not first.sources.decoded
    assert (first.id, first.title, first.provider, first.platforms) == (
        fresh.get(first.id).id, fresh.get(first.id).title, fresh.get(first.id).provider,
        fresh.get(first.id).platforms)
    assert len(first.sources) == len(fresh.get(first.id).sources) and not first.sources.decoded
    assert first.summary == fresh.get(first.id).summary and first.caveats == fresh.get(first.id).caveats
    assert first.path == fresh.get(first.id).path and isinstance(first.path, Path)
    assert not first.steps.decoded and not first.sources.decoded  # reading the rest decoded neither
    assert first.sources == fresh.get(first.id).sources and first.sources.decoded  # the first read decodes
    # Counting what comes due reads every procedure's deadline, and a checklist counts every procedure's
    # steps: neither decodes them.
    coming = upcoming_deadlines(cached, dt.date(2000, 1, 1))
    assert len(coming) == 3 and coming == upcoming_deadlines(fresh, dt.date(2000, 1, 1))
    entries = Checklist(cached, "facebook", "EU", [], {}).entries
    assert entries and [(e.total, e.done_count, e.complete) for e in entries] == [
        (e.total, e.done_count, e.complete) for e in Checklist(fresh, "facebook", "EU", [], {}).entries]
    assert all(not p.steps.decoded and not p.sources.decoded for p in others)
    # Comparing, hashing, showing and copying a procedure whose steps are still encoded read them.
    second = others[0]
    assert not second.steps.decoded
    assert second == fresh.get(second.id) and hash(second) == hash(fresh.get(second.id))
    assert not others[1].steps.decoded and "caveats=" in repr(others[1])
    assert replace(others[1], title="Other").summary == fresh.get(others[1].id).summary
    # Written back to the cache without ever being decoded, a procedure keeps what it had.
    untouched = ParseCache(cache_file)
    load_catalog([library], untouched)
    untouched._dirty = True
    untouched.save()
    assert load_catalog([library], ParseCache(cache_file)).procedures == fresh.procedures


def test_the_same_file_content_twice_gives_each_file_its_own_path(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    other = tmp_path / "other"
    other.mkdir()
    source = sorted(library.glob("*.yaml"))[0]
    copy = other / source.name
    copy.write_bytes(source.read_bytes())
    load_catalog([library, other], ParseCache(cache_file))
    cached = load_catalog([library, other], ParseCache(cache_file))
    winner = cached.get(next(p.id for p in load_catalog([other], None)))
    assert winner.path == copy and cached.replaced[winner.id] == [source]


def test_a_cached_procedure_is_a_plain_value(library: Path, tmp_path: Path) -> None:
    # A procedure read from the cache is the value a parse makes: a frozen record with every field in its
    # `__dict__`, no `__getattr__` to fill any in later, equal to (and hashed as) the same file parsed now.
    cache_file = tmp_path / "procedures.pickle"
    load_catalog([library], ParseCache(cache_file))
    cached = load_catalog([library], ParseCache(cache_file))
    fresh = load_catalog([library], None)
    assert not hasattr(procedures.Procedure, "__getattr__") and "__reduce__" not in vars(procedures.Procedure)
    assert cached.procedures == fresh.procedures and len(cached) == 3
    for procedure in cached:
        assert set(record_fields(procedures.Procedure)) <= procedure.__dict__.keys()
        assert not any(name.startswith("_") for name in procedure.__dict__)
        same = fresh.get(procedure.id)
        assert procedure == same and hash(procedure) == hash(same) and repr(procedure) == repr(same)
        for name in record_fields(procedures.Procedure):
            assert getattr(procedure, name) == getattr(same, name), name
        with pytest.raises(FrozenInstanceError):
            procedure.title = "Changed"  # type: ignore[misc]
        changed = replace(procedure, title="Changed")
        assert changed != procedure and changed.title == "Changed" and changed.steps == same.steps
        assert replace(changed, title=procedure.title) == same
        again = pickle.loads(pickle.dumps(procedure))
        assert again == same and isinstance(again, procedures.Procedure)


def test_cached_steps_equal_the_parsed_ones_before_and_after_decoding(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    fresh = load_catalog([library], ParseCache(cache_file))
    cached = load_catalog([library], ParseCache(cache_file))
    for procedure in cached:
        parsed = fresh.get(procedure.id).steps
        steps = procedure.steps
        assert type(parsed) is Steps and isinstance(steps, EncodedSteps) and not steps.decoded
        assert steps.ids == parsed.ids and steps.required_ids == parsed.required_ids
        assert len(steps) == len(parsed)
        assert procedure.step_id_set == frozenset(parsed.ids) and not steps.decoded
        assert steps == parsed and parsed == steps and steps == tuple(parsed) and steps.decoded
        assert hash(steps) == hash(parsed) == hash(tuple(parsed)) and list(steps) == list(parsed)
        assert procedure.step(parsed[-1].id) == parsed[-1] and steps[1:] == parsed[1:]


def test_a_cache_of_an_earlier_format_is_parsed_again(library: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache_file = tmp_path / "procedures.pickle"
    monkeypatch.setattr(ParseCache, "FORMAT", ParseCache.FORMAT - 1)
    load_catalog([library], ParseCache(cache_file))
    monkeypatch.undo()
    parsed = count_parses(monkeypatch)
    again = load_catalog([library], ParseCache(cache_file))
    assert len(parsed) == 3 and again.procedures == load_catalog([library], None).procedures


def test_cached_sources_behave_like_the_tuple_a_parse_gives(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    fresh = load_catalog([library], ParseCache(cache_file))
    for procedure in load_catalog([library], ParseCache(cache_file)):
        parsed = fresh.get(procedure.id).sources
        sources = procedure.sources
        assert type(parsed) is tuple and isinstance(sources, EncodedTuple) and not sources.decoded
        assert len(sources) == len(parsed) and bool(sources) and not sources.decoded
        assert repr(sources) == repr(parsed) and sources.decoded
        assert sources == parsed and parsed == sources and sources != list(parsed) and sources != parsed[1:]
        assert hash(sources) == hash(parsed) and list(sources) == list(parsed) and sources[-1] == parsed[-1]
        assert sources[:1] == parsed[:1] and sources.index(parsed[0]) == 0
        again = pickle.loads(pickle.dumps(sources))
        assert isinstance(again, EncodedTuple) and not again.decoded and again == parsed
    items = EncodedTuple(["a", "b"])
    assert items == ("a", "b") and items != ("a",) and items == EncodedTuple(("a", "b"))
    assert not EncodedTuple() and EncodedTuple() == ()


def test_reading_the_cache_leaves_the_collector_as_it_found_it(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    load_catalog([library], ParseCache(cache_file))
    was = gc.isenabled()
    try:
        for damaged in (False, True):
            if damaged:
                cache_file.write_bytes(b"not a pickle")
            gc.enable()
            ParseCache(cache_file)
            assert gc.isenabled()
            gc.disable()
            ParseCache(cache_file)
            assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_a_cached_load_of_the_bundled_library_never_imports_pyyaml(tmp_path: Path) -> None:
    """Seen in the start-up A/B of issue 20: reading a translation from the cache imported the YAML reader
    (and PyYAML, about 20 ms) before it looked in the cache. A fresh process, as at start-up."""
    import subprocess
    import sys

    from tests.conftest import REPO

    script = (
        "import sys; from pathlib import Path\n"
        "from app.core.procedures import ParseCache, load_catalog\n"
        f"catalog = load_catalog([Path({str(REPO / 'procedures')!r})], ParseCache(Path(sys.argv[1])))\n"
        "assert catalog.translations, 'the bundled library has translations'\n"
        "print('yaml' in sys.modules)\n")
    cache = str(tmp_path / "procedures.pickle")
    runs = [subprocess.run([sys.executable, "-c", script, cache], capture_output=True, text=True, cwd=REPO,
                           check=True).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]  # the first load parses (PyYAML); the cached one does not
