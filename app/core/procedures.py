"""Procedures: the checklists Objector shows, read from YAML files and checked before use.

The names the rest of Objector uses, from the four modules that hold them:

- `app.core.procedure_values`: the values (`Procedure`, `Step`, `Steps`, `Source`, ...), frozen records;
- `app.core.validation`: `load_procedure_file` turns one file into a `Procedure` or a list of `Problem`s
  (every problem in the file, each with its line and column);
- `app.core.catalog`: `Catalog`, and `load_catalog`, which loads whole folders in order, so that one bad
  file never stops the good ones, and a later folder's procedure replaces an earlier one with the same id;
- `app.core.parse_cache`: `ParseCache`, which spares start-up the parsing of unchanged files.
"""

from __future__ import annotations

from app.core.catalog import (
    PROCEDURE_SUFFIXES,
    Catalog,
    load_catalog,
    load_files,
    procedure_file_names,
    procedure_files,
)
from app.core.parse_cache import CacheEntry, ParseCache, Signature, file_signature
from app.core.procedure_values import (
    EEA_COUNTRIES_AND_EU,
    STALE_AFTER_DAYS,
    Deadline,
    Link,
    Period,
    Procedure,
    ReplyPeriod,
    Source,
    Step,
    Steps,
)
from app.core.records import replace
from app.core.validation import (
    ALLOWED_LINK_SCHEMES,
    MAILTO_PARAMETERS,
    PLACEHOLDERS,
    SCHEMA_VERSION,
    FileResult,
    fingerprint,
    load_procedure_bytes,
    load_procedure_file,
    mailto_allowed,
)

__all__ = [
    "ALLOWED_LINK_SCHEMES", "EEA_COUNTRIES_AND_EU", "MAILTO_PARAMETERS", "PLACEHOLDERS",
    "PROCEDURE_SUFFIXES", "SCHEMA_VERSION", "STALE_AFTER_DAYS", "CacheEntry", "Catalog", "Deadline",
    "FileResult", "Link", "ParseCache", "Period", "Procedure", "ReplyPeriod", "Signature",
    "Source", "Step", "Steps", "file_signature", "fingerprint", "load_catalog", "load_files",
    "load_procedure_bytes", "load_procedure_file", "mailto_allowed", "procedure_file_names",
    "procedure_files", "replace",
]
