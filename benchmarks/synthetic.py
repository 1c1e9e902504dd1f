"""Build the large synthetic library and store the benchmarks measure against.

The store is filled with SQL in one transaction (going through the API, each of 50,000 changes would wait
for its own fsync); its schema comes from the app's own migrations, so it is a real Objector store.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import uuid
from pathlib import Path

PLATFORMS = ("facebook", "instagram", "linkedin", "x", "chatgpt")


def write_library(folder: Path, count: int = 1000, steps: int = 20) -> Path:
    """`count` valid procedures of `steps` steps each, in provider folders of 100."""
    for index in range(count):
        provider = folder / f"synthetic{index // 100:02d}"
        provider.mkdir(parents=True, exist_ok=True)
        platform = PLATFORMS[index % len(PLATFORMS)]
        lines = [
            "schema_version: 1",
            f"id: synthetic-{index:04d}",
            f"title: Synthetic procedure number {index} for {platform}",
            f"summary: A generated procedure used to measure Objector with a large library ({index}).",
            f"platforms: [{platform}]",
            "regions: [any]" if index % 3 else "regions: [EU, EEA, UK]",
            "kind: opt-out",
            "sources:",
            "  - url: https://example.org/synthetic",
            "    title: Synthetic source",
            "    published: 2026-01-01",
            "reviewed: 2026-11-01",
            "caveats:",
            "  - Generated for benchmarks.",
            "outcome: Nothing; it is a benchmark.",
            "steps:",
        ]
        for step in range(steps):
            lines += [f"  - id: step-{step:02d}", f"    title: Step {step} of synthetic procedure {index}",
                      f"    details: Do the thing number {step}. [More](https://example.org/{index}/{step})",
                      "    expect: Something happens."]
        (provider / f"synthetic-{index:04d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def fill_store(path: Path, accounts: int = 100, history: int = 50_000, procedures: int = 1000) -> None:
    """`accounts` accounts with ticks, notes and `history` history entries, written straight to SQLite."""
    from app.storage.database import Database

    Database(path).close()  # creates the current schema
    rng = random.Random(7)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    connection = sqlite3.connect(path)
    with connection:
        for number in range(1, accounts + 1):
            connection.execute(
                "INSERT INTO accounts (id, uid, label, platform, region, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (number, uuid.uuid4().hex, f"Account {number}", PLATFORMS[number % len(PLATFORMS)],
                 ("EU", "UK", "US")[number % 3], start.isoformat()))
        ticks: set[tuple[int, str, str]] = set()
        rows = []
        for index in range(history):
            account = rng.randint(1, accounts)
            procedure = f"synthetic-{rng.randrange(procedures):04d}"
            step = f"step-{rng.randrange(20):02d}"
            at = (start + dt.timedelta(seconds=index * 37)).isoformat(timespec="microseconds")
            rows.append((uuid.uuid4().hex, at, account, procedure, step, "tick", json.dumps({})))
            ticks.add((account, procedure, step))
        connection.executemany("INSERT INTO history (uid, at, account_id, procedure_id, step_id, action, "
                               "detail) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        connection.executemany("INSERT OR IGNORE INTO ticks (account_id, procedure_id, step_id, done_at) "
                               "VALUES (?, ?, ?, ?)", [(a, p, s, start.isoformat()) for a, p, s in ticks])
        connection.executemany("INSERT INTO notes (account_id, procedure_id, step_id, body, updated_at) "
                               "VALUES (?, '', '', ?, ?)",
                               [(a, f"Notes for account {a}", start.isoformat())
                                for a in range(1, accounts + 1)])
    connection.close()
