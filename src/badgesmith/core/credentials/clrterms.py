"""The words of a CLR 2.0 learner record that more than one module needs (no imports: the JSON-LD
safety profile, the signed-facts reader and the builder all read them)."""

from __future__ import annotations

VC_V2 = "https://www.w3.org/ns/credentials/v2"
CLR_V2 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# the order 1EdTech's validator expects; only a record with exactly this @context may nest credentials
CLR_CONTEXT = (VC_V2, CLR_V2, OB_V3)

CLR_VOCAB = "https://purl.imsglobal.org/spec/vc/clr/vocab.html#"
CLR_CREDENTIAL = CLR_VOCAB + "ClrCredential"
CLR_SUBJECT = CLR_VOCAB + "ClrSubject"
NESTED_CREDENTIALS = CLR_VOCAB + "verifiableCredential"  # not an @graph container: nested nodes share the default graph


def is_record_context(context: object) -> bool:
    """The @context of a learner record as Badgesmith accepts it: exactly the CLR list."""
    return isinstance(context, list) and tuple(context) == CLR_CONTEXT
