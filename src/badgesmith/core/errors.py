"""Exceptions a user can cause. Each carries one plain sentence for the user in ``message``."""

from __future__ import annotations


class BadgesmithError(Exception):
    """Base of every error the GUI and CLI show to the user as a message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WorkspaceError(BadgesmithError):
    """The workspace cannot be opened, upgraded, backed up or restored."""


class SignInRefused(WorkspaceError):
    """A shared database did not accept the name and password (the app asks again)."""


class NotPermitted(BadgesmithError):
    """The signed-in person's role on a shared workspace does not allow this."""


class WorkspaceTooNew(WorkspaceError):
    pass


class ValidationError(BadgesmithError):
    """Input that the user can correct (an empty name, a bad e-mail, a score out of range)."""


class NotFound(BadgesmithError):
    pass


class KeyLocked(BadgesmithError):
    """The signing key is needed but no passphrase was given."""
