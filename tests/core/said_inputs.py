"""The files tests/core/test_verification_said.py verifies with two versions of the code: genuine
and forged credentials, certificates, learner records and QR text, whose names carry what a
format string would read as its own (braces, Qt's %1 and %n, right-to-left marks).

Run as a script (``python said_inputs.py FOLDER``) with an earlier commit's ``src`` and ``tests``
first on the path: it builds the workspaces and files in FOLDER with that code and writes the
list of what to verify to FOLDER/items.json. Only APIs both versions share are used.
"""

from __future__ import annotations

import copy
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

# what a template would read as its own; \u200f and \u202e are right-to-left marks
NAME = "Zoë {0} {name} {__class__} %1 %n }{ \u200fعلي\u200f"
SIGNED_NAME = "Zoë {0} {name} {__class__} %1 %n }{ \u202eevil\u202c"  # signed as given (a forger's own tool)
ACHIEVEMENT = "Pivot {Tables} {0} %1 %n {count}"
REASON = "Left {0} early %1 {reason} }{"
PARTNER = "Partner {0} Academy %1"
DEMO = "demo"
PAGE = "https://northbridge.example.org/verify/"


def build(base: Path) -> list[str]:
    from badgesmith.core.paper.qrread import decode_qr_from_pdf
    from badgesmith.core.services import (
        cohorts,
        issuer,
        issuing,
        learner_record,
        learners,
        register,
        transcripts,
    )
    from badgesmith.core.services.demo import create_demo
    from badgesmith.core.store.models import Credential
    from badgesmith.core.store.workspace import Workspace
    from tests.core import forgers
    from tests.core.pathway_data import achievement
    from tests.core.record_data import signed_award

    files = base / "files"
    files.mkdir(parents=True)
    ws = create_demo(base / "ws", pathway=False)
    items: list[str] = []

    def keep(name: str, data: bytes | str) -> None:
        path = files / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        items.append(str(path))

    def signed_json(cid: str) -> str:
        with ws.read_session() as s:
            row = s.get(Credential, cid)
            assert row is not None
            return row.signed_json

    # a cohort issued as trainers do: certificates (PDF with QR code) and JSON, signed by did:web,
    # with a status list and a verification page
    issuer.set_publishing(ws, PAGE, PAGE + "status/1.json", "did:web:northbridge.example.org", False)
    cohort = cohorts.find_cohort(ws, "Digital Marketing — Spring Workshop")
    issued = issuing.issue_batch(ws, cohort, DEMO, base / "out", workers=1).issued
    first = issued[0]
    keep("good.pdf", first.pdf.read_bytes())
    keep("good.json", first.json.read_bytes())
    keep("swapped.pdf", forgers.swap_letters(first.pdf.read_bytes(), first.name, first.name[0], first.name[1]))
    qr = [t for t in decode_qr_from_pdf(first.pdf.read_bytes()) if t]
    items.append(qr[0])  # pasted QR text
    items.append(qr[0][:-6] + "AAAAAA")  # its signature broken
    items.append(qr[0].split("#", 1)[1])  # the code without its address
    items.append("https://evil.example/{0}%1/verify.html#" + qr[0].split("#", 1)[1])  # another address
    issuer.set_publishing(ws, PAGE, None, None, False)  # from here on: did:key, no status list

    # names that look like placeholders, signed as they are
    aid = achievement(ws, ACHIEVEMENT)
    zoe = learners.add_learner(ws, NAME, "zoe@example.org")
    lid, stored = zoe.id, zoe.name
    own = signed_award(ws, lid, aid, date(2025, 3, 1), passphrase=DEMO)
    # the learner's record and transcript (before any credential names them otherwise)
    record = learner_record.clr_credential(ws, lid, DEMO)
    keep("record.json", json.dumps(record, ensure_ascii=False))
    bad = copy.deepcopy(record)
    held = bad["credentialSubject"]["verifiableCredential"]
    held[0]["credentialSubject"]["achievement"]["name"] = "Pivot {Tables} forged"
    keep("record_altered.json", json.dumps(bad, ensure_ascii=False))
    keep("transcript.pdf", transcripts.transcript_pdf(ws, lid, DEMO))

    forged_name = signed_award(ws, lid, aid, date(2025, 3, 2), name=SIGNED_NAME, passphrase=DEMO)
    expired = signed_award(ws, lid, aid, date(2024, 3, 1), valid_until=datetime(2024, 6, 1, tzinfo=UTC),
                           passphrase=DEMO)
    revoked = signed_award(ws, lid, aid, date(2025, 3, 3), passphrase=DEMO)
    register.revoke(ws, revoked, REASON, DEMO)
    replaced = signed_award(ws, lid, aid, date(2025, 3, 4), passphrase=DEMO)
    with ws.session() as s:
        row = s.get(Credential, replaced)
        assert row is not None
        row.superseded_by = own
    for name, cid in (("own", own), ("signed_name", forged_name), ("expired", expired), ("revoked", revoked),
                      ("replaced", replaced)):
        keep(f"{name}.json", signed_json(cid))
    doc = json.loads(signed_json(own))
    altered = copy.deepcopy(doc)
    altered["credentialSubject"]["name"] = stored + " {1}"
    keep("altered.json", json.dumps(altered, ensure_ascii=False))
    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    keep("unsigned.json", json.dumps(unsigned, ensure_ascii=False))
    keep("not_json.json", "{ this is not {0} JSON %1")
    keep("utf16.json", signed_json(own).encode("utf-16"))

    # another issuer: unknown, then trusted under its card's name, then stating another name
    partner = Workspace.open(base / "partner")
    issuer.init_issuer(partner, PARTNER, "partner phrase", url="https://partner.example.org",
                       email="certs@partner.example.org")
    pa = achievement(partner, ACHIEVEMENT)
    pl = learners.add_learner(partner, NAME, "zoe@example.org").id
    theirs = signed_award(partner, pl, pa, date(2025, 3, 1), passphrase="partner phrase")
    with partner.read_session() as s:
        row = s.get(Credential, theirs)
        assert row is not None
        keep("partner.json", row.signed_json)
    card = issuer.export_issuer_card(partner, "partner phrase", base / "partner.card")
    issuer.update_issuer(partner, PARTNER + " {renamed}", url="https://partner.example.org",
                         email="certs@partner.example.org")
    renamed = signed_award(partner, pl, pa, date(2025, 3, 2), passphrase="partner phrase")
    with partner.read_session() as s:
        row = s.get(Credential, renamed)
        assert row is not None
        keep("partner_renamed.json", row.signed_json)
    partner.close()
    stranger = Workspace.open(base / "stranger")  # never trusted
    issuer.init_issuer(stranger, "Stranger {0} %1", "stranger phrase")
    sl = learners.add_learner(stranger, NAME, "zoe@example.org").id
    cid = signed_award(stranger, sl, achievement(stranger, ACHIEVEMENT), date(2025, 3, 1), passphrase="stranger phrase")
    with stranger.read_session() as s:
        row = s.get(Credential, cid)
        assert row is not None
        keep("stranger.json", row.signed_json)
    stranger.close()
    ws.close()
    (base / "card").write_text(str(card))
    (base / "items.json").write_text(json.dumps(items, ensure_ascii=False))
    return items


def trust_partner(base: Path) -> None:
    """Import the partner's card (run once, with either version: it is the workspace's data)."""
    from badgesmith.core.services import issuer
    from badgesmith.core.store.workspace import Workspace

    ws = Workspace.open(base / "ws")
    try:
        issuer.import_trusted_issuer(ws, Path((base / "card").read_text()))
    finally:
        ws.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
    trust_partner(Path(sys.argv[1]))
