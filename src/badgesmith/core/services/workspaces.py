"""Opening workspaces, for the GUI and the CLI (the store's own API stays behind the services)."""

from __future__ import annotations

from pathlib import Path

from badgesmith.core.errors import ValidationError
from badgesmith.core.store import audit
from badgesmith.core.store.audit import ChainProblem
from badgesmith.core.store.workspace import Workspace, default_workspace_dir


def open_workspace(folder: Path | str | None = None, *, create: bool = True) -> Workspace:
    """The workspace in ``folder`` (default: the user's default workspace), created or upgraded
    as needed. WorkspaceError with one sentence when it cannot be used."""
    return Workspace.open(Path(folder) if folder is not None else default_workspace_dir(), create=create)


def default_folder() -> Path:
    return default_workspace_dir()


def typed_folder(text: str) -> Path:
    """A workspace folder as the user typed it (``~`` is the home folder). A relative path would
    depend on where the program was started, so it is refused, as is an empty one."""
    typed = text.strip()
    if not typed:
        raise ValidationError("Type the folder for your workspace, or choose one.")
    folder = Path(typed).expanduser()
    if not folder.is_absolute():
        raise ValidationError(f"Type the whole path of the folder, from the top (e.g. {default_workspace_dir()}), "
                              f"not “{typed}”.")
    return folder


def check_audit_log(ws: Workspace) -> list[ChainProblem]:
    """Where the audit log's hash chain is broken (an entry changed, removed or added by hand)."""
    with ws.read_session() as s:
        return audit.check_chain(s)
