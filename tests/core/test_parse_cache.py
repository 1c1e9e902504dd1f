"""The parse cache: start-up reuses what was parsed, and never serves a file's old content."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import random
from pathlib import Path
from types import SimpleNamespace

import pytest

import app.core.procedures as procedures
from app.core.followup import upcoming_deadlines
from app.core.procedures import ParseCache, Steps, load_catalog

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
    real = procedures.load_procedure_bytes

    def counting(raw: bytes, path: Path, today: object = None) -> procedures.FileResult:
        parsed.append(path)
        return real(raw, path)

    monkeypatch.setattr(procedures, "load_procedure_bytes", counting)
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


def test_an_edited_file_is_parsed_again(library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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
    assert len(changed) == 1 and any("confirmation mail" in step.title for step in after.get(changed[0]).steps)


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

    monkeypatch.setattr(procedures.os, "stat", same_times)
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
    _stamp, _written, remembered, entries = pickle.loads(cache_file.read_bytes())
    assert set(remembered) == {os.fspath(path) for path in files[1:]}
    assert len(entries) == len(files) - 1


def test_steps_from_the_cache_are_decoded_only_when_read(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    fresh = load_catalog([library], ParseCache(cache_file))
    procedure = next(iter(load_catalog([library], ParseCache(cache_file))))
    original = fresh.get(procedure.id)
    assert procedure.steps._items is None  # still encoded
    assert len(procedure.steps) == len(original.steps)
    assert procedure.step_ids == original.step_ids
    assert procedure.steps.required_ids == tuple(s.id for s in original.steps if not s.optional)
    assert procedure.steps._items is None  # counting and ids did not decode them
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
    function, (ids, required, _encoded) = Steps(items).__reduce__()
    assert ids == "step-0\nstep-1\nstep-2" and required == "step-0\nstep-2"
    again = function(ids, required, _encoded)
    assert again._ids == ids  # not split yet
    assert again.ids == ("step-0", "step-1", "step-2") and again.required_ids == ("step-0", "step-2")
    all_required = Steps(items[:1])
    assert all_required.__reduce__()[1][1] is None  # the same as the ids: not stored twice
    assert pickle.loads(pickle.dumps(all_required)).required_ids == ("step-0",)
    # Ids that could not be split back (never valid in a procedure file) keep their tuple.
    odd = Steps([procedures.Step(id="a\nb", title="x"), procedures.Step(id="", title="y")])
    assert odd.__reduce__()[1][0] == ("a\nb", "")
    assert pickle.loads(pickle.dumps(odd)).ids == ("a\nb", "")
    assert pickle.loads(pickle.dumps(Steps())).ids == ()


def test_what_start_up_does_not_read_stays_encoded_until_read(library: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "procedures.pickle"
    fresh = load_catalog([library], ParseCache(cache_file))
    cached = load_catalog([library], ParseCache(cache_file))
    first, *others = list(cached)
    state = first.__dict__
    assert "_deferred" in state and "summary" not in state and "sources" not in state
    assert "path" not in state and isinstance(state["_path_name"], str)  # no Path made yet
    assert (first.id, first.title, first.provider, first.platforms) == (
        fresh.get(first.id).id, fresh.get(first.id).title, fresh.get(first.id).provider,
        fresh.get(first.id).platforms)
    assert first.sources == fresh.get(first.id).sources  # the first read decodes the rest
    assert "_deferred" not in state and state["summary"] == fresh.get(first.id).summary
    assert first.path == fresh.get(first.id).path and isinstance(first.path, Path)
    # Counting what comes due reads every procedure's deadline: that does not decode the rest.
    coming = upcoming_deadlines(cached, dt.date(2000, 1, 1))
    assert len(coming) == 3 and coming == upcoming_deadlines(fresh, dt.date(2000, 1, 1))
    assert all("_deferred" in procedure.__dict__ for procedure in others)
    # Comparing, hashing, showing and copying a procedure that has not been decoded yet read every field.
    second = others[0]
    assert "_deferred" in second.__dict__
    assert second == fresh.get(second.id) and hash(second) == hash(fresh.get(second.id))
    assert "_deferred" in others[1].__dict__ and "caveats=" in repr(others[1])
    assert procedures.replace(others[1], title="Other").summary == fresh.get(others[1].id).summary
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
