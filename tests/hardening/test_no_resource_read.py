"""Procedure text can never make the window read a file: no image in any Markdown syntax passes the
validator, and the renderer reads no resource whatever the text is (a FIFO would hang it, /dev/zero would
fill the memory); mailto: links carry at most a subject and a body.

Seen: a procedure that passed `objector validate` made Qt read a local file when its step was shown, through
a reference-style image (`![pic][i]` with `[i]: /path`) and through an image smuggled in by a source address;
`mailto:...?attach=/etc/passwd` passed validation and the link check."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.procedures import load_procedure_bytes, mailto_allowed
from tests.conftest import REPO

RENDER = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from app.ui.browser import SafeBrowser
    from app.ui.details import procedure_markdown
    app = QApplication([])
    trap, zero = sys.argv[1], "/dev/zero"
    texts = [
        f"![pic][i]\\n\\n[i]: {trap}",
        f"![pic]\\n\\n[pic]: {trap}",
        f"![pic]({trap})",
        f"![pic](file://{trap})",
        f"![big]({zero})",
        f"[![inner]({trap})](https://example.org/)",
    ]
    browser = SafeBrowser()
    browser.resize(400, 300)
    browser.show()
    shown = []
    for text in texts:
        browser.set_markdown(text)
        app.processEvents()
        browser.viewport().repaint()
        shown.append(browser.toPlainText())
    # What layout asks the document for an image; the document itself, not only the browser, must answer
    # without reading (QTextDocument opens a local file by itself when the browser returns nothing).
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument
    image = QTextDocument.ResourceType.ImageResource.value
    for url in (QUrl(trap), QUrl.fromLocalFile(trap), QUrl.fromLocalFile(zero)):
        loaded = browser.document().resource(image, url)
        shown.append("empty" if loaded is None or getattr(loaded, "isNull", lambda: False)() else "read")
    print(json.dumps(shown))
""")


def test_no_image_in_any_syntax_is_ever_read(tmp_path: Path) -> None:
    trap = tmp_path / "trap"
    os.mkfifo(trap)  # opening it for reading blocks until a writer comes: a hang if anything reads it
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", RENDER, str(trap)], capture_output=True, text=True,
                            env=env, timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(shown) == 9
    assert all("[image not shown]" in text or "pic" in text or "inner" in text for text in shown[:6])
    assert shown[6:] == ["empty", "empty", "empty"]


PROCEDURE = """\
schema_version: 1
id: hostile
title: Hostile
summary: A test.
provider: example
platforms: [facebook]
regions: [EU]
kind: objection
sources:
  - url: {source}
    title: Source
    accessed: 2026-11-01
reviewed: 2026-11-01
steps:
  - id: one
    title: One
    details: |
      {details}
"""


def test_the_template_is_a_valid_procedure() -> None:
    raw = PROCEDURE.format(source="https://example.org/", details="Fine.").encode()
    result = load_procedure_bytes(raw, Path("hostile.yaml"), today=dt.date(2026, 11, 22))
    assert result.procedure is not None, result.problems


@pytest.mark.parametrize("details", [
    "![pic][i]\n\n      [i]: /etc/passwd",
    "Look ![here]\n\n      [here]: /etc/passwd",
    "![pic](https://example.org/p.png)",
    "See [the form][f].\n\n      [f]: file:///etc/passwd",
    "Write [to us](mailto:privacy@example.org?attach=/etc/passwd).",
])
def test_the_validator_refuses_images_and_hostile_links_in_every_syntax(details: str) -> None:
    raw = PROCEDURE.format(source="https://example.org/", details=details).encode()
    result = load_procedure_bytes(raw, Path("hostile.yaml"), today=dt.date(2026, 11, 22))
    assert result.procedure is None
    assert any("details" in problem.message for problem in result.problems), result.problems


def test_a_source_address_cannot_smuggle_an_image_into_the_rendered_text() -> None:
    from app.ui.details import procedure_markdown

    raw = PROCEDURE.format(source="https://example.org/x)![i](/etc/passwd", details="Fine.").encode()
    result = load_procedure_bytes(raw, Path("hostile.yaml"), today=dt.date(2026, 11, 22))
    if result.procedure is None:
        return  # refused at validation: nothing to render
    text = procedure_markdown(result.procedure, dt.date(2026, 11, 22))
    assert "![" not in text and "(/etc/passwd" not in text


@pytest.mark.parametrize(("url", "allowed"), [
    ("mailto:privacy@example.org", True),
    ("mailto:privacy@example.org?subject=Objection&body=Hello", True),
    ("mailto:privacy@example.org?attach=/etc/passwd", False),
    ("mailto:privacy@example.org?subject=x&attachment=/etc/passwd", False),
    ("mailto:a@example.org,b@example.org", False),
    ("mailto:privacy@example.org?cc=boss@example.org", False),
    ("mailto:?to=privacy@example.org", False),
])
def test_mailto_carries_only_an_address_a_subject_and_a_body(url: str, allowed: bool) -> None:
    assert mailto_allowed(url) is allowed
    raw = PROCEDURE.format(source="https://example.org/", details=f"Write [to us]({url}).").encode()
    result = load_procedure_bytes(raw, Path("hostile.yaml"), today=dt.date(2026, 11, 22))
    assert (result.procedure is not None) is allowed


def test_a_mailto_link_with_attach_is_refused_at_click(qtbot: object,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from app.ui.browser import SafeBrowser

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    browser = SafeBrowser()
    refused: list[str] = []
    browser.link_refused.connect(refused.append)
    browser.anchorClicked.emit(QUrl("mailto:privacy@example.org?attach=/etc/passwd"))
    browser.anchorClicked.emit(QUrl("mailto:privacy@example.org?subject=Hi"))
    assert opened == ["mailto:privacy@example.org?subject=Hi"] and len(refused) == 1
