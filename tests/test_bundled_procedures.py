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


def test_every_bundled_procedure_says_how_it_was_checked(catalog) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: how and when each was checked, the one thing to know, each source's dates, few caveats."""
    from app.core.procedure_values import months_after

    for procedure in catalog:
        assert procedure.checked is not None, f"{procedure.id}: no checked: (only the older reviewed:)"
        assert procedure.checked.how in ("in-app", "official-pages", "secondary"), procedure.id
        assert procedure.reviewed == procedure.checked.on, procedure.id
        assert procedure.important.strip(), f"{procedure.id}: no important:"
        assert all(source.accessed for source in procedure.sources), f"{procedure.id}: a source unread"
        assert len(procedure.caveats) <= 4, f"{procedure.id}: {len(procedure.caveats)} caveats"
        newest = procedure.newest_published()
        if newest is None or procedure.checked.on > months_after(newest, 12):
            assert procedure.checked.note.strip(), f"{procedure.id}: old or undated sources and no note"
        assert "reviewed:" not in procedure.path.read_text(encoding="utf-8"), procedure.id


def test_the_library_is_large_enough(catalog) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: at least 60 procedures from at least 35 providers (fails until the content is written)."""
    providers = {procedure.provider for procedure in catalog}
    assert len(catalog) >= 60, f"{len(catalog)} procedures"
    assert len(providers) >= 35, f"{len(providers)} providers: {sorted(providers)}"


def test_every_bundled_news_file_is_valid_and_dated(catalog) -> None:  # type: ignore[no-untyped-def]
    files = sorted(paths.bundled_procedures_dir().glob("*/news.yaml"))
    assert len(catalog.news) == len(files)
    for news in catalog.news.values():
        assert news.provider == Path(news.file).parent.name
        assert news.summary.strip() and news.items
        for item in (*news.items, *news.proposed):
            assert item.sources and all(source.accessed for source in item.sources), news.provider


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


FB_PRIVACY_CENTER = "meta-facebook-object-privacy-center"
IG_PRIVACY_CENTER = "meta-instagram-object-privacy-center"
IG_ABOUT = "meta-instagram-object-about-privacy-policy"
FB_2024 = "meta-facebook-object-2024-notification"


def _entries(catalog, platform: str, region: str, **kwargs):  # type: ignore[no-untyped-def]
    from app.core.checklist import Checklist

    checklist = Checklist(catalog, platform, region, kwargs.get("ticks", []), {}, kwargs.get("used", ()))
    return [(entry.procedure.id, entry.alternative_to) for entry in checklist.entries]


@pytest.mark.parametrize("region", ["EU", "EEA", "UK"])
def test_the_privacy_center_form_comes_first_and_the_2024_route_is_not_offered(
        catalog, region: str) -> None:  # type: ignore[no-untyped-def]
    facebook = _entries(catalog, "facebook", region)
    assert facebook[0] == (FB_PRIVACY_CENTER, None)
    assert FB_2024 not in [procedure_id for procedure_id, _ in facebook]
    instagram = _entries(catalog, "instagram", region)
    assert instagram[:2] == [(IG_PRIVACY_CENTER, None), (IG_ABOUT, IG_PRIVACY_CENTER)]


def test_an_account_that_used_the_2024_route_still_sees_it_after_the_privacy_center_form(
        catalog) -> None:  # type: ignore[no-untyped-def]
    for shown in (_entries(catalog, "facebook", "EU", ticks=[(FB_2024, "explain")]),
                  _entries(catalog, "facebook", "EU", used=[FB_2024])):
        assert shown[:2] == [(FB_PRIVACY_CENTER, None), (FB_2024, FB_PRIVACY_CENTER)]


def test_archived_routes_say_why(catalog) -> None:  # type: ignore[no-untyped-def]
    archived = [p for p in catalog if p.archived]
    assert [p.id for p in archived] == [FB_2024]
    assert any("archived" in caveat and "older" in caveat for caveat in archived[0].caveats)


def test_every_request_names_its_steps_and_the_routes_that_send_have_one(
        catalog) -> None:  # type: ignore[no-untyped-def]
    for procedure in catalog:
        if procedure.sends_step is not None:
            assert procedure.sends_step in procedure.step_ids, procedure.id
        if procedure.reply_step is not None:
            assert procedure.reply_step in procedure.step_ids, procedure.id
            assert procedure.sends_step is None or procedure.step_ids.index(procedure.sends_step) < \
                procedure.step_ids.index(procedure.reply_step), procedure.id
    sending = [p for p in catalog
               if p.provider in ("meta", "regulators") and p.kind in ("objection", "complaint")]
    assert sending and all(p.sends_step and p.reply_step for p in sending), [
        p.id for p in sending if not (p.sends_step and p.reply_step)]
    assert catalog.get(FB_PRIVACY_CENTER).sends_step == "submit"
    assert catalog.get(FB_2024).sends_step == "enter-code"  # the request only goes through with the code
    toggles = [p for p in catalog if p.provider == "meta" and p.kind == "setting" and p.sends_step]
    assert [p.id for p in toggles] == ["meta-whatsapp-limit-ai"]  # its optional objection form


def test_one_meta_objection_covers_the_others_in_the_accounts_center(
        catalog) -> None:  # type: ignore[no-untyped-def]
    routes = {FB_PRIVACY_CENTER, IG_PRIVACY_CENTER, IG_ABOUT, FB_2024}
    for procedure_id in routes:
        procedure = catalog.get(procedure_id)
        assert set(procedure.covers) == routes - {procedure_id}, procedure_id
        assert procedure.covers_account_group, procedure_id
    assert all("meta-threads-object" not in p.covers for p in catalog)  # Meta's email does not name Threads
    for procedure in catalog:
        assert all(catalog.get(covered) is not None for covered in procedure.covers), procedure.id
        assert procedure.alternative_to is None or catalog.get(procedure.alternative_to) is not None


def test_a_facebook_objection_covers_the_instagram_account_in_the_same_group(
        catalog) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from app.core.accounts import Account, Run
    from app.core.checklist import Checklist
    from app.core.followup_count import coverage_details_in_group

    now = dt.datetime(2026, 11, 1, 12, tzinfo=dt.timezone.utc)
    facebook = Account(1, "u1", "Kim on Facebook", "facebook", "EU", "", "", "", "", "me", now, None)
    instagram = Account(2, "u2", "Kim on Instagram", "instagram", "EU", "", "", "", "", "me", now, None)
    checklist = Checklist.for_account(catalog, instagram, {}, [])
    sent = {1: {FB_PRIVACY_CENTER: Run(1, FB_PRIVACY_CENTER, status="submitted", status_at=now)}}
    details = coverage_details_in_group(instagram, checklist, [facebook], sent)
    assert set(details) == {IG_PRIVACY_CENTER, IG_ABOUT}
    assert all(c.by_account_id == 1 and c.procedure_id == FB_PRIVACY_CENTER and c.since == now.date()
               for c in details.values())
    refused = {1: {FB_PRIVACY_CENTER: Run(1, FB_PRIVACY_CENTER, status="refused", status_at=now)}}
    assert coverage_details_in_group(instagram, checklist, [facebook], refused) == {}


def test_every_bundled_platform_has_a_name_to_show() -> None:
    """The window shows a platform by its brand name ("GitHub Copilot"), never the id made into words."""
    from app.core.words import PLATFORM_NAMES

    platforms = {platform for procedure in load_catalog([REPO / "procedures"]).procedures.values()
                 for platform in procedure.platforms}
    assert sorted(platforms - set(PLATFORM_NAMES)) == []


def test_every_meta_and_regulator_guide_is_translated_and_current_in_six_languages() -> None:
    """Issue 20's scope: the Meta and regulator guides in German, French, Spanish, Italian, Dutch and Polish,
    each translation made from the English as it is now."""
    from app.core import translations

    catalog = load_catalog([REPO / "procedures"])
    scope = [p for p in catalog.procedures.values() if p.provider in ("meta", "regulators")]
    assert len(scope) >= 15
    left = []
    for procedure in scope:
        for language in translations.LANGUAGES:
            translation = catalog.translation(procedure.id, language)
            if translation is None:
                left.append(f"{procedure.id}.{language}: missing")
                continue
            state = translations.status(translation, procedure)
            if state.outdated_top or state.outdated_steps:
                left.append(f"{procedure.id}.{language}: older than the English")
    assert left == []


def test_the_meta_content_of_issue_19_holds() -> None:
    """Seen in issue 19: the UK got the EU's date and regulator; the third-party guide began by having people
    give Meta AI more personal data; the 2024 route was offered first."""
    import datetime as dt

    catalog = load_catalog([REPO / "procedures"])
    objection = catalog.procedures["meta-facebook-object-privacy-center"]
    uk, eu = objection.deadline_for("UK"), objection.deadline_for("EU")
    assert uk is not None and eu is not None and uk.date != eu.date and eu.date == dt.date(2025, 5, 27)
    assert any("ICO" in note for note in objection.region_notes_for("UK"))
    assert not any("ICO" in note for note in objection.region_notes_for("EU"))
    third_party = catalog.procedures["meta-third-party-ai-data-rights"]
    assert third_party.step_ids[0] == "do-not-ask"  # the warning comes before anything is typed anywhere
    assert catalog.procedures["meta-facebook-object-2024-notification"].archived
    assert catalog.news_for("meta") is not None
