"""One print-ready PDF for a batch: every certificate's page, in order, no attachments.

Streaming: each source PDF is read, its pages' objects are renumbered and written straight
to the output, and the source is released before the next one, so memory stays flat for
1,000 certificates (only an offset per written object is kept). pypdf parses; the writer
here is a small PDF 1.7 serialiser (pypdf's PdfWriter keeps every page until ``write``).
Embedded files, associated files and annotations are not copied: this is a print file;
the credentials travel in the per-learner PDFs.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

Source = bytes | str | Path
_SKIP_PAGE_KEYS = {"/Parent", "/Annots", "/AF", "/B", "/Thumb", "/StructParents"}


class _Out:
    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.pos = 0
        self.offsets: dict[int, int] = {}
        self.next_id = 3  # 1: catalog, 2: page tree

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        self.pos += len(data)

    def alloc(self) -> int:
        n = self.next_id
        self.next_id += 1
        return n

    def obj(self, num: int, obj: PdfObject) -> None:
        self.offsets[num] = self.pos
        buf = io.BytesIO()
        obj.write_to_stream(buf)
        self.write(b"%d 0 obj\n" % num + buf.getvalue() + b"\nendobj\n")


def _copy_pages(reader: PdfReader, out: _Out, parent: IndirectObject) -> list[int]:
    mapping: dict[tuple[int, int], int] = {}
    pending: list[IndirectObject] = []

    def remap(o: Any) -> Any:
        if isinstance(o, IndirectObject):
            key = (o.idnum, o.generation)
            if key not in mapping:
                mapping[key] = out.alloc()
                pending.append(o)
            return IndirectObject(mapping[key], 0, None)  # type: ignore[arg-type]
        if isinstance(o, StreamObject):
            s = o.__class__()
            for k, v in dict.items(o):
                s[NameObject(k)] = remap(v)
            s._data = o._data  # still encoded: copied without re-compressing
            return s
        if isinstance(o, DictionaryObject):
            d = DictionaryObject()
            for k, v in dict.items(o):
                d[NameObject(k)] = remap(v)
            return d
        if isinstance(o, ArrayObject):
            return ArrayObject(remap(x) for x in o)
        return o

    kids = []
    for page in reader.pages:
        num = out.alloc()
        new = DictionaryObject()
        for k, v in dict.items(page):
            if k not in _SKIP_PAGE_KEYS:
                new[NameObject(k)] = remap(v)
        new[NameObject("/Parent")] = parent
        out.obj(num, new)
        while pending:
            ref = pending.pop()
            out.obj(mapping[(ref.idnum, ref.generation)], remap(ref.get_object()))
        kids.append(num)
    return kids


def combine_certificates(
    sources: Iterable[Source],
    out: str | Path,
    *,
    title: str = "Certificates",
    author: str | None = None,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Write the pages of ``sources`` (PDF bytes or paths), in the given order, to ``out``.

    Written to a temporary file and renamed, so ``out`` is never half-written. Returns the
    number of pages.
    """
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".batch-", suffix=".pdf", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            w = _Out(fh)
            w.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
            parent = IndirectObject(2, 0, None)  # type: ignore[arg-type]
            kids: list[int] = []
            for i, src in enumerate(sources):
                reader = PdfReader(io.BytesIO(src) if isinstance(src, bytes) else str(src))
                kids += _copy_pages(reader, w, parent)
                del reader
                if progress is not None:
                    progress(i + 1)
            w.obj(2, DictionaryObject({
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): ArrayObject(IndirectObject(k, 0, None) for k in kids),  # type: ignore[arg-type]
                NameObject("/Count"): NumberObject(len(kids)),
            }))  # fmt: skip
            w.obj(1, DictionaryObject({
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): parent,
            }))  # fmt: skip
            info_num = w.alloc()
            info = DictionaryObject({NameObject("/Title"): TextStringObject(title),
                                     NameObject("/Creator"): TextStringObject("Badgesmith")})  # fmt: skip
            if author:
                info[NameObject("/Author")] = TextStringObject(author)
            w.obj(info_num, info)
            xref = w.pos
            size = w.next_id
            lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
            lines += [b"%010d 00000 n \n" % w.offsets[n] for n in range(1, size)]
            w.write(b"".join(lines))
            w.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                    % (size, info_num, xref))  # fmt: skip
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(kids)
