"""Opening workspaces, for the GUI and the CLI (the store's own API stays behind the services)."""

from __future__ import annotations

from pathlib import Path

from badgesmith.core.store import audit
from badgesmith.core.store.audit import ChainProblem
from badgesmith.core.store.workspace import Workspace, default_workspace_dir


def open_workspace(folder: Path | str | None = None, *, create: bool = True) -> Workspace:
    """The workspace in ``folder`` (default: the user's default workspace), created or upgraded
    as needed. WorkspaceError with one sentence when it cannot be used."""
    return Workspace.open(Path(folder) if folder is not None else default_workspace_dir(), create=create)


def default_folder() -> Path:
    return default_workspace_dir()


def check_audit_log(ws: Workspace) -> list[ChainProblem]:
    """Where the audit log's hash chain is broken (an entry changed, removed or added by hand)."""
    with ws.read_session() as s:
        return audit.check_chain(s)
