"""The one module that knows where Objector's files live.

Bundled data (the procedure library, its schema, icons) travels inside the installed package under
`app/_bundled`; in a source checkout it is read from the top-level `procedures/` and `resources/` folders.
The user's data directory comes from `--data-dir`, then `OBJECTOR_DATA_DIR`, then platformdirs.
Nothing here runs at import time: callers resolve paths when they need them.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.core.records import record

APP_NAME = "Objector"
DATA_DIR_ENV = "OBJECTOR_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def bundled_procedures_dir() -> Path:
    """The procedure library shipped with Objector."""
    return _bundled("procedures")


def resources_dir() -> Path:
    """Icons, desktop file and other resources shipped with Objector."""
    return _bundled("resources")


def schema_path() -> Path:
    """The JSON Schema of the procedure format, published for editors and used by the validator."""
    return bundled_procedures_dir() / "procedure.schema.json"


def default_data_dir() -> Path:
    """The platform's user data directory for Objector (imported lazily: platformdirs is only needed here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the command-line value, else the environment variable, else the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser()
    return default_data_dir()


@record(frozen=True)
class Locations:
    """Where one run of Objector reads and writes, fixed once in `cli.main()` and handed down."""

    data_dir: Path
    extra_procedure_dirs: tuple[Path, ...] = ()

    @property
    def user_procedures_dir(self) -> Path:
        return self.data_dir / "procedures"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "objector.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    def procedure_dirs(self) -> list[Path]:
        """Folders in load order: bundled, then the user's folder, then each `--procedures` folder."""
        return [bundled_procedures_dir(), self.user_procedures_dir, *self.extra_procedure_dirs]
