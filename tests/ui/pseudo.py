"""A pseudo-translation of the window: every string 40% longer and accented, its placeholders, tags, keyboard
letters and %n kept, built with Qt's lrelease. It shows what a long language (German, Polish) does to the
layout before a translator has written a word."""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from app.ui import i18n_build

ACCENTS = str.maketrans("aeiouAEIOUcnyszCNYSZ", "áéîöüÁÉÎÖÜçñýšžÇÑÝŠŽ")
# What must stay as it is: {placeholders}, %n, HTML tags and entities, Markdown links' addresses, keys.
_KEEP = re.compile(r"(\{[a-z_]+\}|%n|<[^>]+>|&[a-z]+;|\]\([^)]*\)|Ctrl\+\S+|Esc)")


def pseudo(text: str) -> str:
    """`text` accented and 40% longer (words of "~" at the end of its longest line: long text in a real
    language wraps between words too), the rest kept."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(part if index % 2 else part.translate(ACCENTS) for index, part in enumerate(parts))
    lines = out.split("\n")
    longest = max(range(len(lines)), key=lambda n: len(lines[n]))
    grow = math.ceil(len(text) * 0.4)
    words, last = divmod(max(1, grow - 1), 6)
    lines[longest] = lines[longest] + " ~~~~~" * words + (" " + "~" * last if last else "")
    return "\n".join(lines)


def build_pseudo_qm(folder: Path) -> Path:
    """objector_pseudo.qm in `folder`, from the German .ts file's list of strings."""
    source = i18n_build.REPO / "resources" / "translations" / "objector_de.ts"
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    ts = folder / "objector_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "objector_pseudo.qm"
    subprocess.run([i18n_build.tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
