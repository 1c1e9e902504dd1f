"""Start the Qt application: open the store (offering a way out if it is damaged), load, show the window."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.core.procedures import ParseCache, load_catalog
from app.storage.database import (
    BackupInfo,
    Database,
    good_backups,
    restore_backup,
    set_aside,
    take_automatic_backup_apart,
)
from app.storage.errors import DatabaseCorrupt, StoreError
from app.storage.precheck import Precheck
from app.ui.instance import AlreadyOpen, ComeForwardRequests, InstanceLock
from app.ui.main_window import MainWindow, connect_session_signals
from app.ui.models import tr

WINDOW_BUSY_MS = 150


class BackupReporter(QObject):
    """Carries a failed automatic backup's message from its thread to the window's."""

    failed = Signal(str)


def settings_for(locations: paths.Locations) -> QSettings:
    """Window state lives in the data directory, beside the data it describes. Something other than a
    regular file in its place (a FIFO would hang the start; through a link, saving would rewrite another
    file) is moved aside, kept, and the window starts with its default layout."""
    import os
    import stat

    path = locations.settings_path
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            os.replace(path, path.with_name(f"{path.name}.set-aside-{os.getpid()}"))
    except OSError:
        pass  # none yet (or nothing to be done): QSettings starts from nothing
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_database(locations: paths.Locations, parent: QWidget | None = None,
                  precheck: Precheck | None = None) -> Database | None:
    """Open the store; for a damaged (or unexpectedly empty) file, ask whether to restore the newest good
    backup, saying what it holds, or to start anew.

    `precheck`, if given, is the check of the file already running in a thread (see `cli.cmd_gui`)."""
    path = locations.database_path
    allow_empty = False
    while True:
        try:
            # A short wait for another program's lock: the window keeps a refused change and tries again
            # (PendingWrites.keep, in app.ui.store_errors) instead of freezing; the commands wait longer.
            return Database(path, precheck=precheck, allow_empty=allow_empty, busy_ms=WINDOW_BUSY_MS,
                            retries=2)
        except DatabaseCorrupt as error:
            from PySide6.QtWidgets import QMessageBox  # only when something is wrong

            from app.ui import messages

            good = good_backups(path)
            box = messages.box(parent, QMessageBox.Icon.Warning, tr("Your Objector data cannot be read"),
                               tr("{problem}.\n\nFile: {path}\n\nObjector has not changed it and will keep "
                                  "it beside the new one.").format(problem=error.problem[:1].upper()
                                                                   + error.problem[1:], path=path))
            restore = None
            if good:
                backup, info = good[0]
                box.setInformativeText(backup_description(backup, info))
                restore = box.addButton(tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
            fresh = box.addButton(tr("Start a new, empty database"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            try:
                precheck = None  # the file changes now: the next attempt checks it again
                if restore is not None and clicked is restore:
                    restore_backup(path, good[0][0])
                elif clicked is fresh:
                    if path.exists():
                        set_aside(path)
                    allow_empty = True
                else:
                    return None
            except StoreError as inner:
                messages.critical(parent, tr("Objector cannot continue"), str(inner))
                return None
        except StoreError as error:
            from app.ui import messages

            messages.critical(parent, tr("Objector cannot open your data"),
                              tr("{problem}.\n\nFile: {path}\n\n{advice}").format(
                                  problem=error.problem[:1].upper() + error.problem[1:], path=error.path,
                                  advice=error.advice))
            return None


def backup_description(backup: Path, info: BackupInfo) -> str:
    """What restoring `backup` brings back, in words."""
    when = backup.stem.removeprefix("auto-")
    made = f"{when[0:4]}-{when[4:6]}-{when[6:8]} {when[9:11]}:{when[11:13]} UTC" if len(when) >= 13 else when
    last = (info.last_change or "")[:16].replace("T", " ")
    return tr("The newest good backup was made on {made}. It holds {accounts} and {history}; the last "
              "change in it was on {last} UTC.").format(
                  made=made, accounts=tr("%n account(s)", "", info.accounts),
                  history=tr("%n change(s) recorded in their history", "", info.history),
                  last=last or tr("(none)"))


def create_window(locations: paths.Locations, db: Database, settings: QSettings | None = None) -> MainWindow:
    """The main window on the store and the library (`settings`: the window's, if the caller has read them
    already: start-up reads them first for the language)."""
    from app.ui.i18n import current_language

    catalog = load_catalog(locations.procedure_dirs(), ParseCache(locations.cache_dir / "procedures.pickle"))
    catalog = catalog.localized(current_language())  # the guides' words in the window's language
    return MainWindow(db, catalog, settings if settings is not None else settings_for(locations), locations)


def freeze_start_up_objects(window: MainWindow) -> None:
    """Once the window has painted, tell Python's garbage collector to leave alone what start-up made.

    The library, the store's data and the window live as long as the process. Python's full collection
    pass walks every object it tracks; with a library of 1,000 procedures and 100 accounts one such pass
    took 36 ms, in the middle of an account switch. `gc.freeze()` moves the objects that exist now out of
    every later pass. They are still freed as usual when nothing refers to them any more (a reloaded
    library replaces the old one); only objects caught in reference cycles among them would stay until the
    process ends."""
    window.first_painted.connect(gc.freeze)


def say_already_open(error: AlreadyOpen) -> None:
    """A second start on a data folder that a window uses: that window came forward, or it did not answer."""
    import sys

    from app.ui import messages

    if error.answered:
        print("objector: " + tr("Objector is already open with the data folder {folder}; its window was "
                                "brought to the front.").format(folder=error.data_dir), file=sys.stderr)
        return

    text = tr("Objector is already open with the data folder {folder} (process {pid}), but its window did "
              "not come forward.\n\nSwitch to that window. If it no longer responds, close it (or end "
              "process {pid}) and start Objector again. Nothing was changed.").format(folder=error.data_dir,
                                                                                     pid=error.pid)
    print(f"objector: {text}", file=sys.stderr)
    messages.warning(None, tr("Objector is already open"), text)


def start(locations: paths.Locations, argv: list[str],
          precheck: Precheck | None = None) -> tuple[QApplication, Database, MainWindow] | int:
    """Everything up to showing the window (the start-up benchmark times this and the first paint); the
    exit code instead when no window opens."""
    existing = QApplication.instance()  # typed as the QCoreApplication it might be
    # Every application made in Objector's process is a QApplication (so is pdf.ensure_gui_application's,
    # and pytest-qt's): one that exists already is one.
    app = QApplication(argv) if existing is None else cast(QApplication, existing)
    app.setApplicationName("Objector")
    app.setOrganizationName("Objector")
    app.setDesktopFileName("objector")
    from app.ui import i18n

    settings = settings_for(locations)  # read once: for the language now, for the window below
    i18n.install(i18n.chosen_language(settings))
    lock = InstanceLock(locations.data_dir)
    try:
        lock.acquire()
    except AlreadyOpen as error:
        say_already_open(error)
        return 0 if error.answered else 1
    db = open_database(locations, precheck=precheck)
    if db is None:
        lock.release()
        return 1
    window = create_window(locations, db, settings)
    window.instance_lock = lock
    if db.disk_full:
        from app.ui import messages

        QTimer.singleShot(0, window, lambda: messages.warning(window, tr("The disk is full"), tr(
            "The disk that holds your data is full, so Objector opened it read-only: you can read "
            "everything and back it up to another disk (File > Back up everything), but changes cannot be "
            "saved.\n\nFree some space on the disk, then start Objector again.\n\nFolder: {folder}").format(
                folder=locations.data_dir)))
    if lock.held:
        def answer_second_starts() -> None:  # once the window is on screen: start-up does not wait for it
            requests = ComeForwardRequests(lock.requests_dir, window)
            requests.requested.connect(window.come_forward)
            window.destroyed.connect(requests.stop)
            requests.check()  # a second start while this one was starting up

        window.first_painted.connect(answer_second_starts)
    connect_session_signals(window)
    freeze_start_up_objects(window)
    window.show()

    reporter = BackupReporter(window)
    reporter.failed.connect(lambda text: window.statusBar().showMessage(
        tr("The automatic backup could not be made: {error}").format(error=text), 15000))

    def backup() -> None:
        if db.disk_full:
            return  # nothing could be written; the window says why
        import threading

        def run() -> None:  # its own connection, in its own thread: the window never waits for the copy
            try:
                take_automatic_backup_apart(db.path)
            except StoreError as error:
                reporter.failed.emit(str(error))  # queued to the window's thread

        threading.Thread(target=run, name="automatic backup", daemon=True).start()

    QTimer.singleShot(1500, backup)
    return app, db, window


def run(locations: paths.Locations, argv: list[str], precheck: Precheck | None = None) -> int:
    started = start(locations, argv, precheck)
    if isinstance(started, int):
        return started
    app, db, window = started
    code = app.exec()
    db.close()
    window.instance_lock.release()
    from app.ui.language_menu import restart_if_asked

    restart_if_asked()  # a new language chosen: after the data folder is let go, or the new one would wait
    return int(code)
