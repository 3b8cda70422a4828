"""The facts a verification report shows, read from the signed RDF dataset, not from the JSON.

The signature covers the dataset; the JSON is only one of many ways to write it. So the
credential's id, issuer, recipient, achievement, dates and status entry are read from the
dataset that was canonicalised and hashed, each required to be unique, and then compared with
what the JSON says at the usual places: a reader of the file, or any other program, must see
exactly what was signed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from .clrterms import CLR_CREDENTIAL, CLR_SUBJECT, NESTED_CREDENTIALS
from .errors import UnsafeJsonLd

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CRED = "https://www.w3.org/2018/credentials#"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
STATUS = "https://www.w3.org/ns/credentials/status#"
NAME = "https://schema.org/name"
DESCRIPTION = "https://schema.org/description"
ENDORSEMENT_CREDENTIAL = OB + "EndorsementCredential"
ENDORSEMENTS = OB + "endorsement"  # not an @graph container: an endorsement's nodes share the default graph


@dataclass(frozen=True)
class StatusEntry:
    id: str | None
    type: str | None
    purpose: str | None
    index: str | None
    list_credential: str | None


@dataclass(frozen=True)
class SignedFacts:
    credential_id: str | None
    issuer_id: str | None
    issuer_name: str | None
    recipient_name: str | None
    achievement_id: str | None
    achievement_name: str | None
    valid_from: str | None
    valid_until: str | None
    awarded_date: str | None
    status: StatusEntry | None
    description: str | None = None
    # a learner record (CLR): recipient_name is the learner's, achievement_name the record's own
    # name, nested_ids the credentials it holds; its issuer's node is shared with the nested
    # credentials of the same issuer, so it may carry every name that issuer had (issuer_names)
    record: bool = False
    nested_ids: frozenset[str] = frozenset()
    issuer_names: frozenset[str] = frozenset()
    # an endorsement (EndorsementCredential): what it endorses (its subject's id) and its comment;
    # a credential: the endorsements its achievement carries (each verified on its own)
    endorsement: bool = False
    subject_id: str | None = None
    comment: str | None = None
    endorsement_ids: frozenset[str] = frozenset()


class _Graph:
    def __init__(self, triples: list[dict[str, Any]]) -> None:
        self.out: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.out[t["subject"]["value"]][t["predicate"]["value"]].append(t["object"])

    def objects(self, subject: str | None, predicate: str) -> list[dict[str, Any]]:
        if subject is None:
            return []
        return self.out.get(subject, {}).get(predicate, [])

    def one(self, subject: str | None, predicate: str, what: str) -> dict[str, Any] | None:
        found = self.objects(subject, predicate)
        if len(found) > 1:
            raise UnsafeJsonLd(f"The credential states {len(found)} different {what}s; it must state one.")
        return found[0] if found else None

    def node(self, subject: str | None, predicate: str, what: str) -> str | None:
        obj = self.one(subject, predicate, what)
        if obj is None:
            return None
        if obj["type"] == "literal":
            raise UnsafeJsonLd(f"The credential's {what} is a plain value where an object belongs.")
        return str(obj["value"])

    def text(self, subject: str | None, predicate: str, what: str) -> str | None:
        obj = self.one(subject, predicate, what)
        if obj is None:
            return None
        if obj["type"] != "literal":
            raise UnsafeJsonLd(f"The credential's {what} is an object where a value belongs.")
        return str(obj["value"])


def _iri(node: str | None) -> str | None:
    return None if node is None or node.startswith("_:") else node


def _types(g: _Graph, node: str) -> set[str]:
    return {o["value"] for o in g.objects(node, RDF_TYPE)}


def facts_from_dataset(dataset: Mapping[str, list[dict[str, Any]]]) -> SignedFacts:
    """The facts of the one VerifiableCredential in the dataset's default graph, or of the one
    learner record (ClrCredential) whose nested credentials share that graph."""
    g = _Graph(dataset.get("@default", []))
    creds = [s for s, props in g.out.items()
             if any(o["value"] == CRED + "VerifiableCredential" for o in props.get(RDF_TYPE, []))]
    if any(CLR_CREDENTIAL in _types(g, c) for c in creds):
        return _record_facts(g, creds)
    if not creds:
        raise UnsafeJsonLd("The signed content holds no credential.")
    cred = _root(g, creds)
    issuer = g.node(cred, CRED + "issuer", "issuer")
    subject = g.node(cred, CRED + "credentialSubject", "recipient")
    achievement = g.node(subject, OB + "achievement", "achievement")
    endorsements = _endorsement_ids(g, achievement)
    if set(creds) - {cred} != endorsements:
        raise UnsafeJsonLd(f"The signed content holds {len(creds)} credentials; it must hold one (and the "
                           "endorsements its achievement carries).")
    endorsement = ENDORSEMENT_CREDENTIAL in _types(g, cred)
    status_node = g.node(cred, CRED + "credentialStatus", "status entry")
    status = None
    if status_node is not None:
        types = [o["value"] for o in g.objects(status_node, RDF_TYPE)]
        status = StatusEntry(
            id=_iri(status_node),
            type=types[0] if len(types) == 1 else None,
            purpose=g.text(status_node, STATUS + "statusPurpose", "status purpose"),
            index=g.text(status_node, STATUS + "statusListIndex", "status list index"),
            list_credential=g.node(status_node, STATUS + "statusListCredential", "status list"),
        )
    return SignedFacts(
        credential_id=_iri(cred),
        issuer_id=_iri(issuer),
        issuer_name=g.text(issuer, NAME, "issuer name"),
        recipient_name=g.text(subject, NAME, "recipient name"),
        achievement_id=_iri(achievement),
        achievement_name=g.text(achievement, NAME, "achievement name"),
        valid_from=g.text(cred, CRED + "validFrom", "validFrom date"),
        valid_until=g.text(cred, CRED + "validUntil", "validUntil date"),
        awarded_date=g.text(cred, OB + "awardedDate", "award date"),
        status=status,
        description=g.text(cred, DESCRIPTION, "description"),
        endorsement=endorsement,
        subject_id=_iri(subject),
        comment=g.text(subject, OB + "endorsementComment", "endorsement comment"),
        endorsement_ids=frozenset(endorsements),
    )


def _root(g: _Graph, creds: list[str]) -> str:
    """The one credential no statement of the signed content points at (the others are the
    endorsements inside it)."""
    if len(creds) == 1:
        return creds[0]
    pointed = {o["value"] for props in g.out.values() for objs in props.values() for o in objs
               if o["type"] != "literal"}
    roots = [c for c in creds if c not in pointed]
    if len(roots) != 1:
        raise UnsafeJsonLd(f"The signed content holds {len(creds)} credentials; it must hold one (and the "
                           "endorsements its achievement carries).")
    return roots[0]


def _endorsement_ids(g: _Graph, achievement: str | None) -> set[str]:
    """The endorsements an achievement carries: EndorsementCredentials, each with an id."""
    listed = g.objects(achievement, ENDORSEMENTS)
    if any(o["type"] == "literal" or o["value"].startswith("_:") for o in listed):
        raise UnsafeJsonLd("The achievement carries an endorsement without an id; each must have one.")
    ids = {str(o["value"]) for o in listed}
    if any(ENDORSEMENT_CREDENTIAL not in _types(g, i) for i in ids):
        raise UnsafeJsonLd("The achievement carries an endorsement that is not an EndorsementCredential.")
    return ids


def _record_facts(g: _Graph, creds: list[str]) -> SignedFacts:
    """The outer credential of a learner record: the one credential no statement points at. Every
    other credential in the signed content must be one the record's subject lists, so nothing
    signed hides outside what the report shows."""
    pointed = {o["value"] for props in g.out.values() for objs in props.values() for o in objs
               if o["type"] != "literal"}
    roots = [c for c in creds if c not in pointed]
    if len(roots) != 1 or CLR_CREDENTIAL not in _types(g, roots[0]):
        raise UnsafeJsonLd("The signed content does not hold exactly one learner record with its credentials "
                           "inside it.")
    record = roots[0]
    subject = g.node(record, CRED + "credentialSubject", "learner")
    if subject is None or CLR_SUBJECT not in _types(g, subject):
        raise UnsafeJsonLd("The learner record's subject is not a ClrSubject.")
    listed = g.objects(subject, NESTED_CREDENTIALS)
    if any(o["type"] == "literal" or o["value"].startswith("_:") for o in listed):
        raise UnsafeJsonLd("The learner record holds a credential without an id; each must have one.")
    nested = frozenset(str(o["value"]) for o in listed)
    # the endorsements the record's credentials carry share its signed content too
    endorsed = set().union(*(_endorsement_ids(g, g.node(g.node(c, CRED + "credentialSubject", "recipient"),
                                                        OB + "achievement", "achievement")) for c in nested))
    others = set(creds) - {record} - endorsed
    if others - nested:
        raise UnsafeJsonLd("The signed content holds a credential the learner record does not list among its "
                           "credentials.")
    if nested - others:
        raise UnsafeJsonLd("The learner record lists something as a credential that is not one.")
    issuer = g.node(record, CRED + "issuer", "issuer")
    names = g.objects(issuer, NAME)
    if any(o["type"] != "literal" for o in names):
        raise UnsafeJsonLd("The credential's issuer name is an object where a value belongs.")
    issuer_names = frozenset(str(o["value"]) for o in names)
    return SignedFacts(
        credential_id=_iri(record),
        issuer_id=_iri(issuer),
        issuer_name=next(iter(issuer_names)) if len(issuer_names) == 1 else None,
        recipient_name=g.text(subject, NAME, "learner name"),
        achievement_id=None,
        achievement_name=g.text(record, NAME, "record name"),
        valid_from=g.text(record, CRED + "validFrom", "validFrom date"),
        valid_until=g.text(record, CRED + "validUntil", "validUntil date"),
        awarded_date=None,
        status=None,
        description=g.text(record, DESCRIPTION, "description"),
        record=True,
        nested_ids=nested,
        issuer_names=issuer_names,
    )


# --- the same facts as the JSON shows them -------------------------------------------------------

def _get(node: Any, key: str) -> Any:
    return node.get(key) if isinstance(node, Mapping) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json_status(entry: Any, signed: StatusEntry | None) -> StatusEntry | None:
    if entry is None:
        return None
    index = _get(entry, "statusListIndex")
    return StatusEntry(
        id=_str(_get(entry, "id")),
        type=signed.type if signed else None,  # a term in JSON, an IRI when signed: not compared
        purpose=_str(_get(entry, "statusPurpose")),
        index=str(index) if isinstance(index, str | int) and not isinstance(index, bool) else None,
        list_credential=_str(_get(entry, "statusListCredential")),
    )


def json_disagreements(doc: Mapping[str, Any], signed: SignedFacts) -> list[str]:
    """Where the JSON shows something other than the signed facts (empty: they agree)."""
    if signed.record or _is_record_json(doc):
        return _record_disagreements(doc, signed)
    issuer = doc.get("issuer")
    subject = doc.get("credentialSubject")
    achievement = _get(subject, "achievement")
    shown = SignedFacts(
        credential_id=_str(doc.get("id")),
        issuer_id=_str(issuer) if isinstance(issuer, str) else _str(_get(issuer, "id")),
        issuer_name=_str(_get(issuer, "name")),
        recipient_name=_str(_get(subject, "name")),
        achievement_id=_str(achievement) if isinstance(achievement, str) else _str(_get(achievement, "id")),
        achievement_name=_str(_get(achievement, "name")),
        valid_from=_str(doc.get("validFrom")),
        valid_until=_str(doc.get("validUntil")),
        awarded_date=_str(doc.get("awardedDate")),
        status=_json_status(doc.get("credentialStatus"), signed.status),
        description=_str(doc.get("description")),
        endorsement="EndorsementCredential" in _json_types(doc),
        subject_id=_str(_get(subject, "id")),
        comment=_str(_get(subject, "endorsementComment")),
        endorsement_ids=_json_endorsement_ids(achievement),
    )
    labels = {"credential_id": "credential id", "issuer_id": "issuer", "issuer_name": "issuer name",
              "recipient_name": "recipient name", "achievement_id": "achievement", "achievement_name":
              "achievement name", "valid_from": "validFrom date", "valid_until": "validUntil date",
              "awarded_date": "award date", "status": "status entry", "description": "description",
              "record": "kind of credential", "nested_ids": "list of credentials", "issuer_names": "issuer name",
              "endorsement": "kind of credential (endorsement or not)", "subject_id": "subject",
              "comment": "endorsement comment", "endorsement_ids": "list of endorsements"}
    out = [labels[f.name] for f in fields(SignedFacts) if getattr(shown, f.name) != getattr(signed, f.name)]
    # one subject, one achievement: a list in either place is a second one the report cannot show
    if not isinstance(subject, Mapping):
        out.append("recipient (not exactly one)")
    if isinstance(achievement, list):
        out.append("achievement (not exactly one)")
    return out


def _json_types(doc: Mapping[str, Any]) -> list[Any]:
    types = doc.get("type")
    return types if isinstance(types, list) else [types]


def _json_endorsement_ids(achievement: Any) -> frozenset[str]:
    items = _get(achievement, "endorsement")
    return frozenset(i for i in (_str(_get(e, "id")) for e in items) if i) if isinstance(items, list) else frozenset()


def _is_record_json(doc: Mapping[str, Any]) -> bool:
    return "ClrCredential" in _json_types(doc)


def _record_disagreements(doc: Mapping[str, Any], signed: SignedFacts) -> list[str]:
    """A learner record's JSON against its signed facts: the record's own facts, and the list of
    credentials it holds (each one's own facts are checked when it is verified on its own)."""
    if not (signed.record and _is_record_json(doc)):
        return ["kind of credential (learner record or not)"]
    issuer = doc.get("issuer")
    subject = doc.get("credentialSubject")
    issuer_name = _str(_get(issuer, "name"))
    shown = {
        "credential id": (_str(doc.get("id")), signed.credential_id),
        "issuer": (_str(issuer) if isinstance(issuer, str) else _str(_get(issuer, "id")), signed.issuer_id),
        "learner name": (_str(_get(subject, "name")), signed.recipient_name),
        "record name": (_str(doc.get("name")), signed.achievement_name),
        "validFrom date": (_str(doc.get("validFrom")), signed.valid_from),
        "validUntil date": (_str(doc.get("validUntil")), signed.valid_until),
        "description": (_str(doc.get("description")), signed.description),
    }
    out = [label for label, (json_value, signed_value) in shown.items() if json_value != signed_value]
    if issuer_name is not None and issuer_name not in signed.issuer_names:
        out.append("issuer name")
    if not isinstance(subject, Mapping):
        out.append("learner (not exactly one)")
    held = _get(subject, "verifiableCredential")
    ids = [_str(_get(c, "id")) for c in held] if isinstance(held, list) else []
    if not isinstance(held, list) or len(ids) != len(set(ids)) or set(ids) != signed.nested_ids:
        out.append("list of credentials")
    return out
