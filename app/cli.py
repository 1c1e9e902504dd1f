"""The `objector` command: opens the window, or runs a subcommand (validate, list, backup, evidence ...).

Every path is resolved in `main()`, nothing at import time, so tests and `--data-dir` always win.
Bad input never ends in a traceback: each subcommand returns 0 (fine), 1 (the input has problems) or 2 (the
command was used wrongly), with a message that says what to do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__, paths

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command was used wrongly; the message says how to use it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="objector",
        description="Keep track of objecting to AI training on your data, account by account. "
                    "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"objector {__version__}")
    _add_global_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    original_add_parser = commands.add_parser

    def add_parser(name: str, **kwargs: object) -> argparse.ArgumentParser:
        # The global options are accepted after the subcommand too (`objector list --data-dir DIR`).
        sub = original_add_parser(name, **kwargs)  # type: ignore[arg-type]
        _add_global_options(sub, defaults=False)
        return sub

    commands.add_parser = add_parser  # type: ignore[method-assign]

    validate = commands.add_parser(
        "validate", help="check procedure files or folders",
        description="Check procedure files. Prints PATH:LINE:COLUMN: message for each problem. "
                    "Exit 0: all valid; 1: problems found; 2: bad usage.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH",
                          help="files or folders (default: the bundled library and your own folder)")

    listing = commands.add_parser("list", help="list the loaded procedures")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    backup = commands.add_parser(
        "backup", help="export or import everything you recorded",
        description="Export accounts, progress, notes, history and the attached files to one archive "
                    "(FILE ending in .zip: backup.json and the files, each under its SHA-256), or the "
                    "records alone to a JSON file (FILE ending in .json: the attached files are listed, "
                    "not included); or import either (checked first, files and all; all or nothing).",
    )
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    export = backup_commands.add_parser(
        "export", help="write everything to FILE (.zip: with the attached files; .json: without them)")
    export.add_argument("file", metavar="FILE")
    importing = backup_commands.add_parser("import", help="add what FILE (.zip or .json) holds to this store")
    importing.add_argument("file", metavar="FILE")

    evidence = commands.add_parser(
        "evidence", help="attach a file to an account's procedure, or list the attached files",
        description="Attached files are copied into your data folder, named by their SHA-256, and listed "
                    "in the evidence report. Exit 0: done; 1: the store or the file refused; 2: bad usage.",
    )
    evidence_commands = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    attach = evidence_commands.add_parser("attach", help="copy FILE into the store as evidence")
    attach.add_argument("--account", metavar="LABEL_OR_ID", required=True,
                        help="the account (its label or id)")
    attach.add_argument("--procedure", metavar="ID", required=True, help="the procedure's id (see 'list')")
    attach.add_argument("--step", metavar="ID", default="", help="the step's id (default: the procedure)")
    attach.add_argument("file", metavar="FILE")
    listing_evidence = evidence_commands.add_parser("list", help="list the attached files")
    listing_evidence.add_argument("--account", metavar="LABEL_OR_ID", help="only this account (default: all)")
    listing_evidence.add_argument("--removed", action="store_true", help="list removed files too")

    report = commands.add_parser(
        "report", help="write the evidence report (Markdown, HTML or PDF)",
        description="For one account or all: each procedure run with its status and dates, the timeline of "
                    "what was done when, notes, attached files with their hashes, and the procedure versions "
                    "followed, with their sources.",
    )
    report.add_argument("--account", metavar="NAME", help="only this account (its label)")
    report.add_argument("--format", choices=("md", "html", "pdf"),
                        help="the file format (default: from the file name's ending)")
    report.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the report")

    calendar = commands.add_parser("calendar", help="export reply due dates, deadlines and re-checks as .ics")
    calendar.add_argument("-o", "--output", metavar="FILE", required=True, help="the .ics file to write")

    starter = commands.add_parser("new-procedure", help="write a commented starter procedure to edit",
                                  description="Writes ID.yaml into your procedures folder, ready to fill in.")
    starter.add_argument("id", metavar="ID",
                         help="lowercase letters, digits and hyphens, e.g. my-linkedin-check")
    starter.add_argument("--platform", default="other", help="the platform it is for (default: other)")

    importing_md = commands.add_parser(
        "import-markdown", help="turn a Markdown checklist into a procedure",
        description="Reads '- [ ] step' lines (headings become sections, nested items details, links links) "
                    "and writes a procedure into your procedures folder.",
    )
    importing_md.add_argument("file", metavar="FILE")
    importing_md.add_argument("--id", help="the new procedure's id (default: from its title)")
    importing_md.add_argument("--source", metavar="URL", help="where the checklist comes from (default: its "
                              "first web link)")
    importing_md.add_argument("--platform", action="append",
                              help="platform(s) it applies to (default: other)")
    importing_md.add_argument("--region", action="append", help="region(s) it applies to (default: any)")
    importing_md.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: your "
                              "procedures folder)")

    translations = commands.add_parser(
        "translations", help="what is translated, outdated or left to do, per guide and language",
        description="Lists each guide's translations (GUIDE.LANG.yaml beside the guide) and what is older "
                    "than the English or untranslated; --skeleton writes a file to start a translation from.")
    translations.add_argument("--language", choices=("de", "fr", "es", "it", "nl", "pl"))
    translations.add_argument("--skeleton", metavar="ID", help="print a translation file to start from for "
                              "guide ID (with --language)")

    commands.add_parser(
        "install-desktop-entry", help="put Objector into your desktop's application menu",
        description="Writes objector.desktop into $XDG_DATA_HOME/applications (by default "
                    "~/.local/share/applications), starting this very program, and Objector's icons into "
                    "$XDG_DATA_HOME/icons/hicolor. Run it again after moving Objector.",
    )
    commands.add_parser(
        "uninstall-desktop-entry", help="take Objector out of your desktop's application menu",
        description="Removes exactly the files install-desktop-entry wrote.",
    )
    return parser


def _add_global_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=None if defaults else argparse.SUPPRESS,
        help=f"where progress and your own procedures are kept (default: ${paths.DATA_DIR_ENV}, "
             "else your user data folder)",
    )
    parser.add_argument(
        "--procedures", metavar="DIR", action="append", default=[] if defaults else argparse.SUPPRESS,
        help="an extra folder of procedures, loaded after the others (can be given several times)",
    )


def locations_for(args: argparse.Namespace) -> paths.Locations:
    extra = tuple(Path(folder).expanduser() for folder in args.procedures)
    for folder in extra:
        if not folder.exists():
            raise UsageError(f"--procedures {folder}: no such folder")
    return paths.Locations(paths.resolve_data_dir(args.data_dir), extra)


def cmd_validate(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app.core.procedures import load_catalog, load_files, procedure_files

    if args.paths:
        targets = [Path(p).expanduser() for p in args.paths]
        missing = [str(p) for p in targets if not p.exists()]
        if missing:
            raise UsageError(f"no such file or folder: {', '.join(missing)}")
        files: list[Path] = []
        for target in targets:
            files.extend(p for p in procedure_files(target) if p not in files)
        # Paths named together form one set: two of them with the same id is an error.
        catalog = load_files(files)
    else:
        catalog = load_catalog(locations.procedure_dirs())
    for problem in catalog.problems:
        print(problem)
    files_with_problems = len({problem.path for problem in catalog.problems})
    if catalog.problems:
        print(f"{len(catalog.problems)} problem(s) in {files_with_problems} of {catalog.files_read} file(s).",
              file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{catalog.files_read} file(s) checked: all valid.", file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app.core.procedures import load_catalog

    catalog = load_catalog(locations.procedure_dirs())
    for problem in catalog.problems:
        print(f"warning: {problem}", file=sys.stderr)
    procedures = list(catalog)
    if args.json:
        import json

        rows = [{
            "id": procedure.id,
            "title": procedure.title,
            "provider": procedure.provider,
            "platforms": list(procedure.platforms),
            "regions": list(procedure.regions),
            "kind": procedure.kind,
            "steps": len(procedure.steps),
            "reviewed": procedure.reviewed.isoformat(),
            "stale": procedure.is_stale(),
            "file": str(procedure.path),
            "replaces": [str(p) for p in catalog.replaced.get(procedure.id, [])],
        } for procedure in procedures]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return EXIT_OK
    if not procedures:
        print("No procedures loaded.")
        return EXIT_OK
    for procedure in procedures:
        reviewed = procedure.reviewed.isoformat()
        stale = f"  (may be out of date: reviewed {reviewed})" if procedure.is_stale() else ""
        print(f"{procedure.id}: {procedure.title}{stale}")
        print(f"    platforms: {', '.join(procedure.platforms)}; regions: {', '.join(procedure.regions)}; "
              f"{len(procedure.steps)} steps")
        print(f"    file: {procedure.path}")
        for earlier in catalog.replaced.get(procedure.id, []):
            print(f"    replaces: {earlier}")
    print(f"{len(procedures)} procedure(s).")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app.storage.backup import export_file, import_file
    from app.storage.database import Database
    from app.storage.errors import StoreError

    target = Path(args.file).expanduser()
    try:
        with Database(locations.database_path) as db:
            if args.backup_command == "export":
                data = export_file(db, target)
                files = len({item["sha256"] for item in data["evidence"]})
                carried = f", with {files} attached file(s)," if target.suffix.lower() == ".zip" else \
                    f" (the {files} attached file(s) are listed, not included: export to a .zip to have them)"
                print(f"Exported {len(data['accounts'])} account(s), {len(data['ticks'])} tick(s), "
                      f"{len(data['notes'])} note(s) and {len(data['history'])} history entries{carried} to "
                      f"{target}.")
                return EXIT_OK
            summary = import_file(db, target)
    except StoreError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Imported from {target}: {summary.accounts_added} new account(s), {summary.ticks_added} tick(s), "
          f"{summary.notes_changed} note(s), {summary.runs_changed} status record(s), "
          f"{summary.history_added} history entries.")
    if summary.evidence_files_added:
        print(f"{summary.evidence_files_added} attached file(s) were copied into {locations.evidence_dir}.")
    if summary.evidence_files_missing:
        print(f"{summary.evidence_files_missing} evidence file(s) are listed but not in "
              f"{locations.evidence_dir}; copy the evidence folder across to have them.", file=sys.stderr)
    return EXIT_OK


def _find_account(db: Any, wanted: str, include_archived: bool = True) -> Any:
    """The account whose id or label (any case) is `wanted`; UsageError naming the accounts otherwise."""
    accounts = db.accounts(include_archived=include_archived)
    found = [a for a in accounts if wanted.isdigit() and a.id == int(wanted)] or \
        [a for a in accounts if a.label.casefold() == wanted.strip().casefold()]
    if len(found) > 1:
        ids = ", ".join(f"{a.id} ({a.label})" for a in found)
        raise UsageError(f"several accounts are called {wanted!r}; give the id of one: {ids}")
    if not found:
        names = ", ".join(f"{a.label} (id {a.id})" for a in accounts) or "none yet"
        raise UsageError(f"no account is called {wanted!r}; the accounts are: {names}")
    return found[0]


def _size_text(size: int) -> str:
    return "1 byte" if size == 1 else f"{size:,} bytes"


def cmd_evidence(args: argparse.Namespace, locations: paths.Locations) -> int:
    if args.evidence_command == "attach":
        return _attach_evidence(args, locations)
    return _list_evidence(args, locations)


def _attach_evidence(args: argparse.Namespace, locations: paths.Locations) -> int:
    import os
    import re

    from app.core.procedures import load_catalog
    from app.storage.database import Database
    from app.storage.errors import StoreError

    source = Path(args.file).expanduser()
    for option, value in (("--procedure", args.procedure), ("--step", args.step or "a")):
        if not re.match(SLUG, value):
            raise UsageError(f"{option} {value!r} is not an id: use lowercase letters, digits and hyphens, "
                             "as 'objector list' shows them")
    if not os.path.lexists(source):
        raise UsageError(f"no such file: {source}")
    catalog = load_catalog(locations.procedure_dirs())
    procedure = catalog.get(args.procedure)
    if procedure is None:
        raise UsageError(f"no procedure has the id {args.procedure!r}; 'objector list' shows them")
    if args.step and procedure.step(args.step) is None:
        steps = ", ".join(step.id for step in procedure.steps)
        raise UsageError(f"the procedure {args.procedure!r} has no step {args.step!r}; its steps are: "
                         f"{steps}")
    try:
        with Database(locations.database_path) as db:
            account = _find_account(db, args.account)
            item = db.attach_evidence(account.id, procedure.id, args.step, source)
    except StoreError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    where = f"step {item.step_id} of {item.procedure_id}" if item.step_id else item.procedure_id
    print(f"Attached {item.original_name} ({_size_text(item.size)}, SHA-256 {item.sha256}) to {where} for "
          f"{account.label}.")
    return EXIT_OK


def _list_evidence(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app.storage.database import Database
    from app.storage.errors import StoreError

    try:
        with Database(locations.database_path) as db:
            accounts = [_find_account(db, args.account)] if args.account else \
                db.accounts(include_archived=True)
            listed = [(account, item) for account in accounts
                      for item in db.evidence(account.id, include_removed=args.removed)]
    except StoreError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    for account, item in listed:
        where = f"{item.procedure_id}/{item.step_id}" if item.step_id else item.procedure_id
        attached = item.added_at.astimezone().strftime("%Y-%m-%d %H:%M %Z")
        removed = f" (removed {item.removed_at.astimezone().strftime('%Y-%m-%d %H:%M %Z')})" \
            if item.removed_at else ""
        print(f"{item.id}: {account.label}: {where}: {item.original_name}, {_size_text(item.size)}, "
              f"SHA-256 {item.sha256}, attached {attached}{removed}")
    print(f"{len(listed)} attached file(s).", file=sys.stderr)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app.atomic import write_atomically
    from app.core.procedures import load_catalog
    from app.report import build_report, render_html, render_markdown
    from app.storage.database import Database
    from app.storage.errors import StoreError

    target = Path(args.output).expanduser()
    fmt = args.format or {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}.get(
        target.suffix.lower())
    if fmt is None:
        raise UsageError("say which format with --format md, html or pdf (or end the file name with one)")
    catalog = load_catalog(locations.procedure_dirs())
    try:
        with Database(locations.database_path) as db:
            accounts = db.accounts(include_archived=True)
            chosen = None
            if args.account:
                chosen = [a.id for a in accounts if a.label.casefold() == args.account.casefold()]
                if not chosen:
                    names = ", ".join(a.label for a in accounts) or "none yet"
                    raise UsageError(f"no account is called {args.account!r}; the accounts are: {names}")
            report = build_report(db, catalog, chosen)
        if fmt == "pdf":
            from app.ui.pdf import write_pdf

            write_pdf(render_html(report), target)
        else:
            text = render_markdown(report) if fmt == "md" else render_html(report)
            write_atomically(target, text.encode("utf-8"))
    except StoreError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:
        print(f"objector: cannot write {target}: {error.strerror or error}. Choose another folder or free "
              "some space.", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Wrote the report for {len(report.accounts)} account(s) to {target}.")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace, locations: paths.Locations) -> int:
    import datetime as dt

    from app.atomic import write_atomically
    from app.core.procedures import load_catalog
    from app.report import calendar_events, render_ics
    from app.storage.database import Database
    from app.storage.errors import StoreError

    target = Path(args.output).expanduser()
    catalog = load_catalog(locations.procedure_dirs())
    try:
        with Database(locations.database_path) as db:
            events = calendar_events(db, catalog, dt.date.today())
            write_atomically(target, render_ics(events, db.clock()).encode("utf-8"))
    except StoreError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:
        print(f"objector: cannot write {target}: {error.strerror or error}.", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Wrote {len(events)} date(s) to {target}. Import it into your calendar.")
    return EXIT_OK


SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _write_new_file(target: Path, text: str) -> None:
    if target.exists():
        raise UsageError(f"{target} already exists; choose another id or remove that file first")
    try:
        from app.atomic import make_private_dirs, write_atomically

        make_private_dirs(target.parent)
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}") from error


def cmd_new_procedure(args: argparse.Namespace, locations: paths.Locations) -> int:
    import datetime as dt
    import re

    if not re.match(SLUG, args.id) or not re.match(SLUG, args.platform):
        raise UsageError("the id and platform may use lowercase letters, digits and single hyphens, "
                         "e.g. my-linkedin-check")
    target = locations.user_procedures_dir / "mine" / f"{args.id}.yaml"
    text = (paths.resources_dir() / "starter-procedure.yaml").read_text(encoding="utf-8")
    text = (text.replace("__ID__", args.id).replace("__PLATFORM__", args.platform)
            .replace("__TODAY__", dt.date.today().isoformat()).replace("__PATH__", str(target)))
    _write_new_file(target, text)
    print(f"Wrote {target}. Fill in the TODOs, then run: objector validate \"{target}\"")
    return EXIT_OK


def cmd_import_markdown(args: argparse.Namespace, locations: paths.Locations) -> int:
    import re

    from app.core.markdown_import import MAX_MARKDOWN_CHARS, import_markdown
    from app.files import read_regular

    source = Path(args.file).expanduser()
    try:
        markdown = read_regular(source, 4 * MAX_MARKDOWN_CHARS).decode("utf-8")  # UTF-8: 4 bytes a character
    except OSError as error:
        raise UsageError(f"cannot read {source}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise UsageError(f"{source} is not UTF-8 text; save it as UTF-8 and try again") from error
    for value in [args.id or "a", *(args.platform or []), ]:
        if not re.match(SLUG, value):
            raise UsageError(f"{value!r} is not a valid id or platform: "
                             "use lowercase letters, digits, hyphens")
    try:
        result = import_markdown(markdown, source_name=source.name, procedure_id=args.id,
                                 source_url=args.source, platforms=tuple(args.platform or ("other",)),
                                 regions=tuple(args.region or ("any",)))
    except ValueError as error:
        print(f"objector: {source}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    target = Path(args.output).expanduser() if args.output else (
        locations.user_procedures_dir / "imported" / f"{result.procedure_id}.yaml")
    _write_new_file(target, result.yaml_text)
    from app.core.procedures import load_procedure_file

    checked = load_procedure_file(target)
    for problem in checked.problems:
        print(problem)
    print(f"Wrote {target}: {result.steps} step(s) ({result.checked} were ticked in the checklist; "
          "progress is not imported).", file=sys.stderr)
    for url in result.dropped_links:
        print(f"Left out the link {url!r}: only https, http and mailto links are allowed.", file=sys.stderr)
    return EXIT_OK if not checked.problems else EXIT_PROBLEMS


def cmd_translations(args: argparse.Namespace, locations: paths.Locations) -> int:
    import datetime as dt

    from app.core import translations
    from app.core.procedures import load_catalog

    catalog = load_catalog(locations.procedure_dirs())
    if args.skeleton:
        procedure = catalog.get(args.skeleton)
        if procedure is None or not args.language:
            raise UsageError("--skeleton needs the id of a loaded guide and --language")
        print(translations.skeleton(procedure, args.language, dt.date.today()), end="")
        return EXIT_OK
    languages = [args.language] if args.language else list(translations.LANGUAGES)
    for line in translations.status_lines(catalog, languages):
        print(line)
    return EXIT_OK


def cmd_install_desktop_entry(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app import desktop_entry

    try:
        written = desktop_entry.install()
    except desktop_entry.DesktopEntryError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    program = desktop_entry.running_executable()
    print(f"Objector is in your application menu now (it may take a moment to appear). It starts {program}.")
    for path in written:
        print(f"    wrote {path}")
    print("If you move Objector to another folder, run this command again from there.")
    return EXIT_OK


def cmd_uninstall_desktop_entry(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app import desktop_entry

    try:
        removed = desktop_entry.uninstall()
    except desktop_entry.DesktopEntryError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    if not removed:
        print("Objector was not in your application menu: nothing to remove.")
    for path in removed:
        print(f"    removed {path}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, locations: paths.Locations) -> int:
    from app import display_check

    trouble = display_check.problem()  # before Qt: a missing library would end in Qt's misleading abort
    if trouble is not None:
        display_check.tell(trouble)
        return EXIT_PROBLEMS
    from app.storage.precheck import Precheck

    precheck = Precheck(locations.database_path)  # checks the store in a thread while Qt is loaded
    from app.ui.application import run

    return run(locations, sys.argv[:1], precheck)


_HANDLERS = {"validate": cmd_validate, "list": cmd_list, "backup": cmd_backup, "report": cmd_report,
             "calendar": cmd_calendar, "evidence": cmd_evidence, "new-procedure": cmd_new_procedure,
             "import-markdown": cmd_import_markdown, "install-desktop-entry": cmd_install_desktop_entry,
             "uninstall-desktop-entry": cmd_uninstall_desktop_entry, "translations": cmd_translations}


def _window_options(words: Sequence[str]) -> argparse.Namespace | None:
    """`--data-dir DIR` and `--procedures DIR` (or `--option=DIR`), spelled out in full, read as the full
    parser reads them; None for anything else, which the full parser then reads."""
    data_dir: str | None = None
    procedures: list[str] = []
    rest = iter(words)
    for word in rest:
        name, equals, value = word.partition("=")
        if not equals:
            value = next(rest, "")
        if name not in ("--data-dir", "--procedures") or not value or value.startswith("-"):
            return None
        if name == "--data-dir":
            data_dir = value
        else:
            procedures.append(value)
    return argparse.Namespace(data_dir=data_dir, procedures=procedures, command=None)


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, as `build_parser` reads it.

    Opening the window (no command) is by far the most common use and only takes the two global options,
    while building the parser of every command takes about 8 ms (argparse looks up a translation for each
    help text). So the window's options are read directly, and the full parser is built for everything
    else, including any error, for which it gives its usual message."""
    words = list(sys.argv[1:] if argv is None else argv)
    return _window_options(words) or build_parser().parse_args(words)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_arguments(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        locations = locations_for(args)
        handler = _HANDLERS.get(args.command or "", cmd_gui)
        return handler(args, locations)
    except UsageError as error:
        print(f"objector: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
