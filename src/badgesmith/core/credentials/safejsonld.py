"""JSON-LD processing that never drops anything silently: jsonld.js "safe mode", and stricter.

A Data Integrity signature covers the RDF dataset of a document, not its JSON. pyld, like every
JSON-LD processor, quietly leaves out of the dataset what it cannot map: undefined terms,
relative or malformed ids (an id with a space in it), free-floating values. Whatever is left
out is not signed, yet a reader of the JSON sees it. The reference verifier (jsonld.js in "safe
mode") refuses such documents; so does Badgesmith, in three layers:

1. :func:`check_profile` reads the JSON as written and refuses what Badgesmith never issues and
   what could hide content from a reader: JSON-LD keywords other than the top-level
   ``@context`` (and a learner record's nested credentials' own, and an achievement's
   endorsements' own, each checked as a document)
   (``@included``, ``@graph``, ``@reverse``, ``@nest``, ``@id``, ...), properties
   written as full or compact IRIs, ``null`` values, and inline contexts beyond plain term
   definitions.
2. :class:`SafeJsonLdProcessor` raises where pyld would drop a term, a value or a node, during
   expansion and during the conversion to RDF. IRIs must be absolute with no character that
   either pyld or jsonld.js treats as whitespace (the two disagree on some), nor any character
   N-Quads would have to escape.
3. :func:`canonicalize_dataset` runs RDFC-1.0 with the reference implementation's work limit,
   so a "poison graph" of blank nodes is refused instead of running for hours.

What the verifier then shows is read from the dataset itself (see ``signedfacts``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pyld import jsonld
from pyld.canon import URDNA2015

from .clrterms import is_record_context
from .errors import CredentialError, UndefinedTermError, UnsafeJsonLd
from .jsontext import check_tree
from .loader import FastJsonLdProcessor, OfflineLoader, default_loader

Dataset = dict[str, list[dict[str, Any]]]

# Characters no IRI of a credential may hold: what N-Quads escapes, every character that Python
# or JavaScript regular expressions call whitespace (pyld and jsonld.js each drop IRIs with
# "their" whitespace), and C1 controls.
_IRI_BAD = re.compile(
    "[\x00-\x20<>\"{}|\\\\^`\x7f-\x9f\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_BLANK = re.compile(r"_:[A-Za-z0-9_][A-Za-z0-9_.\-]*")
_TERM = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_SAFE_VALUE_KEYS = frozenset({"@value", "@type", "@language"})


def is_safe_iri(value: Any) -> bool:
    """An absolute IRI that every JSON-LD processor keeps, byte for byte."""
    return (
        isinstance(value, str)
        and _SCHEME.match(value) is not None
        and _IRI_BAD.search(value) is None
        and not any(c.isspace() for c in value)
    )


def _is_node_id(value: Any) -> bool:
    return is_safe_iri(value) or (isinstance(value, str) and _BLANK.fullmatch(value) is not None)


def _join(path: list[str] | tuple[str, ...]) -> str:
    text = ""
    for part in path:
        text += part if part.startswith("[") or not text else "." + part
    return text or "the credential"


# --- 1. the JSON as written ---------------------------------------------------------------------


def check_profile(doc: Mapping[str, Any], what: str = "credential", *, may_nest: bool = True,
                  may_endorse: bool = True) -> None:
    """Refuse JSON shapes that Badgesmith never issues and that can hide content (see module).

    The exceptions to "@context only at the top": a learner record (a CLR, whose top-level
    @context is exactly the CLR list) holds whole credentials, each with its own @context, at
    ``credentialSubject.verifiableCredential[i]`` (``may_nest``); and a credential's achievement
    carries endorsements, whole EndorsementCredentials, at
    ``credentialSubject.achievement.endorsement[i]`` (``may_endorse``). Each is checked there as a
    document of its own, under the same rules: a record's credential may carry endorsements, an
    endorsement nests nothing.
    """
    if not isinstance(doc, Mapping):
        raise UnsafeJsonLd(f"The {what} is not a JSON object.")
    if not isinstance(doc.get("@context"), list):
        raise UnsafeJsonLd(f"The {what} has no @context list, so its words have no defined meaning.")
    _check_contexts(doc["@context"], what)
    if isinstance(doc.get("id"), str) and doc["id"].startswith("_:"):
        raise UnsafeJsonLd(f"The {what} has an anonymous id; Badgesmith only accepts ids that are URIs.")
    nested = _nested_credentials(doc) if may_nest else {}
    for path, credential in nested.items():
        check_profile(credential, f"credential {path[-1]} in the {what}", may_nest=False)
    endorsements = _endorsements(doc) if may_endorse and not nested else {}
    for path, endorsement in endorsements.items():
        check_profile(endorsement, f"endorsement {path[-1]} in the {what}", may_nest=False, may_endorse=False)
    nested.update(endorsements)
    stack: list[tuple[Any, tuple[str, ...]]] = [(v, (k,)) for k, v in doc.items() if k != "@context"]
    for key in doc:
        _check_key(key, (), what)
    while stack:
        node, path = stack.pop()
        if path in nested:
            continue  # checked above as a document of its own
        if node is None:
            raise UnsafeJsonLd(
                f"{_join(path)} is empty (null) in the {what}; a credential leaves out what it does "
                "not state, and null values are dropped from what is signed."
            )
        if isinstance(node, Mapping):
            for key, value in node.items():
                _check_key(key, path, what)
                stack.append((value, (*path, key)))
            if isinstance(node.get("id"), str) and node["id"].startswith("_:"):
                raise UnsafeJsonLd(
                    f"{_join(path)} has the anonymous id {node['id'][:40]!r}; Badgesmith only accepts "
                    "ids that are addresses (URIs)."
                )
        elif isinstance(node, list):
            stack.extend((v, (*path, f"[{i}]")) for i, v in enumerate(node))


def _nested_credentials(doc: Mapping[str, Any]) -> dict[tuple[str, ...], Any]:
    """Where a learner record's credentials sit, by path: only in a document whose @context is
    exactly the CLR list, and only as the items of its one subject's verifiableCredential list."""
    if not is_record_context(doc.get("@context")):
        return {}
    subject = doc.get("credentialSubject")
    items = subject.get("verifiableCredential") if isinstance(subject, Mapping) else None
    if not isinstance(items, list):
        return {}
    return {("credentialSubject", "verifiableCredential", f"[{i}]"): item for i, item in enumerate(items)}


def _endorsements(doc: Mapping[str, Any]) -> dict[tuple[str, ...], Any]:
    """Where a credential's endorsements sit, by path: only as the items of its one subject's one
    achievement's endorsement list (OB 3.0 ``Achievement.endorsement``)."""
    subject = doc.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, Mapping) else None
    items = achievement.get("endorsement") if isinstance(achievement, Mapping) else None
    if not isinstance(items, list):
        return {}
    return {("credentialSubject", "achievement", "endorsement", f"[{i}]"): item for i, item in enumerate(items)}


def _check_key(key: str, path: tuple[str, ...], what: str) -> None:
    where = f" (in {_join(path)})" if path else ""
    if key == "@context" and path:
        raise UnsafeJsonLd(
            f"The {what} redefines its vocabulary inside {_join(path)}; Badgesmith only accepts "
            "@context at the top, where every reader sees it."
        )
    if key == "@context":
        return
    if key.startswith("@"):
        raise UnsafeJsonLd(
            f"The {what} uses the JSON-LD keyword {key}{where}, which Badgesmith never issues: "
            "content under it can differ from what a reader of the JSON sees, so it is refused."
        )
    if not _TERM.fullmatch(key):
        raise UnsafeJsonLd(
            f"The {what} has a property written as {key[:80]!r}{where} instead of a plain name; "
            "such a property is read differently by different programs, so it is refused."
        )


def _check_contexts(contexts: Any, what: str) -> None:
    entries = contexts if isinstance(contexts, list) else [contexts]
    if not entries:
        raise UnsafeJsonLd(f"The {what}'s @context is empty.")
    for entry in entries:
        if isinstance(entry, str):
            if not is_safe_iri(entry):
                raise UnsafeJsonLd(f"The {what}'s @context names {entry[:80]!r}, which is not a full address.")
            continue  # the offline loader refuses any URL Badgesmith does not ship
        if not isinstance(entry, Mapping):
            raise UnsafeJsonLd(f"The {what}'s @context holds something that is neither a URL nor an object.")
        for term, definition in entry.items():
            if term in ("@protected", "@version") and definition in (True, 1.1):
                continue
            if not _TERM.fullmatch(term):
                raise UnsafeJsonLd(
                    f"The {what}'s inline @context defines {term[:60]!r}; Badgesmith accepts only plain "
                    "term definitions there (no keywords, aliases, prefixes or base)."
                )
            iri: Any
            if isinstance(definition, str):
                iri = definition
            elif isinstance(definition, Mapping) and set(definition) <= {"@id", "@type"}:
                iri = definition.get("@id")
                kind = definition.get("@type")
                if kind is not None and kind != "@id" and not is_safe_iri(kind):
                    raise UnsafeJsonLd(f"The {what}'s inline @context gives {term!r} an unusual type.")
            else:
                raise UnsafeJsonLd(
                    f"The {what}'s inline @context defines {term!r} with options Badgesmith does not "
                    "accept (only an address and a type)."
                )
            if not is_safe_iri(iri):
                raise UnsafeJsonLd(f"The {what}'s inline @context maps {term!r} to something that is not a full address.")


# --- 2. nothing dropped by the processor ---------------------------------------------------------


class SafeJsonLdProcessor(FastJsonLdProcessor):
    """pyld that raises where it would silently drop (jsonld.js safe mode's events, and more)."""

    def __init__(self) -> None:
        super().__init__(on_property_dropped=self._property_dropped)
        self._path: list[str] = []

    def _property_dropped(self, expanded_property: str | None) -> None:
        name = expanded_property if isinstance(expanded_property, str) else "(a property)"
        raise UndefinedTermError(_join([*self._path, name]))

    def _expand(self, active_ctx: Any, active_property: Any, element: Any, options: Any, inside_list: bool = False,
                inside_index: bool = False, type_scoped_ctx: Any = None) -> Any:
        named = isinstance(active_property, str) and not isinstance(element, list)
        if named:
            self._path.append(active_property)
        try:
            result = super()._expand(active_ctx, active_property, element, options, inside_list,
                                     inside_index, type_scoped_ctx)
            if element is not None and result is None:
                raise UnsafeJsonLd(
                    f"{_join(self._path)} would be dropped by JSON-LD processing (it is not a "
                    "statement about anything), so the signature could not cover it."
                )
            return result
        finally:
            if named:
                self._path.pop()

    def _create_node_map(self, input_: Any, graph_map: dict[str, Any], active_graph: str, issuer: Any,
                         active_subject: Any = None, active_property: Any = None, list_: Any = None) -> None:
        super()._create_node_map(input_, graph_map, active_graph, issuer, active_subject,
                                 active_property, list_)
        for name in graph_map:
            if name != "@default" and not _is_node_id(name):
                raise UnsafeJsonLd(f"A graph is named {name[:80]!r}, which is not a full address.")

    def _graph_to_rdf(self, graph: dict[str, Any], issuer: Any, options: Any) -> Any:
        for node_id, node in graph.items():
            _check_node(node_id, node)
        return super()._graph_to_rdf(graph, issuer, options)


def _check_node(node_id: str, node: Mapping[str, Any]) -> None:
    if not _is_node_id(node_id):
        raise UnsafeJsonLd(
            f"An object of the credential has the id {node_id[:80]!r}, which is not a full address "
            "(a space, a relative path or an odd character): its statements would not be signed."
        )
    for prop, items in node.items():
        if prop == "@type":
            for t in items:
                if not is_safe_iri(t):
                    raise UndefinedTermError(f"type {t[:80]!r}" if isinstance(t, str) else "type")
            continue
        if prop == "@id":
            continue
        if prop.startswith("@"):
            raise UnsafeJsonLd(f"The keyword {prop} cannot be part of a credential Badgesmith accepts.")
        if not is_safe_iri(prop):
            raise UnsafeJsonLd(f"The property {prop[:80]!r} does not expand to a full address.")
        for item in items:
            _check_object(item, prop)


def _check_object(item: Any, prop: str) -> None:
    if not isinstance(item, Mapping):
        raise UnsafeJsonLd(f"The value of {prop} has an unexpected form.")
    if "@list" in item:
        for element in item["@list"]:
            _check_object(element, prop)
        return
    if "@value" in item:
        extra = set(item) - _SAFE_VALUE_KEYS
        if extra:
            raise UnsafeJsonLd(f"A value of {prop} carries {', '.join(sorted(extra))}, which Badgesmith does not accept.")
        kind = item.get("@type")
        if kind is not None and not is_safe_iri(kind):
            raise UnsafeJsonLd(f"A value of {prop} has the type {str(kind)[:60]!r}, which is not a full address.")
        if not isinstance(item["@value"], str | int | float | bool):
            raise UnsafeJsonLd(f"A value of {prop} is not a plain value.")
        return
    if not _is_node_id(item.get("@id")):
        raise UnsafeJsonLd(
            f"{prop} points at {str(item.get('@id'))[:80]!r}, which is not a full address: the link "
            "would not be signed."
        )


# --- 3. bounded canonicalisation ----------------------------------------------------------------


class _BoundedURDNA2015(URDNA2015):
    """RDFC-1.0 with the reference implementation's default work limit (rdf-canonize's
    maxWorkFactor 1: as many deep iterations as there are blank nodes with shared hashes)."""

    def __init__(self) -> None:
        super().__init__()
        self._budget: int | None = None

    def hash_n_degree_quads(self, id_: str, issuer: Any) -> Any:
        if self._budget is None:
            self._budget = sum(len(ids) for ids in self.hash_to_blank_nodes.values())
        if self._budget <= 0:
            raise UnsafeJsonLd(
                "The credential's structure is too intricate to put in canonical form within the "
                "limits verifiers use (many interchangeable anonymous objects)."
            )
        self._budget -= 1
        return super().hash_n_degree_quads(id_, issuer)


def to_dataset(document: Mapping[str, Any], loader: OfflineLoader | None = None) -> Dataset:
    """The RDF dataset of ``document``, with nothing dropped (UnsafeJsonLd/UndefinedTermError)."""
    loader = loader or default_loader()
    options: dict[str, Any] = {"base": None, "produceGeneralizedRdf": False, **loader.pyld_options()}
    try:
        return SafeJsonLdProcessor().to_rdf(dict(document), options)  # type: ignore[no-any-return]
    except jsonld.JsonLdError as exc:
        cause = _innermost(exc)
        if isinstance(cause, CredentialError):
            raise cause from None
        raise UnsafeJsonLd(f"The document is not valid JSON-LD: {_message(cause)}") from None
    except RecursionError:
        raise UnsafeJsonLd("The document is nested too deeply to process.") from None
    except CredentialError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        # pyld reports some malformed input with plain Python errors rather than JsonLdError
        raise UnsafeJsonLd(f"The document is not valid JSON-LD ({type(exc).__name__}: {str(exc)[:120]}).") from None


def check_document(document: Mapping[str, Any], loader: OfflineLoader | None = None) -> None:
    """Everything of ``document`` would be signed: bounded JSON, the profile, nothing dropped."""
    check_tree(document, "document")
    check_profile(document, "document")
    to_dataset(document, loader)


def canonicalize_dataset(dataset: Dataset) -> str:
    """Canonical N-Quads (RDFC-1.0) of ``dataset``; the dataset is consumed."""
    return str(_BoundedURDNA2015().main(dataset, {"format": "application/n-quads"}))


def canonicalize(document: Mapping[str, Any], loader: OfflineLoader | None = None) -> str:
    return canonicalize_dataset(to_dataset(document, loader))


def _innermost(exc: BaseException) -> BaseException:
    # pyld chains its errors; the innermost cause is the informative one (e.g. ours or the loader's)
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


def _message(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc)
    return str(text).splitlines()[0] if text else type(exc).__name__
