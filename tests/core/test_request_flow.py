"""How ticks move a request on (app/core/request_flow.py), without Qt: the sending step records it as sent,
the reply step asks what came back, and unticking either takes it back."""

from __future__ import annotations

from app import paths
from app.core.accounts import Status
from app.core.procedures import load_catalog
from app.core.request_flow import OUTCOME_STATUS, OUTCOMES, Move, move_for_tick

CATALOG = load_catalog([paths.bundled_procedures_dir()])
PRIVACY_CENTER = CATALOG.procedures["meta-facebook-object-privacy-center"]


def test_the_bundled_objection_names_its_sending_and_reply_steps() -> None:
    assert (PRIVACY_CENTER.sends_step, PRIVACY_CENTER.reply_step) == ("submit", "confirmation")


def test_ticking_the_sending_step_records_it_as_sent_and_unticking_takes_it_back() -> None:
    for before in (Status.NOT_STARTED, Status.IN_PROGRESS):
        moved = move_for_tick(PRIVACY_CENTER, "submit", True, before, other_ticks=True)
        assert moved == Move(Status.SUBMITTED)
    assert move_for_tick(PRIVACY_CENTER, "submit", True, Status.GRANTED, True) == Move()  # already answered
    assert move_for_tick(PRIVACY_CENTER, "submit", False, Status.SUBMITTED, True) == Move(Status.IN_PROGRESS)
    assert move_for_tick(PRIVACY_CENTER, "submit", False, Status.SUBMITTED, False) == Move(Status.NOT_STARTED)
    assert move_for_tick(PRIVACY_CENTER, "submit", False, Status.REFUSED, True) == Move()  # the answer stays


def test_the_reply_step_asks_what_came_back_and_unticking_takes_the_outcome_back() -> None:
    asked = move_for_tick(PRIVACY_CENTER, "confirmation", True, Status.SUBMITTED, True)
    assert asked == Move(ask_outcome=True)
    assert move_for_tick(PRIVACY_CENTER, "confirmation", True, Status.GRANTED, True) == Move()
    for outcome in (Status.GRANTED, Status.REFUSED, Status.NO_REPLY):
        assert move_for_tick(PRIVACY_CENTER, "confirmation", False, outcome, True) == Move(Status.SUBMITTED)
    assert set(OUTCOME_STATUS) == set(OUTCOMES)
    assert OUTCOME_STATUS["granted"] == Status.GRANTED and OUTCOME_STATUS["refused"] == Status.REFUSED


def test_other_steps_and_procedures_without_a_request_move_nothing() -> None:
    assert move_for_tick(PRIVACY_CENTER, "open-menu", True, Status.NOT_STARTED, False) == Move()
    setting = next(p for p in CATALOG if p.sends_step is None)
    assert move_for_tick(setting, setting.step_ids[0], True, Status.NOT_STARTED, False) == Move()
