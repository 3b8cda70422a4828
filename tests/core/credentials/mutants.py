"""Structural mutations of a signed credential, as a forger would make them.

Each keeps the genuine signed content somewhere in the document (so that a careless verifier
still finds a valid signature) while the places a reader looks at show something else: a
subtree moved under its full-IRI key, nodes wrapped in @included/@graph/@nest/@reverse, ids
with whitespace or relative ids (dropped from the signed dataset), duplicated keys. Used by the
red-team unit tests and by the property test against the reference JavaScript verifier.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

CRED = "https://www.w3.org/2018/credentials#"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
KEY_IRIS = {
    "credentialSubject": CRED + "credentialSubject",
    "issuer": CRED + "issuer",
    "validFrom": CRED + "validFrom",
    "validUntil": CRED + "validUntil",
    "credentialStatus": CRED + "credentialStatus",
    "evidence": CRED + "evidence",
    "name": "https://schema.org/name",
    "description": "https://schema.org/description",
    "achievement": OB + "achievement",
    "awardedDate": OB + "awardedDate",
    "result": OB + "result",
    "identifier": OB + "identifier",
}
# ids that some processor drops (not an absolute IRI to pyld, to jsonld.js, or to both)
BAD_IDS = [
    "urn:x forged", " urn:uuid:3f1d2c4b-5a69-4788-9abc-def012345678", "relative/path", "#fragment",
    "urn:uuid:3f1d2c4b-5a69-4788-9abc-def012345678\u00a0", "urn:x\ufeffy", "urn:x\u2028y", "urn:x\u3000y",
    "urn:x\u1680y", "urn:x\x1cy", "urn:x\x85y", "forged", "urn:uuid:3f1d2c4b-5a69-4788-9abc-def012345678 ",
]
FORGED_NAME = "Mallory Forger"
FORGED_ACHIEVEMENT = "Brain Surgery (Advanced)"

Json = dict[str, Any]


def dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False)


def body_of(doc: Json) -> Json:
    return {k: v for k, v in doc.items() if k not in ("@context", "proof")}


def node_paths(doc: Json) -> list[tuple[str | int, ...]]:
    """Paths of every object below the top (not @context, not the proof)."""
    out: list[tuple[str | int, ...]] = []

    def walk(node: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(node, dict):
            if path:
                out.append(path)
            for k, v in node.items():
                if k not in ("@context", "proof"):
                    walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*path, i))

    walk(doc, ())
    return out


def at(doc: Any, path: tuple[str | int, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def poison_ids(node: Any, bad: str) -> Any:
    """A copy of ``node`` in which every object carries a dropped id (so none of it is signed)."""
    node = copy.deepcopy(node)
    n = 0

    def walk(x: Any) -> None:
        nonlocal n
        if isinstance(x, dict):
            x["id"] = f"{bad}{n}" if n else bad
            n += 1
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(node)
    return node


def forged_subject(doc: Json, bad: str) -> Json:
    subject = copy.deepcopy(doc["credentialSubject"])
    subject["name"] = FORGED_NAME
    subject["achievement"]["name"] = FORGED_ACHIEVEMENT
    return poison_ids(subject, bad)


# --- the mutations: each takes the signed document and returns JSON text ------------------------


def full_iri_subject_with_forged(doc: Json, bad: str = "urn:x forged") -> str:
    """The review's example: the genuine subject under its full IRI, a forged one in its place."""
    d = copy.deepcopy(doc)
    d[KEY_IRIS["credentialSubject"]] = d.pop("credentialSubject")
    d["credentialSubject"] = forged_subject(doc, bad)
    return dumps(d)


def move_under_full_iri(doc: Json, path: tuple[str | int, ...], key: str) -> str:
    d = copy.deepcopy(doc)
    node = at(d, path) if path else d
    if key in node and key in KEY_IRIS:
        node[KEY_IRIS[key]] = node.pop(key)
    return dumps(d)


def included_wrapper(doc: Json, bad: str = "urn:x forged") -> str:
    """The genuine body in @included under a forged top node whose id is dropped."""
    forged = {"@context": doc["@context"], "id": bad, "type": doc["type"],
              "name": doc.get("name"), "issuer": doc["issuer"], "validFrom": "2020-01-01T00:00:00Z",
              "credentialSubject": forged_subject(doc, bad + "s"), "@included": [body_of(doc)],
              "proof": doc["proof"]}
    return dumps(forged)


def graph_wrapper(doc: Json, with_forged_top: bool) -> str:
    d: Json = {"@context": doc["@context"], "@graph": [body_of(doc)], "proof": doc["proof"]}
    if with_forged_top:
        d["id"] = "urn:x forged"
        d["credentialSubject"] = forged_subject(doc, "urn:x forged-s")
    return dumps(d)


def wrap_value(doc: Json, path: tuple[str | int, ...], keyword: str) -> str:
    """Replace the object at ``path`` by {keyword: object} (@included, @graph, @nest, @set)."""
    d = copy.deepcopy(doc)
    parent, last = at(d, path[:-1]), path[-1]
    parent[last] = {keyword: parent[last]}
    return dumps(d)


def nest_property(doc: Json, path: tuple[str | int, ...], key: str) -> str:
    """Move one property of the object at ``path`` into an @nest block (same dataset)."""
    d = copy.deepcopy(doc)
    node = at(d, path)
    if key in node:
        node["@nest"] = {key: node.pop(key)}
    return dumps(d)


def reverse_block(doc: Json) -> str:
    d = copy.deepcopy(doc)
    d["@reverse"] = {KEY_IRIS["credentialSubject"]: forged_subject(doc, "urn:x forged")}
    return dumps(d)


def set_id(doc: Json, path: tuple[str | int, ...], new_id: str) -> str:
    d = copy.deepcopy(doc)
    node = at(d, path) if path else d
    node["id"] = new_id
    return dumps(d)


def top_id_whitespace(doc: Json, suffix: str = " ") -> str:
    return set_id(doc, (), doc["id"] + suffix)


def duplicate_key(doc: Json, path: tuple[str | int, ...], key: str, forged_value: Any, forged_first: bool) -> str:
    """JSON text in which the object at ``path`` has ``key`` twice: a forged and the genuine value."""
    marker = "__badgesmith_duplicate__"
    d = copy.deepcopy(doc)
    node = at(d, path) if path else d
    genuine = node[key]
    items = list(node.items())
    node.clear()
    for k, v in items:
        node[k] = v
        if k == key:
            node[marker] = None
    text = dumps(d)
    first, second = (forged_value, genuine) if forged_first else (genuine, forged_value)
    pair = f"{json.dumps(key)}: {dumps(first)}, {json.dumps(key)}: {dumps(second)}"
    original = f"{json.dumps(key)}: {dumps(genuine)}, {json.dumps(marker)}: null"
    assert original in text
    return text.replace(original, pair, 1)


def named_mutations(doc: Json) -> dict[str, Callable[[], str]]:
    """The classic forms, by name (each a class of the review's findings)."""
    return {
        "full IRI subject + forged subject": lambda: full_iri_subject_with_forged(doc),
        "@included under forged top": lambda: included_wrapper(doc),
        "@graph with forged top": lambda: graph_wrapper(doc, True),
        "@graph wrapper": lambda: graph_wrapper(doc, False),
        "@reverse": lambda: reverse_block(doc),
        "@nest name": lambda: nest_property(doc, ("credentialSubject",), "name"),
        "top id trailing space": lambda: top_id_whitespace(doc, " "),
        "top id NBSP": lambda: top_id_whitespace(doc, "\u00a0"),
        "top id BOM": lambda: top_id_whitespace(doc, "\ufeff"),
        "duplicate name, forged first": lambda: duplicate_key(doc, ("credentialSubject",), "name", FORGED_NAME, True),
        "duplicate name, forged last": lambda: duplicate_key(doc, ("credentialSubject",), "name", FORGED_NAME, False),
        "achievement under full IRI": lambda: move_under_full_iri(doc, ("credentialSubject",), "achievement"),
    }
