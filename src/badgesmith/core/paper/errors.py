"""Errors a user can cause while preparing or rendering a certificate (each says what to do)."""

from __future__ import annotations

from badgesmith.core.errors import BadgesmithError


class CertificateError(BadgesmithError):
    """Base class: the certificate cannot be produced as asked."""


class TemplateError(CertificateError, ValueError):
    """A template (built-in or with the user's overrides) is invalid.

    ``problems`` lists every problem found, each as ``"field.path: what is wrong"``.
    """

    def __init__(self, template_id: str, problems: list[str]) -> None:
        self.template_id = template_id
        self.problems = problems
        super().__init__(f"Template {template_id!r} is not valid: " + "; ".join(problems))


class CertificateImageError(CertificateError):
    """An image (logo, background, signature) is missing, corrupt or of an unsupported type."""


class UnrenderableTextError(CertificateError):
    """A text field holds characters that no shipped font can draw (never print boxes)."""

    def __init__(self, field: str, text: str, missing: set[str], detail: str) -> None:
        self.field = field
        self.text = text
        self.missing = missing
        super().__init__(
            f"The {field} {text!r} cannot be printed: no font has {detail}. "
            "Correct the spelling or remove those characters before issuing."
        )
