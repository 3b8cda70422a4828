"""The signed credential inside the certificate PDF, and the PDF's metadata.

The credential travels as the embedded file ``credential.json`` (MIME ``application/json``),
listed in the catalog's ``/Names /EmbeddedFiles`` tree (what viewers show as attachments)
and in the catalog's ``/AF`` array with ``/AFRelationship /Data`` (PDF 2.0 / PDF/A-3
associated file: the data this page was rendered from).

Two ways in, same result:
  * ``attach_to_canvas``: while reportlab writes the page (the fast path that
    ``render_certificate(..., credential=...)`` uses: no second parse of the PDF);
  * ``embed_credential``: into any existing PDF bytes, with pypdf.
"""

from __future__ import annotations

import io
import itertools
import json
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from badgesmith.core.credentials.errors import CredentialError
from badgesmith.core.credentials.jsontext import read_json
from badgesmith.core.paper.errors import CertificateError

ATTACHMENT_NAME = "credential.json"
DESCRIPTION = "Signed Open Badges 3.0 credential (verify it with any OB 3.0 verifier)"


class CredentialAttachmentError(CertificateError, ValueError):
    """The PDF cannot be read, or its ``credential.json`` is not JSON."""


def credential_bytes(credential: Mapping[str, Any]) -> bytes:
    # Keep the signed document byte-for-byte as JSON; key order is irrelevant to the proof
    # (it signs the RDF canonical form), readable indentation helps people who open it.
    return json.dumps(credential, ensure_ascii=False, indent=2).encode("utf-8")


# reportlab's PDFName() returns the written name as a str and escapes "#" but not "/";
# the MIME type application/json as a PDF name is written by hand.
_JSON_MIME = "/application#2Fjson"


def _pdf_date(now: datetime) -> str:
    return now.strftime("D:%Y%m%d%H%M%SZ")


def attach_to_canvas(
    c: Canvas, credential: Mapping[str, Any], name: str = ATTACHMENT_NAME, description: str = DESCRIPTION
) -> None:
    """Attach ``credential`` to the PDF that ``c`` is writing (call before ``c.save()``);
    ``description`` is what viewers show beside the attachment."""
    doc = c._doc  # reportlab has no public embedded-file API; its object model is stable
    data = credential_bytes(credential)
    params = PDFDictionary({"Size": len(data), "ModDate": PDFString(_pdf_date(datetime.now(UTC)))})
    stream = PDFStream(
        PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": _JSON_MIME, "Params": params}),
        content=data,
        filters=[PDFZCompress],
    )
    ref = doc.Reference(stream)
    spec = PDFDictionary({
        "Type": PDFName("Filespec"),
        "F": PDFString(name),
        "UF": PDFString(name),
        "Desc": PDFString(description),
        "AFRelationship": PDFName("Data"),
        "EF": PDFDictionary({"F": ref, "UF": ref}),
    })  # fmt: skip
    spec_ref = doc.Reference(spec)
    cat = doc.Catalog
    cat.Names = PDFDictionary(
        {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name), spec_ref])})}
    )
    # /AF is not among the catalog keys reportlab knows; extend this instance's list.
    if "AF" not in cat.__NoDefault__:
        cat.__NoDefault__ = [*cat.__NoDefault__, "AF"]
    cat.AF = PDFArray([spec_ref])
    # The user opens the attachments panel to find the credential.
    cat.PageMode = PDFName("UseAttachments")


def embed_credential(
    pdf: bytes,
    credential: Mapping[str, Any],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    name: str = ATTACHMENT_NAME,
) -> bytes:
    """``pdf`` with ``credential`` attached (replacing an earlier one) and metadata set."""
    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    except (PdfReadError, ValueError, OSError) as e:
        raise CredentialAttachmentError(f"Not a readable PDF: {e}") from e
    root = writer.root_object
    names = root.get("/Names")
    names = names.get_object() if names is not None else None
    if isinstance(names, DictionaryObject) and "/EmbeddedFiles" in names:
        del names["/EmbeddedFiles"]  # replace, never add a second credential
    att = writer.add_attachment(name, credential_bytes(credential))
    att.subtype = NameObject(_JSON_MIME)
    att.description = TextStringObject(DESCRIPTION)
    att.associated_file_relationship = NameObject("/Data")
    spec = att.pdf_object
    root[NameObject("/AF")] = ArrayObject([spec.indirect_reference or writer._add_object(spec)])
    meta: dict[str, str] = {"/Creator": "Badgesmith", "/Producer": "Badgesmith (reportlab, pypdf)"}
    if title is not None:
        meta["/Title"] = title
    if author is not None:
        meta["/Author"] = author
    if subject is not None:
        meta["/Subject"] = subject
    writer.add_metadata(meta)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _reader(pdf: bytes) -> PdfReader:
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise CredentialAttachmentError("This file is not a PDF.")
    try:
        return PdfReader(io.BytesIO(pdf))
    except (PdfReadError, ValueError, OSError) as e:
        raise CredentialAttachmentError(f"The PDF is damaged or incomplete and cannot be read ({e}).") from e


MAX_ATTACHMENTS = 16  # names read from a PDF's attachment list; a certificate has one
MAX_ATTACHMENT_BYTES = 8_000_000  # a credential, as its text (jsontext.MAX_TEXT_CHARS)


def extract_credential(pdf: bytes, name: str = ATTACHMENT_NAME) -> dict[str, Any] | None:
    """The credential attached to ``pdf``; ``None`` when it carries none.

    Falls back to the only ``.json`` attachment when none is called ``credential.json``. Only
    that one file is decompressed, and only as far as a credential can be long (a few hundred
    bytes can expand to gigabytes). Raises ``CredentialAttachmentError`` for an unreadable PDF,
    two candidates, or an attachment that is not a JSON object.
    """
    reader = _reader(pdf)
    try:
        files = list(itertools.islice(reader.attachment_list, MAX_ATTACHMENTS + 1))
    except (PdfReadError, KeyError, ValueError, TypeError, AttributeError) as e:
        raise CredentialAttachmentError(f"The PDF's attachments cannot be read: {e}") from e
    if len(files) > MAX_ATTACHMENTS:
        raise CredentialAttachmentError(f"The PDF carries more than {MAX_ATTACHMENTS} attached files; a "
                                        "certificate carries one.")
    found = [f for f in files if f.name == name]
    if not found:
        found = [f for f in files if str(f.name).lower().endswith(".json")]
        if len(found) != 1:
            return None
    if len(found) > 1:
        raise CredentialAttachmentError(f"The PDF carries {len(found)} files named {name}; it cannot be told "
                                        "which one is the certificate's credential.")
    data = _bounded_content(found[0]._embedded_file, name)
    try:
        value = read_json(data.decode("utf-8"), f"attached {name}")
    except UnicodeDecodeError as e:
        raise CredentialAttachmentError(f"The attached {name} is not text (UTF-8).") from e
    except CredentialError as e:
        raise CredentialAttachmentError(e.message) from e
    if not isinstance(value, dict):
        raise CredentialAttachmentError(f"The attached {name} is not a JSON object.")
    return value


def _bounded_content(stream: Any, name: str) -> bytes:
    """The attachment's bytes, uncompressed by hand so that its size is capped: stored as it is or
    with one Flate filter (as Badgesmith and every common tool write it), nothing else."""
    try:
        stream = stream.get_object()
        raw = stream._data
        filters = stream.get("/Filter")
        filters = filters.get_object() if filters is not None else None
        if isinstance(filters, list) and len(filters) == 1:
            filters = filters[0]
        params = stream.get("/DecodeParms")
    except (AttributeError, KeyError, ValueError, TypeError, PdfReadError) as e:
        raise CredentialAttachmentError(f"The attached {name} cannot be read: {e}") from e
    if filters is None and params is None:
        data = bytes(raw)
    elif filters == "/FlateDecode" and params is None:
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(bytes(raw), MAX_ATTACHMENT_BYTES + 1)
        except zlib.error as e:
            raise CredentialAttachmentError(f"The attached {name} is damaged ({e}).") from e
    else:
        raise CredentialAttachmentError(f"The attached {name} is compressed in a way no certificate is "
                                        "(several filters or parameters).")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise CredentialAttachmentError(f"The attached {name} is larger than a credential can be "
                                        f"({MAX_ATTACHMENT_BYTES // 1_000_000} MB).")
    return data


def read_metadata(pdf: bytes) -> dict[str, str]:
    """Title, author, subject, creator... as plain strings (keys without the slash)."""
    meta = _reader(pdf).metadata or DictionaryObject()
    return {str(k).lstrip("/"): str(v) for k, v in meta.items()}
