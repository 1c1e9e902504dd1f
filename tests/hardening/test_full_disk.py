"""A full disk: the store can still be read and exported elsewhere, and the message says the disk is full.

Seen: on a 100% full disk the store could not even be opened to export it to another disk, and the message
said "disk I/O error ... restore a backup"."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO

SCRIPT = textwrap.dedent("""
    set -e
    mount -t tmpfs -o size=1m tmpfs "$MOUNT"
    "$PY" -c "
    from pathlib import Path
    from app.storage.database import Database
    with Database(Path('$MOUNT/data/objector.sqlite3')) as db:
        a = db.add_account('My Facebook', 'facebook', 'EU')
        db.set_note(a.id, 'kept on a full disk')
    "
    dd if=/dev/zero of="$MOUNT/filler" bs=4k 2>/dev/null || true
    "$PY" -m app --data-dir "$MOUNT/data" backup export "$OUT/backup.json" \\
        > "$OUT/export.out" 2> "$OUT/export.err" \\
        && echo 0 > "$OUT/export.code" || echo $? > "$OUT/export.code"
    "$PY" -c "
    import json
    from pathlib import Path
    from app.storage.database import Database
    from app.storage.errors import StoreError
    db = Database(Path('$MOUNT/data/objector.sqlite3'))
    try:
        db.set_note(db.accounts()[0].id, 'more')
        refused = ''
    except StoreError as error:
        refused = type(error).__name__ + ': ' + str(error)
    print(json.dumps({'disk_full': db.disk_full, 'refused': refused, 'note': db.note(db.accounts()[0].id)}))
    " > "$OUT/write.json"
""")


@pytest.mark.skipif(not (sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("unshare")),
                    reason="needs root and unshare for a small tmpfs of its own (CI has them)")
def test_a_full_disk_still_lets_the_user_read_and_export(tmp_path: Path) -> None:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "MOUNT": str(mount), "OUT": str(out), "PY": sys.executable}
    result = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", SCRIPT],
                            capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (out / "export.code").read_text().strip() == "0", (out / "export.err").read_text()
    backup = json.loads((out / "backup.json").read_text())
    assert [a["label"] for a in backup["accounts"]] == ["My Facebook"]
    assert [n["body"] for n in backup["notes"]] == ["kept on a full disk"]
    write = json.loads((out / "write.json").read_text())
    assert write["disk_full"] is True and write["note"] == "kept on a full disk"
    assert write["refused"].startswith("DiskFull") and "disk is full" in write["refused"]
