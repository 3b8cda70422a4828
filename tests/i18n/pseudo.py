"""A pseudo-locale: every message 40 % longer and accented ("Save" -> "[Šåvé ~~]"), to find
layouts that cut text off before a translator does. Placeholders, HTML tags, entities, ``%n``
and the ``&`` mnemonic are kept as they are.

``build(folder)`` writes ``badgesmith_xx.qm`` there from the messages the code has (lupdate).
"""

from __future__ import annotations

import math
import re
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANG = "xx"
_KEEP = re.compile(r"(\{[a-z_0-9]*\}|%L?n|%\d|<[^>]+>|&[a-z]+;|&&|&|\\n|\n)")
_ACCENTS = str.maketrans("aceinosuyzACEINOSUYZ", "åçéîñøšûýžÅÇÉÎÑØŠÛÝŽ")


def pseudo(text: str) -> str:
    parts = _KEEP.split(text)
    letters = sum(len(p) for i, p in enumerate(parts) if i % 2 == 0)
    out = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    if not letters or not text.strip():
        return text
    pad = "~" * max(1, math.ceil(0.4 * letters) - 2)
    return f"[{out} {pad}]"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def build(folder: Path) -> Path:
    """The pseudo catalogue, compiled: every message of the code, pseudo-translated."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"badgesmith_{LANG}.ts"
    files = runpy.run_path(str(ROOT / "packaging" / "translations.py"))["source_files"]()
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "en", "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(src)
        else:
            tr.text = pseudo(src)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm
