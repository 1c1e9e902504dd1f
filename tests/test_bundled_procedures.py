"""The bundled library: valid, sourced, dated, covering the Meta routes, and written in our own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import paths
from app.core.procedures import load_catalog
from tests.conftest import REPO

SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def catalog():  # type: ignore[no-untyped-def]
    return load_catalog([paths.bundled_procedures_dir()])


def test_every_bundled_procedure_is_valid(catalog) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in catalog.problems] == []
    assert len(catalog) >= 25


def test_every_procedure_cites_dated_sources_and_a_review(catalog) -> None:  # type: ignore[no-untyped-def]
    for procedure in catalog:
        assert procedure.sources, procedure.id
        assert all(source.published or source.accessed for source in procedure.sources), procedure.id
        assert procedure.reviewed.year >= 2024, procedure.id
        assert procedure.outcome and procedure.caveats, procedure.id
        assert procedure.path.parent.name == procedure.provider, procedure.id
        assert procedure.path.stem == procedure.id, procedure.id


def test_meta_routes_are_covered(catalog) -> None:  # type: ignore[no-untyped-def]
    meta = {p.id: p for p in catalog if p.provider == "meta"}
    facebook_eu = [p for p in meta.values() if p.kind == "objection" and p.applies_to("facebook", "EU")]
    instagram_uk = [p for p in meta.values() if p.kind == "objection" and p.applies_to("instagram", "UK")]
    assert len(facebook_eu) >= 2 and len(instagram_uk) >= 2
    assert any(p.applies_to("threads", "EU") for p in meta.values())
    assert any(p.applies_to("whatsapp", "EU") for p in meta.values())
    us = [p for p in meta.values() if p.applies_to("facebook", "US")]
    assert any("Third Party" in p.title or "third-party" in p.id for p in us)
    texts = {p.id: " ".join([p.summary, p.outcome, *p.caveats, *(s.title + s.details for s in p.steps)])
             for p in meta.values()}
    assert any("six-digit" in text or "6-digit" in text for text in texts.values())
    assert any(p.deadline and p.deadline.date.isoformat() == "2025-05-27" for p in meta.values())
    assert any(p.covers_account_group for p in meta.values())
    templates = [s.template for p in meta.values() for s in p.steps if s.template]
    assert templates and any("{name}" in t or "{email}" in t for t in templates)


def words(text: str) -> list[str]:
    """The words of `text`, leaving out web addresses and quoted labels (quoting a label is allowed)."""
    text = re.sub(r"(https?://|mailto:)\S+", " ", text)
    text = re.sub(r"[\"“][^\"”\n]{1,120}[\"”]", " ", text)
    return re.findall(r"[a-z0-9']+", text.casefold())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed articles are not beside this checkout")
def test_no_sentence_is_copied_from_the_seed_articles(catalog) -> None:  # type: ignore[no-untyped-def]
    run = 9
    seed_runs: set[tuple[str, ...]] = set()
    for seed in SEEDS.glob("*.txt"):
        seed_words = words(seed.read_text(encoding="utf-8"))
        seed_runs.update(tuple(seed_words[i:i + run]) for i in range(len(seed_words) - run + 1))
    for procedure in catalog:
        text = Path(procedure.path).read_text(encoding="utf-8")
        ours = words(text)
        copied = {" ".join(ours[i:i + run]) for i in range(len(ours) - run + 1)
                  if tuple(ours[i:i + run]) in seed_runs}
        assert not copied, f"{procedure.id} repeats an article word for word: {sorted(copied)[:3]}"
