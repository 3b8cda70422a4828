"""One print-ready PDF for a batch: every certificate's page, in order, no attachments.

Streaming: each source PDF is read, its pages' objects are renumbered and written straight
to the output, and the source is released before the next one, so memory stays flat for
1,000 certificates (an offset per written object and a hash per distinct object are kept).

Shared objects: an object identical to one already written (same bytes once its references
are renumbered: the logo, the signatures, a font subset with the same glyphs, its widths and
ToUnicode map) is written once and referenced by every page that uses it. Objects are
copied depth first, so identical children make identical parents.

Two readers: certificates written by ``render`` (classic cross-reference table, direct
stream lengths, no encryption) are read by the small parser below, which copies streams
as they are; anything else falls back to pypdf. Embedded files, associated files and
annotations are not copied: this is a print file; the credentials travel in the per-learner
PDFs.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO, cast

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

from badgesmith.core.fileio import atomic_file

Source = bytes | str | Path
_SKIP_PAGE_KEYS = {"/Parent", "/Annots", "/AF", "/B", "/Thumb", "/StructParents"}


class _Out:
    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.pos = 0
        self.offsets: dict[int, int] = {}
        self.next_id = 3  # 1: catalog, 2: page tree
        self.shared: dict[bytes, int] = {}  # content hash -> object number

    def raw(self, num: int, body: bytes) -> None:
        self.offsets[num] = self.pos
        self.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    def shared_obj(self, body: bytes) -> int:
        """Write ``body`` unless an identical object was written; its number either way."""
        key = hashlib.sha256(body).digest()
        num = self.shared.get(key)
        if num is None:
            num = self.shared[key] = self.alloc()
            self.raw(num, body)
        return num

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


# ---------------------------------------------------------------------------- fast reader


class _Unsupported(Exception):
    """Not a PDF the small reader handles: use pypdf."""


class _Name(str):
    pass


class _Ref(tuple):  # (num, gen)
    pass


_WS = b" \t\r\n\f\x00"
_DELIMS = b"()<>[]{}/%"
_TOKEN = re.compile(rb"[^ \t\r\n\f\x00()<>\[\]{}/%]+")
_REF_AHEAD = re.compile(rb"\s+(\d+)\s+R(?=[\s()<>\[\]{}/%]|$)")
_XREF_ROW = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


class _Parser:
    """PDF objects (no streams) as Python values: dict, list, _Name, _Ref, and raw bytes
    for numbers, booleans, null and strings (kept verbatim)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def skip(self) -> None:
        data, n = self.data, len(self.data)
        while self.pos < n:
            c = data[self.pos]
            if c in _WS:
                self.pos += 1
            elif c == 0x25:  # % comment
                end = data.find(b"\n", self.pos)
                self.pos = n if end < 0 else end + 1
            else:
                return

    def value(self) -> Any:
        self.skip()
        data = self.data
        if self.pos >= len(data):
            raise _Unsupported("unexpected end")
        c = data[self.pos]
        if data.startswith(b"<<", self.pos):
            self.pos += 2
            out: dict[str, Any] = {}
            while True:
                self.skip()
                if data.startswith(b">>", self.pos):
                    self.pos += 2
                    return out
                key = self.value()
                if not isinstance(key, _Name):
                    raise _Unsupported("dictionary key")
                out[key] = self.value()
        if c == 0x5B:  # [
            self.pos += 1
            items: list[Any] = []
            while True:
                self.skip()
                if data.startswith(b"]", self.pos):
                    self.pos += 1
                    return items
                items.append(self.value())
        if c == 0x2F:  # /
            m = _TOKEN.match(data, self.pos + 1)
            end = m.end() if m else self.pos + 1
            name = _Name(data[self.pos + 1 : end].decode("latin-1"))
            self.pos = end
            return name
        if c == 0x28:  # ( string )
            depth, i = 0, self.pos
            while True:
                ch = data[i]
                if ch == 0x5C:
                    i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            s = data[self.pos : i + 1]
            self.pos = i + 1
            return s
        if c == 0x3C:  # <hex>
            end = data.index(b">", self.pos)
            s = data[self.pos : end + 1]
            self.pos = end + 1
            return s
        m = _TOKEN.match(data, self.pos)
        if not m:
            raise _Unsupported(f"unexpected byte {c!r}")
        tok = m.group()
        self.pos = m.end()
        if tok.isdigit():
            r = _REF_AHEAD.match(data, self.pos)
            if r:
                self.pos = r.end()
                return _Ref((int(tok), int(r.group(1))))
        return tok


def _dump(v: Any, ref: Callable[[_Ref], int]) -> bytes:
    if isinstance(v, _Ref):
        return b"%d 0 R" % ref(v)
    if isinstance(v, _Name):
        return b"/" + v.encode("latin-1")
    if isinstance(v, dict):
        return b"<< " + b" ".join(b"/" + k.encode("latin-1") + b" " + _dump(x, ref)
                                  for k, x in v.items()) + b" >>"  # fmt: skip
    if isinstance(v, list):
        return b"[ " + b" ".join(_dump(x, ref) for x in v) + b" ]"
    return v  # type: ignore[no-any-return]


class _FastSource:
    """A PDF with a classic xref table and direct stream lengths, read without pypdf."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(b"%PDF-"):
            raise _Unsupported("not a PDF")
        self.data = data
        sx = data.rfind(b"startxref")
        if sx < 0:
            raise _Unsupported("no startxref")
        xref = int(data[sx + 9 :].split()[0])
        if not data.startswith(b"xref", xref):
            raise _Unsupported("xref stream")
        tpos = data.find(b"trailer", xref)
        if tpos < 0:
            raise _Unsupported("no trailer")
        self.offsets: dict[int, int] = {}
        lines = data[xref + 4 : tpos].split(b"\n")
        first = count = 0
        idx = 0
        for line in (ln.strip() for ln in lines):
            if not line:
                continue
            m = _XREF_ROW.match(line)
            if m:
                if m.group(3) == b"n":
                    self.offsets[first + idx] = int(m.group(1))
                idx += 1
                continue
            parts = line.split()
            if len(parts) != 2:
                raise _Unsupported("xref section")
            first, count, idx = int(parts[0]), int(parts[1]), 0
        del count
        p = _Parser(data)
        p.pos = tpos + 7
        trailer = p.value()
        if not isinstance(trailer, dict) or "Encrypt" in trailer or "Prev" in trailer:
            raise _Unsupported("encrypted or updated")
        self.trailer = trailer
        self.cache: dict[int, tuple[Any, bytes | None]] = {}

    def get(self, num: int) -> tuple[Any, bytes | None]:
        """(value, raw stream bytes or None) of object ``num``."""
        hit = self.cache.get(num)
        if hit is not None:
            return hit
        off = self.offsets.get(num)
        if off is None:
            return b"null", None
        p = _Parser(self.data)
        p.pos = off
        head = _TOKEN.match(self.data, off)
        if not head or int(head.group()) != num:
            raise _Unsupported("bad xref offset")
        end_hdr = self.data.find(b"obj", off)
        p.pos = end_hdr + 3
        value = p.value()
        p.skip()
        stream = None
        if self.data.startswith(b"stream", p.pos):
            if not isinstance(value, dict):
                raise _Unsupported("stream without dictionary")
            length = value.get("Length")
            if not isinstance(length, bytes) or not length.isdigit():
                raise _Unsupported("indirect stream length")
            start = p.pos + 6
            if self.data.startswith(b"\r\n", start):
                start += 2
            elif self.data.startswith(b"\n", start):
                start += 1
            else:
                raise _Unsupported("stream keyword")
            stream = self.data[start : start + int(length)]
            if len(stream) != int(length):
                raise _Unsupported("truncated stream")
        got = (value, stream)
        self.cache[num] = got
        return got

    def resolve(self, v: Any) -> Any:
        return self.get(v[0])[0] if isinstance(v, _Ref) else v

    def pages(self) -> list[dict[str, Any]]:
        """Page dictionaries in order, with inherited attributes made explicit."""
        root = self.resolve(self.trailer.get("Root"))
        if not isinstance(root, dict):
            raise _Unsupported("no catalog")
        out: list[dict[str, Any]] = []

        def walk(node_ref: Any, inherited: dict[str, Any], depth: int) -> None:
            if depth > 32:
                raise _Unsupported("page tree too deep")
            node = self.resolve(node_ref)
            if not isinstance(node, dict):
                raise _Unsupported("page tree node")
            here = dict(inherited)
            for k in ("Resources", "MediaBox", "CropBox", "Rotate"):
                if k in node:
                    here[k] = node[k]
            if node.get("Type") == "Pages" or "Kids" in node:
                for kid in self.resolve(node.get("Kids", [])):
                    walk(kid, here, depth + 1)
            else:
                out.append({**here, **node})

        walk(root.get("Pages"), {}, 0)
        return out


def _copy_fast(src: _FastSource, out: _Out, parent: int) -> list[int]:
    """Copy ``src``'s pages; on any failure nothing of ``src`` stays in ``out``."""
    mark_pos, mark_id = out.pos, out.next_id
    try:
        return _copy_fast_pages(src, out, parent)
    except BaseException:
        out.fh.seek(mark_pos)
        out.fh.truncate()
        out.pos, out.next_id = mark_pos, mark_id
        for num in [n for n in out.offsets if n >= mark_id]:
            del out.offsets[num]
        for key in [k for k, n in out.shared.items() if n >= mark_id]:
            del out.shared[key]
        raise


def _copy_fast_pages(src: _FastSource, out: _Out, parent: int) -> list[int]:
    memo: dict[int, int] = {}
    active: set[int] = set()
    cyclic: dict[int, int] = {}

    def ref(r: _Ref) -> int:
        num = r[0]
        if num in memo:
            return memo[num]
        if num in active:  # a cycle: number it now, write it (unshared) when done
            cyclic.setdefault(num, out.alloc())
            return cyclic[num]
        active.add(num)
        value, stream = src.get(num)
        body = _dump(value, ref)
        if stream is not None:
            body += b"\nstream\n" + stream + b"\nendstream"
        active.discard(num)
        if num in cyclic:
            new = cyclic.pop(num)
            out.raw(new, body)
        else:
            new = out.shared_obj(body)
        memo[num] = new
        return new

    kids = []
    for page in src.pages():
        new_page = {k: v for k, v in page.items() if k not in _SKIP_PAGE_KEYS_FAST}
        body = _dump(new_page, ref)
        num = out.alloc()
        out.raw(num, body[:-2] + b"/Parent %d 0 R >>" % parent)
        kids.append(num)
    return kids


_SKIP_PAGE_KEYS_FAST = {k[1:] for k in _SKIP_PAGE_KEYS}


def _read(src: Source) -> bytes:
    return src if isinstance(src, bytes) else Path(src).read_bytes()


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
    # ".batch-" names the file being written: the issuing pipeline sweeps such leftovers
    with atomic_file(out, prefix=".batch-", suffix=".pdf") as fh:
        w = _Out(cast(BinaryIO, fh))
        w.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        parent = IndirectObject(2, 0, None)  # type: ignore[arg-type]
        kids: list[int] = []
        for i, src in enumerate(sources):
            data = _read(src)
            try:
                kids += _copy_fast(_FastSource(data), w, 2)
            except (_Unsupported, ValueError, IndexError, KeyError):
                reader = PdfReader(io.BytesIO(data))
                kids += _copy_pages(reader, w, parent)
                del reader
            del data
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
    return len(kids)
