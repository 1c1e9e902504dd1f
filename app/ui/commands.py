"""Undoable changes. Each command is pushed after its change was saved, so its first redo does nothing."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from app.ui.models import tr

NoteKey = tuple[int, str, str]


class TickWriter(Protocol):
    """What a tick's command needs (the progress controller): False when the store refused the change."""

    def write_tick(self, account_id: int, procedure_id: str, step_id: str, done: bool) -> bool: ...


class StatusWriter(Protocol):
    """What a status change's command needs (the progress controller)."""

    def write_status(self, account_id: int, procedure_id: str, status: str) -> bool: ...


class ExtensionWriter(Protocol):
    """What an extension of the reply period needs (the progress controller)."""

    def write_extended(self, account_id: int, procedure_id: str, extended: bool) -> bool: ...


class RequestDetailWriter(Protocol):
    """What a change of a request's reference or status date needs (the progress controller)."""

    def write_request_detail(self, account_id: int, procedure_id: str, field: str, value: object) -> bool: ...


class NoteWriter(Protocol):
    """What a note's command needs (the notes controller)."""

    def write_note(self, key: NoteKey, text: str) -> bool: ...


class _SavedCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if not self._apply(forward=True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(forward=False):
            self.setObsolete(True)

    def _apply(self, forward: bool) -> bool:
        raise NotImplementedError


class TickCommand(_SavedCommand):
    def __init__(self, writer: TickWriter, account_id: int, procedure_id: str, step_id: str, done: bool,
                 step_title: str) -> None:
        super().__init__((tr("Tick “{step}”") if done else tr("Untick “{step}”")).format(step=step_title))
        self.writer, self.account_id, self.procedure_id, self.step_id, self.done = (
            writer, account_id, procedure_id, step_id, done)

    def _apply(self, forward: bool) -> bool:
        return self.writer.write_tick(self.account_id, self.procedure_id, self.step_id,
                                      self.done if forward else not self.done)


class StatusCommand(_SavedCommand):
    def __init__(self, writer: StatusWriter, account_id: int, procedure_id: str, before: str,
                 after: str) -> None:
        super().__init__(tr("Change status"))
        self.writer, self.account_id, self.procedure_id, self.before, self.after = (
            writer, account_id, procedure_id, before, after)

    def _apply(self, forward: bool) -> bool:
        return self.writer.write_status(self.account_id, self.procedure_id,
                                        self.after if forward else self.before)


class NoteCommand(_SavedCommand):
    """Consecutive saves of the same note merge into one undo step."""

    ID = 1001

    def __init__(self, writer: NoteWriter, key: NoteKey, before: str, after: str) -> None:
        super().__init__(tr("Edit note"))
        self.writer, self.key, self.before, self.after = writer, key, before, after

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, NoteCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def _apply(self, forward: bool) -> bool:
        return self.writer.write_note(self.key, self.after if forward else self.before)


class EvidenceWriter(Protocol):
    """What an attached file's commands need (the evidence controller)."""

    def write_evidence_name(self, evidence_id: int, name: str) -> bool: ...

    def write_evidence_removed(self, evidence_id: int, removed: bool) -> bool: ...


class RenameEvidenceCommand(_SavedCommand):
    def __init__(self, writer: EvidenceWriter, evidence_id: int, before: str, after: str) -> None:
        super().__init__(tr("Rename “{name}”").format(name=before))
        self.writer, self.evidence_id, self.before, self.after = writer, evidence_id, before, after

    def _apply(self, forward: bool) -> bool:
        return self.writer.write_evidence_name(self.evidence_id, self.after if forward else self.before)


class RemoveEvidenceCommand(_SavedCommand):
    """Removing an attached file (`removed` True), or attaching it (False: its undo removes it)."""

    def __init__(self, writer: EvidenceWriter, evidence_id: int, name: str, removed: bool = True) -> None:
        super().__init__((tr("Remove “{name}”") if removed else tr("Attach “{name}”")).format(name=name))
        self.writer, self.evidence_id, self.removed = writer, evidence_id, removed

    def _apply(self, forward: bool) -> bool:
        removed = self.removed if forward else not self.removed
        return self.writer.write_evidence_removed(self.evidence_id, removed)


class Together(QUndoCommand):
    """Commands already saved that undo and redo as one step (a tick and the status it moved on)."""

    def __init__(self, commands: list[QUndoCommand]) -> None:
        super().__init__(commands[0].text())
        self._commands = commands

    def redo(self) -> None:
        for command in self._commands:
            command.redo()
        self.setObsolete(any(command.isObsolete() for command in self._commands))

    def undo(self) -> None:
        for command in reversed(self._commands):
            command.undo()
        self.setObsolete(any(command.isObsolete() for command in self._commands))


class ExtendedCommand(_SavedCommand):
    def __init__(self, writer: ExtensionWriter, account_id: int, procedure_id: str,
                 extended: bool) -> None:
        super().__init__(tr("They need more time"))
        self.writer, self.account_id, self.procedure_id = writer, account_id, procedure_id
        self.extended = extended

    def _apply(self, forward: bool) -> bool:
        return self.writer.write_extended(self.account_id, self.procedure_id,
                                          self.extended if forward else not self.extended)


class RequestDetailCommand(_SavedCommand):
    """A request's reference (`field` "reference", a text) or the date of its status ("date", a moment)."""

    def __init__(self, writer: RequestDetailWriter, account_id: int, procedure_id: str, field: str,
                 before: object, after: object) -> None:
        super().__init__(tr("Change the reference") if field == "reference" else tr("Change the date"))
        self.writer, self.account_id, self.procedure_id, self.field = writer, account_id, procedure_id, field
        self.before, self.after = before, after

    def _apply(self, forward: bool) -> bool:
        return self.writer.write_request_detail(self.account_id, self.procedure_id, self.field,
                                                self.after if forward else self.before)
