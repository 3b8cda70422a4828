"""Offline JSON-LD document loader: serves the contexts shipped in ``resources/contexts``.

Credentials are processed offline, always: a loader that could fetch would let a document
decide, at verification time, what its own words mean. Any URL we do not ship is refused.

pyld keeps a process-wide cache of resolved contexts; we give each loader its own cache
(through a private ``ContextResolver``) so that a context served by one loader (e.g. a test's
extra context) can never leak into another, and mark our contexts ``static`` so that pyld keeps
their processed form across calls: that is most of the speed of repeated signing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from frozendict import frozendict
from pyld.context_resolver import ContextResolver
from pyld.jsonld import JsonLdProcessor

from badgesmith.resources import resource_path

from .errors import DocumentLoaderError


@cache
def bundled_contexts() -> Mapping[str, Any]:
    """URL -> parsed context, read once from resources/contexts (index.json maps URL to file)."""
    folder = resource_path("contexts")
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    return {url: json.loads((folder / name).read_text(encoding="utf-8")) for url, name in index.items()}


class OfflineLoader:
    """A pyld document loader over the bundled contexts (plus ``extra`` ones, e.g. for tests)."""

    def __init__(self, extra: Mapping[str, Any] | None = None) -> None:
        self._documents: dict[str, Any] = dict(bundled_contexts())
        if extra:
            self._documents.update(extra)
        self._resolved_cache: dict[str, Any] = {}
        self._process_memo: dict[tuple[Any, ...], tuple[Any, Any]] = {}

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(self._documents)

    def __call__(self, url: str, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        try:
            document = self._documents[url]
        except KeyError:
            raise DocumentLoaderError(
                f"The JSON-LD document {url!r} is not one that Badgesmith ships, and Badgesmith "
                "never downloads documents; the credential uses an unsupported context."
            ) from None
        return {
            "contextUrl": None,
            "documentUrl": url,
            # pyld may rewrite relative URLs in place: hand out a copy
            "document": copy.deepcopy(document),
            "tag": "static",
        }

    def pyld_options(self) -> dict[str, Any]:
        """Options to pass to pyld calls: our loader and a resolver over our private cache."""
        return {
            "documentLoader": self,
            "contextResolver": _MemoResolver(self._resolved_cache, self, self._process_memo),
        }


@cache
def default_loader() -> OfflineLoader:
    return OfflineLoader()


# --- speed: memoised context processing --------------------------------------------------------
#
# Profiling signing showed half of pyld's time in re-processing the OB 3.0 type-scoped contexts
# (Achievement, Profile, Result, ...) for every node of every credential: for a non-propagating
# (type-scoped) context pyld clones the active context first, which gives it a fresh cache key,
# so its own per-context cache never hits. We memoise ``_process_context`` on
# (the active context object, the local context's JSON, the flags), but only when the active
# context is one of pyld's frozen (finished) contexts: partially built ones change while
# pyld pre-validates scoped contexts and must not be cached. The result is what pyld itself
# computed for the same inputs; tests compare our canonical forms with stock pyld's.

_MEMO_LIMIT = 4096


class _MemoResolver(ContextResolver):
    def __init__(self, shared_cache: Any, document_loader: Any, memo: dict[tuple[Any, ...], tuple[Any, Any]]) -> None:
        super().__init__(shared_cache, document_loader)
        self.process_memo = memo


class FastJsonLdProcessor(JsonLdProcessor):
    """pyld's processor with memoised context processing (same results, less work)."""

    def _process_context(  # type: ignore[override]
        self,
        active_ctx: Any,
        local_ctx: Any,
        options: Any,
        override_protected: bool = False,
        propagate: bool = True,
        validate_scoped: bool = True,
        cycles: Any = None,
    ) -> Any:
        memo = getattr(options.get("contextResolver"), "process_memo", None)
        if memo is None or cycles or not isinstance(active_ctx, frozendict):
            return super()._process_context(
                active_ctx, local_ctx, options, override_protected, propagate, validate_scoped, cycles
            )
        try:
            fingerprint = json.dumps(local_ctx, sort_keys=True)
        except (TypeError, ValueError):
            fingerprint = None
        key = (id(active_ctx), fingerprint, override_protected, propagate, validate_scoped)
        hit = memo.get(key) if fingerprint is not None else None
        if hit is not None and hit[0] is active_ctx:  # the key object is alive: id() not reused
            return hit[1]
        result = super()._process_context(
            active_ctx, local_ctx, options, override_protected, propagate, validate_scoped, cycles
        )
        if fingerprint is not None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[key] = (active_ctx, result)
        return result
