"""Numbered schema migrations. Migration N brings a database from `user_version` N-1 to N.

Never edit a released migration: add a new one, and a fixture database for the version it leaves
(tests/fixtures/db/schema-vN.sql) so migrating from it stays tested.
"""

from __future__ import annotations

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE accounts (
        id          INTEGER PRIMARY KEY,
        uid         TEXT NOT NULL UNIQUE,
        label       TEXT NOT NULL,
        platform    TEXT NOT NULL,
        region      TEXT NOT NULL,
        handle      TEXT NOT NULL DEFAULT '',
        email       TEXT NOT NULL DEFAULT '',
        full_name   TEXT NOT NULL DEFAULT '',
        country     TEXT NOT NULL DEFAULT '',
        group_name  TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        archived_at TEXT
    );

    -- One row per account and procedure that has any state: status, visibility, completion fingerprint.
    CREATE TABLE runs (
        account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        procedure_id    TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'not-started',
        status_at       TEXT,
        submitted_at    TEXT,
        reference       TEXT NOT NULL DEFAULT '',
        visibility      TEXT NOT NULL DEFAULT 'auto' CHECK (visibility IN ('auto', 'added', 'hidden')),
        completed_at    TEXT,
        completed_fingerprint TEXT,
        completed_steps TEXT,
        PRIMARY KEY (account_id, procedure_id)
    ) WITHOUT ROWID;

    CREATE TABLE ticks (
        account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        procedure_id TEXT NOT NULL,
        step_id      TEXT NOT NULL,
        done_at      TEXT NOT NULL,
        PRIMARY KEY (account_id, procedure_id, step_id)
    ) WITHOUT ROWID;

    -- procedure_id '' is the account's own note; step_id '' the run's note.
    CREATE TABLE notes (
        account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        procedure_id TEXT NOT NULL DEFAULT '',
        step_id      TEXT NOT NULL DEFAULT '',
        body         TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (account_id, procedure_id, step_id)
    ) WITHOUT ROWID;

    CREATE TABLE evidence (
        id            INTEGER PRIMARY KEY,
        account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        procedure_id  TEXT NOT NULL,
        step_id       TEXT NOT NULL DEFAULT '',
        sha256        TEXT NOT NULL,
        original_name TEXT NOT NULL,
        size          INTEGER NOT NULL,
        added_at      TEXT NOT NULL,
        UNIQUE (account_id, procedure_id, step_id, sha256)
    );

    -- Append-only: rows of an existing account can be neither changed nor removed.
    CREATE TABLE history (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        uid          TEXT NOT NULL UNIQUE,
        at           TEXT NOT NULL,
        account_id   INTEGER NOT NULL,
        procedure_id TEXT NOT NULL DEFAULT '',
        step_id      TEXT NOT NULL DEFAULT '',
        action       TEXT NOT NULL,
        detail       TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX history_by_account ON history (account_id, id);

    CREATE TRIGGER history_no_update BEFORE UPDATE ON history
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

    CREATE TRIGGER history_no_delete BEFORE DELETE ON history
    WHEN OLD.account_id IN (SELECT id FROM accounts)
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
    """,
    # 2: remember that the other side extended its reply period (GDPR Art. 12(3): by two more months).
    2: """
    ALTER TABLE runs ADD COLUMN extended_at TEXT;
    """,
    # 3: removing an attached file is undoable: the record is marked removed and its stored copy is kept.
    3: """
    ALTER TABLE evidence ADD COLUMN removed_at TEXT;
    """,
    # 4: the language of an account's letters (objection and complaint texts); '' is the window's language.
    4: """
    ALTER TABLE accounts ADD COLUMN letters_language TEXT NOT NULL DEFAULT '';
    """,
}

SCHEMA_VERSION = max(MIGRATIONS)
