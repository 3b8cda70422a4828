"""A throwaway Qt catalogue for a test: translate a few messages to see that the UI asks for them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

Messages = Mapping[str, Mapping[str, "str | list[str]"]]  # context -> source -> translation (or plural forms)


def _message(src: str, dst: str | list[str]) -> str:
    if isinstance(dst, list):
        forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in dst)
        return f'<message numerus="yes"><source>{escape(src)}</source><translation>{forms}</translation></message>'
    return f"<message><source>{escape(src)}</source><translation>{escape(dst)}</translation></message>"


@contextmanager
def installed(folder: Path, messages: Messages, language: str = "de") -> Iterator[None]:
    contexts = "".join(f"<context><name>{name}</name>" + "".join(_message(s, d) for s, d in msgs.items())
                       + "</context>" for name, msgs in messages.items())
    ts = folder / f"test_{language}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
                  f"{contexts}</TS>", encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
