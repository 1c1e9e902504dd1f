"""Child process for the crash and concurrency tests: ticks steps and prints each one once it is stored.

Usage: python ticker.py DB_PATH ACCOUNT_ID PREFIX COUNT
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.storage.database import Database


def main() -> None:
    path, account_id, prefix, count = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    db = Database(path)
    print("ready", flush=True)
    for index in range(count):
        step = f"{prefix}{index}"
        db.set_tick(account_id, "proc", step, True)
        print(step, flush=True)
    db.close()


if __name__ == "__main__":
    main()
