"""How ticks move a request on: ticking the step that sends the request records it as submitted (the reply
clock starts), unticking it takes that back while nothing has come back yet; ticking the reply step asks
what came back, unticking it takes the outcome back. A procedure names these steps in its `request` field
(`Procedure.sends_step`, `Procedure.reply_step`); one without them moves nothing. Plain Python: the window
asks the question and saves what these rules say, as one undo step with the tick."""

from __future__ import annotations

from typing import Any

from app.core.accounts import Status
from app.core.records import record

# What a person can say came back, and the status each one records.
OUTCOMES = ("granted", "refused", "extended", "nothing-yet")
OUTCOME_STATUS = {"granted": Status.GRANTED, "refused": Status.REFUSED, "extended": Status.WAITING,
                  "nothing-yet": Status.WAITING}
BEFORE_SUBMISSION = (Status.NOT_STARTED, Status.IN_PROGRESS)
AFTER_REPLY = (Status.GRANTED, Status.REFUSED, Status.NO_REPLY)


@record(frozen=True)
class Move:
    """What a tick does to the request: the status to record (None: none), and whether to ask first what
    came back (then `status` is what is recorded if the person says nothing)."""

    status: str | None = None
    ask_outcome: bool = False


def sends_step(procedure: Any) -> str | None:
    return getattr(procedure, "sends_step", None)


def reply_step(procedure: Any) -> str | None:
    return getattr(procedure, "reply_step", None)


def move_for_tick(procedure: Any, step_id: str, done: bool, status: str, other_ticks: bool) -> Move:
    """The move a tick of `step_id` makes on a run whose status is `status`; `other_ticks` says whether
    another step of the procedure stays ticked (then a request taken back is "in progress", not "not
    started")."""
    if step_id and step_id == sends_step(procedure):
        if done and status in BEFORE_SUBMISSION:
            return Move(Status.SUBMITTED)
        if not done and status == Status.SUBMITTED:
            return Move(Status.IN_PROGRESS if other_ticks else Status.NOT_STARTED)
    if step_id and step_id == reply_step(procedure):
        if done and status not in AFTER_REPLY:
            return Move(None, ask_outcome=True)
        if not done and status in AFTER_REPLY:
            return Move(Status.SUBMITTED if sends_step(procedure) else Status.WAITING)
    return Move()
