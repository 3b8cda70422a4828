"""What goes to a printer: a cohort's print file, or chosen certificates; never a revoked one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from badgesmith.core.errors import NotFound
from badgesmith.core.services import issuing
from badgesmith.core.store.models import Credential, Learner
from badgesmith.core.store.workspace import Workspace

REVOKED = "revoked: a revoked certificate is never printed"


@dataclass(frozen=True)
class PrintJob:
    title: str  # the printer queue's name for the job
    files: tuple[Path, ...]  # certificate PDFs, printed in this order
    left_out: tuple[str, ...] = ()  # who is not printed and why, one line each
    notes: tuple[str, ...] = ()  # what to know about what is printed (e.g. mixed designs)
    nothing: str = "There is nothing to print."  # said instead of printing when there are no files


def certificates_to_print(ws: Workspace, credential_ids: list[str]) -> PrintJob:
    """The certificate PDFs of the chosen credentials, in the order given."""
    with ws.read_session() as s:
        rows = s.execute(select(Credential, Learner.erased_at.is_not(None))
                         .join(Learner, Learner.id == Credential.learner_id)
                         .where(Credential.id.in_(credential_ids))).all()
    found = {c.id: c for c, _ in rows}
    erased = {c.id for c, gone in rows if gone}
    files: list[Path] = []
    left_out: list[str] = []
    for cid in credential_ids:
        c = found.get(cid)
        if c is None:
            raise NotFound(f"There is no credential {cid} in this workspace.")
        if not issuing.may_print(c):
            left_out.append(f"{c.recipient_name}: {REVOKED}.")
        elif cid in erased:
            left_out.append(f"{c.id}: the learner's personal data was erased, so there is no certificate to print.")
        elif not c.pdf_path or not Path(c.pdf_path).is_file():
            left_out.append(f"{c.recipient_name}: the certificate file is not where it was written; re-export it "
                            "to print it.")
        else:
            files.append(Path(c.pdf_path))
    first = found[credential_ids[0]] if credential_ids else None
    title = (f"Certificate — {first.recipient_name} — {first.achievement_name}" if first and len(credential_ids) == 1
             else f"{len(files)} certificates")
    return PrintJob(title, tuple(files), tuple(left_out), nothing="Nothing was printed.")


def cohort_print_job(ws: Workspace, cohort_id: int, out_dir: Path) -> PrintJob:
    """The cohort's print file in ``out_dir``, written again first (issuing.refresh_print_file)."""
    summary = issuing.refresh_print_file(ws, cohort_id, out_dir)
    files = (summary.combined_pdf,) if summary.combined_pdf else ()
    return PrintJob(
        summary.combined_pdf.name if summary.combined_pdf else "certificates", files,
        tuple(f"{name}: {REVOKED}." for _, name in summary.not_printed),
        (summary.mixed_designs(),) if summary.earlier_design else (),
        nothing=f"No active certificate of this cohort is in {summary.out_dir}: issue them first, or choose the "
                "folder they were issued into.",
    )
