"""The catalog's choices made from the procedures' own data: which complaint follows a refused request."""

from __future__ import annotations

import datetime as dt

import pytest

from app import paths
from app.core.procedures import Catalog, Procedure, Step, Steps, load_catalog


def made(procedure_id: str, kind: str, platforms: tuple[str, ...], regions: tuple[str, ...],
         title: str = "") -> Procedure:
    return Procedure(
        id=procedure_id, title=title or procedure_id, summary="", provider="regulators", platforms=platforms,
        regions=regions, kind=kind, sources=(), reviewed=dt.date(2026, 1, 1),
        steps=Steps([Step(id="one", title="One")]), file=f"{procedure_id}.yaml", fingerprint="0")


def catalog_of(*procedures: Procedure) -> Catalog:
    return Catalog(procedures={procedure.id: procedure for procedure in procedures})


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    catalog = load_catalog([paths.bundled_procedures_dir()])
    assert not catalog.problems
    return catalog


@pytest.mark.parametrize(("platform", "region", "expected"), [
    ("facebook", "UK", "regulators-uk-ico-complaint"),
    ("instagram", "UK", "regulators-uk-ico-complaint"),
    ("facebook", "EU", "regulators-eu-dpa-complaint"),
    ("linkedin", "EEA", "regulators-eu-dpa-complaint"),
    ("chatgpt", "EU", "regulators-eu-dpa-complaint"),
    ("facebook", "US", None),
    ("facebook", "other", None),
    ("no-such-platform", "EU", None),
    ("no-such-platform", "UK", None),
])
def test_the_bundled_library_names_the_complaint_for_each_region(
        bundled: Catalog, platform: str, region: str, expected: str | None) -> None:
    complaint = bundled.complaint_for(platform, region)
    assert (complaint.id if complaint else None) == expected
    if complaint is not None:
        assert complaint.kind == "complaint" and complaint.applies_to(platform, region)


def test_every_bundled_complaint_is_offered_somewhere(bundled: Catalog) -> None:
    complaints = {p.id for p in bundled if p.kind == "complaint"}
    offered = {bundled.complaint_for(platform, region).id  # type: ignore[union-attr]
               for p in bundled if p.kind == "complaint" for platform in p.platforms for region in p.regions}
    assert complaints == offered


def test_a_small_catalog_picks_its_complaint_by_platform_and_region() -> None:
    ico = made("ico", "complaint", ("facebook", "x"), ("UK",))
    dpa = made("dpa", "complaint", ("facebook", "x"), ("EU", "EEA"))
    objection = made("object", "objection", ("facebook", "x"), ("EU", "EEA", "UK", "any"))
    catalog = catalog_of(objection, ico, dpa)
    assert catalog.complaint_for("facebook", "UK") is ico
    assert catalog.complaint_for("x", "EU") is dpa
    assert catalog.complaint_for("x", "EEA") is dpa
    assert catalog.complaint_for("facebook", "US") is None  # the objection applies, but is no complaint
    assert catalog.complaint_for("instagram", "UK") is None  # a platform neither lists
    assert catalog_of(objection).complaint_for("facebook", "EU") is None
    assert Catalog().complaint_for("facebook", "EU") is None


def test_the_complaint_that_names_the_region_most_closely_wins() -> None:
    anywhere = made("anywhere", "complaint", ("facebook",), ("any",), title="A complaint anywhere")
    eea_only = made("eea-only", "complaint", ("facebook",), ("EEA",), title="B complaint in the EEA")
    eu = made("eu", "complaint", ("facebook",), ("EU",), title="C complaint in the EU")
    catalog = catalog_of(anywhere, eea_only, eu)
    assert catalog.complaint_for("facebook", "EU") is eu  # named, before EEA as part of the GDPR's area
    assert catalog.complaint_for("facebook", "EEA") is eea_only
    assert catalog.complaint_for("facebook", "US") is anywhere
    assert catalog_of(anywhere, eea_only).complaint_for("facebook", "EU") is eea_only  # before "any"


def test_between_equal_matches_the_title_then_the_id_decides() -> None:
    second = made("b-second", "complaint", ("facebook",), ("UK",), title="Complain to the ICO")
    first = made("a-first", "complaint", ("facebook",), ("UK",), title="complain to the ICO")
    later = made("0-later", "complaint", ("facebook",), ("UK",), title="Write to the ICO")
    for order in ((second, first, later), (later, first, second), (first, later, second)):
        assert catalog_of(*order).complaint_for("facebook", "UK") is first
