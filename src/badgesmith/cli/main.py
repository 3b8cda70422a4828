"""The command line: the same services as the desktop app, without a window.

Errors a user can cause print one clear line on stderr and exit 1; bad usage exits 2. The
parser names each command's handler as "module:function"; the module is imported only when its
command runs, so ``badgesmith --version`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from badgesmith import __version__
from badgesmith.terminal import SafeTerminalText

log = logging.getLogger("badgesmith.cli")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="badgesmith",
        description="Award signed Open Badges 3.0 credentials with QR-coded PDF certificates.",
    )
    p.add_argument("--version", action="version", version=f"badgesmith {__version__}")
    p.add_argument("--workspace", metavar="DIR", help="workspace folder (or $BADGESMITH_WORKSPACE)")
    p.add_argument("--database", metavar="URL",
                   help="a shared workspace on PostgreSQL, e.g. postgresql://anna@server/badgesmith "
                        "(or $BADGESMITH_DATABASE_URL); the password comes from the URL, $PGPASSWORD, "
                        "~/.pgpass or a prompt")
    p.add_argument("--demo", action="store_true", help="launch the app on a fresh demo workspace")
    p.add_argument("--lang", metavar="CODE", help="the app's language, e.g. de, fr, es, pt_BR, it, pl, ar, ja "
                   "(or $BADGESMITH_LANG; default: as chosen in Settings, else the system's)")
    sub = p.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def add(name: str, handler: str, help: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help, description=help)
        sp.set_defaults(handler=handler)
        return sp

    d = add("demo", "workspace:cmd_demo", "create a populated demo workspace (passphrase: demo)")
    d.add_argument("dir")
    d.add_argument("--learners", type=int, metavar="N", help="N learners in one all-eligible attendance cohort")

    i = add("init", "workspace:cmd_init", "set up the issuer and its signing key")
    i.add_argument("--issuer-name", required=True)
    i.add_argument("--issuer-url")
    i.add_argument("--issuer-email")

    ip = sub.add_parser("issuer", help="the issuer profile")
    iss = ip.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("show", "issuer:cmd_issuer_show", "show the issuer profile and key", iss).add_argument(
        "--json", action="store_true")
    ist = add("set", "issuer:cmd_issuer_set", "change the issuer profile (only what is given; \"\" clears)", iss)
    ist.add_argument("--name")
    ist.add_argument("--url")
    ist.add_argument("--email")
    ist.add_argument("--verify-url", metavar="URL", help="where verify.html is published")
    ist.add_argument("--status-url", metavar="URL", help="where the status list is published")
    ist.add_argument("--did-web", metavar="DOMAIN[:PATH]",
                     help="bind the keys to your domain (did:web), e.g. example.org or user.github.io:badges; "
                          "\"\" goes back to did:key")
    ist.add_argument("--linkedin-organization-id", metavar="ID")
    ist.add_argument("--publish-credentials", choices=["yes", "no"],
                     help="publish each credential's JSON with the site (learners' names become public)")
    ist.add_argument("--language", metavar="LANG",
                     help="the issuer's language: certificates, messages and the verification page start in it")
    ist.add_argument("--country", metavar="CODE",
                     help="the awarding body's country, an ISO 3166-1 code such as DE or IE (EU micro-credentials)")
    ist.add_argument("--region", help="the awarding body's region, e.g. Bavaria")
    add("trust", "trust:cmd_issuer_trust", "trust another issuer (or an endorser) by importing their public issuer "
        "card", iss).add_argument("card", metavar="CARD")

    pb = add("publish", "publishing:cmd_publish", "write the verification site (verify page, issuer profile, "
             "status lists, did.json) into a folder to upload; again, it rewrites only what changed")
    pb.add_argument("dir", metavar="DIR")
    pb.add_argument("--json", action="store_true")

    lp = sub.add_parser("learners", help="import, list and erase learners")
    ls = lp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    li = add("import", "people:cmd_learners_import", "import learners from CSV or XLSX", ls)
    li.add_argument("file")
    li.add_argument("--dry-run", action="store_true", help="only print the per-row report")
    li.add_argument("--json", action="store_true")
    ll = add("list", "people:cmd_learners_list", "list learners", ls)
    ll.add_argument("--search")
    ll.add_argument("--limit", type=int, default=1000)
    ll.add_argument("--by-last-name", action="store_true", help="sort by the last word of the name")
    ll.add_argument("--json", action="store_true")
    la = add("add-credential", "people:cmd_learners_add_credential", "add a credential the learner earned from "
             "another, trusted issuer (JSON or certificate PDF; verified first): it counts towards pathways", ls)
    la.add_argument("learner", metavar="LEARNER", help="id, e-mail, student number or exact name")
    la.add_argument("file", metavar="FILE")
    la.add_argument("--json", action="store_true")
    le = add("erase", "people:cmd_learners_erase",
             "erase a learner's personal data (GDPR): their credentials stay verifiable and revocable", ls)
    le.add_argument("learner", metavar="LEARNER", help="id, e-mail, student number or exact name")
    le.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    le.add_argument("--json", action="store_true")

    rp = sub.add_parser("results", help="import assessment results")
    rs = rp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    ri = add("import", "people:cmd_results_import", "import results for a cohort from CSV or XLSX", rs)
    ri.add_argument("file")
    ri.add_argument("--cohort", required=True, help="cohort id or name")
    ri.add_argument("--dry-run", action="store_true")

    cp = sub.add_parser("cohorts", help="list cohorts")
    cs = cp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("list", "people:cmd_cohorts_list", "list cohorts", cs).add_argument("--json", action="store_true")

    achievements_parser = sub.add_parser("achievements", help="list achievements")
    a_s = achievements_parser.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("list", "people:cmd_achievements_list", "list achievements", a_s).add_argument("--json", action="store_true")
    ac = add("check", "achievements:cmd_achievements_check",
             "how complete an achievement is as an EU micro-credential (exit 1 when mandatory elements are "
             "missing)", a_s)
    ac.add_argument("achievement", metavar="ACHIEVEMENT", help="achievement id or name")
    ac.add_argument("--json", action="store_true")
    er = add("endorsement-request", "endorsements:cmd_endorsement_request", "write an endorsement request for the "
             "achievement's current version, for an employer or professional body to sign (badgesmith endorse)", a_s)
    er.add_argument("achievement", metavar="ACHIEVEMENT", help="achievement id or name")
    er.add_argument("out", metavar="OUT")
    ae = add("add-endorsement", "endorsements:cmd_add_endorsement", "add a signed endorsement (verified first; from "
             "an issuer you trust): credentials issued afterwards for the endorsed version carry it", a_s)
    ae.add_argument("achievement", metavar="ACHIEVEMENT", help="achievement id or name")
    ae.add_argument("file", metavar="FILE")
    ae.add_argument("--json", action="store_true")
    al = add("endorsements", "endorsements:cmd_endorsements_list", "list an achievement's endorsements and whether "
             "new credentials carry them", a_s)
    al.add_argument("achievement", metavar="ACHIEVEMENT", help="achievement id or name")
    al.add_argument("--json", action="store_true")
    en = add("endorse", "endorsements:cmd_endorse", "sign an endorsement of another provider's achievement from their "
             "endorsement request, with this workspace's key")
    en.add_argument("request", metavar="REQUEST")
    en.add_argument("out", metavar="OUT")
    en.add_argument("--comment", help="what you say about the achievement (at most 1,000 characters)")
    en.add_argument("--valid-until", metavar="DATE", help="the last day the endorsement is valid, YYYY-MM-DD")

    pwp = sub.add_parser("pathways", help="pathways: achievements earned by holding others")
    pws = pwp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("list", "pathways:cmd_pathways_list", "list pathways and what each requires", pws).add_argument(
        "--json", action="store_true")
    pwg = add("progress", "pathways:cmd_pathways_progress", "a learner's progress towards each pathway "
              "(live credentials only: not revoked, renewed or expired)", pws)
    pwg.add_argument("--learner", required=True, metavar="LEARNER", help="id, e-mail, student number or exact name")
    pwg.add_argument("--json", action="store_true")
    pwi = add("import", "pathways:cmd_pathways_import", "make or change pathways from a JSON file: a list of "
              "{\"name\", \"requirement\": {\"all_of\"|\"at_least\"+\"of\": [{\"achievement\": ID or exact name}, "
              "...]}}", pws)
    pwi.add_argument("file", metavar="FILE")
    pwi.add_argument("--json", action="store_true")

    add("backup", "workspace:cmd_backup", "back up the workspace to one archive").add_argument("out")
    restore = add("restore", "workspace:cmd_restore", "restore the workspace from a backup archive (checked fully first)")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="accept the keys and signature the backup brings (scripts)")
    mt = add("migrate-to", "workspace:cmd_migrate_to", "copy this computer's workspace into an empty PostgreSQL "
             "database and check the copy (rows, audit log, every credential); the folder then becomes the local "
             "side of the shared workspace, its old database file kept in backups/")
    mt.add_argument("url", metavar="URL", help="e.g. postgresql://anna@server/badgesmith; the password comes from "
                    "the URL, $PGPASSWORD, ~/.pgpass or a prompt")
    mt.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS,
                    help="the workspace folder to move (default: --workspace before the command, or the default one)")
    mt.add_argument("--json", action="store_true")

    up = sub.add_parser("users", help="the people who sign in to a shared workspace, and their roles")
    us = up.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("list", "users:cmd_users_list", "everyone with a role (instructor, issuer, administrator)",
        us).add_argument("--json", action="store_true")
    ua = add("add", "users:cmd_users_add", "a sign-in for a new person (administrators); the password comes "
             "from $BADGESMITH_NEW_PASSWORD or a prompt", us)
    ua.add_argument("name", metavar="NAME")
    ua.add_argument("--role", required=True, choices=["instructor", "issuer", "administrator"])
    ur = add("role", "users:cmd_users_role", "give a person another role (administrators)", us)
    ur.add_argument("name", metavar="NAME")
    ur.add_argument("role", choices=["instructor", "issuer", "administrator"])
    add("remove", "users:cmd_users_remove", "a person can no longer sign in; the log keeps their name",
        us).add_argument("name", metavar="NAME")

    aud = sub.add_parser("audit", help="the audit log")
    au = aud.add_subparsers(dest="sub", metavar="ACTION", required=True)
    add("check", "workspace:cmd_audit_check", "check the audit log's hash chain", au)

    i = add("issue", "awarding:cmd_issue", "issue credentials and certificates for a cohort's eligible learners")
    which = i.add_mutually_exclusive_group(required=True)
    which.add_argument("--cohort", help="cohort id or name")
    which.add_argument("--pathway", help="pathway id or name: everyone who has completed it (their pathway's cohort)")
    i.add_argument("--learner", type=int, action="append", metavar="ID", help="only these learners")
    i.add_argument("--out", metavar="DIR", help="output folder (default: ./certificates)")
    i.add_argument("--reissue", action="store_true",
                   help="issue again (renewal; keeps the award date); revoked credentials are renewed only "
                        "for learners named with --learner, after a confirmation")
    i.add_argument("--yes", action="store_true", help="confirm renewing revoked credentials (scripts)")
    i.add_argument("--certificate-language", metavar="LANG",
                   help="print this cohort's certificates in LANG (e.g. de), or two for a bilingual certificate "
                        "(de+fr); kept for the cohort's renewals; 'design' goes back to the achievement's")
    i.add_argument("--json", action="store_true")
    add_csv_style(i, "the manifest")

    v = add("verify", "awarding:cmd_verify", "verify PDFs, credential JSON, baked badges, QR images or QR text")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("--json", action="store_true")

    r = add("revoke", "awarding:cmd_revoke", "revoke a credential")
    r.add_argument("credential_id")
    r.add_argument("--reason", required=True)
    ri = add("reinstate", "awarding:cmd_reinstate", "reinstate a revoked credential (asks for confirmation)")
    ri.add_argument("credential_id")
    ri.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")

    cp = sub.add_parser("credentials", help="the credential register")
    cs = cp.add_subparsers(dest="sub", metavar="ACTION", required=True)
    cl = add("list", "awarding:cmd_credentials_list", "list credentials", cs)
    cl.add_argument("--status", choices=["active", "revoked", "expired", "expiring", "review"])
    cl.add_argument("--search")
    cl.add_argument("--limit", type=int, default=1000)
    cl.add_argument("--json", action="store_true")
    add("keep", "awarding:cmd_credentials_keep", "keep a credential flagged for review (a pathway credential "
        "whose component was revoked): the flag goes, the audit log records the decision", cs).add_argument(
        "credential_id")

    ep = sub.add_parser("export", help="export files to publish or keep")
    es = ep.add_subparsers(dest="sub", metavar="WHAT", required=True)
    for kind, help_text in (("status-list", "the signed Bitstring Status List credential"),
                            ("verify-page", "the self-contained verify.html"),
                            ("learners", "learners as CSV"),
                            ("results", "a cohort's results as CSV (with --cohort)"),
                            ("issuer-card", "your public issuer card"),
                            ("key-backup", "an encrypted backup of the signing key")):
        e = add(kind, "awarding:cmd_export", f"export {help_text}", es)
        e.set_defaults(export=kind)
        e.add_argument("out")
        if kind == "results":
            e.add_argument("--cohort", help="cohort id or name")
        if kind in ("learners", "results"):
            add_csv_style(e)
    xc = add("clr", "records:cmd_export_clr", "export a learner's whole record, signed (CLR 2.0 ClrCredential)", es)
    xc.add_argument("--learner", required=True, help="learner id, e-mail, student number or exact name")
    xc.add_argument("out", metavar="OUT.json")
    xt = add("transcript", "records:cmd_export_transcript", "export a learner's record as a PDF transcript (the "
             "signed record attached, a signed QR code)", es)
    xt.add_argument("--learner", required=True, help="learner id, e-mail, student number or exact name")
    xt.add_argument("out", metavar="OUT.pdf")

    dv = add("deliver", "delivery:cmd_deliver", "write each learner's package (PDF, JSON, baked badges, wallet "
             "file, LinkedIn link) and e-mail draft")
    dv.add_argument("--cohort", required=True, help="cohort id or name")
    dv.add_argument("--out", required=True, metavar="DIR")
    se = add("send", "delivery:cmd_send", "e-mail each learner their credential through your SMTP account "
             "(resumable; never sends twice what was sent)")
    se.add_argument("--cohort", required=True, help="cohort id or name")
    se.add_argument("--smtp-host")
    se.add_argument("--smtp-port", type=int)
    se.add_argument("--smtp-security", choices=["starttls", "tls", "none"])
    se.add_argument("--smtp-user")
    se.add_argument("--from", dest="from_address", metavar="ADDRESS")
    se.add_argument("--rate", type=float, metavar="N", help="at most N messages per minute")
    se.add_argument("--json", action="store_true")
    ob = sub.add_parser("outbox", help="who has been sent what")
    obs = ob.add_subparsers(dest="sub", metavar="ACTION", required=True)
    ol = add("list", "delivery:cmd_outbox_list", "each live credential's message state", obs)
    ol.add_argument("--cohort", help="cohort id or name")
    ol.add_argument("--json", action="store_true")
    bk = add("bake", "delivery:cmd_bake", "bake a credential into a PNG or SVG badge image")
    bk.add_argument("credential", metavar="CREDENTIAL.json")
    bk.add_argument("image", metavar="IMAGE.png|svg")
    bk.add_argument("out", metavar="OUT")
    add("unbake", "delivery:cmd_unbake", "print the credential baked in a PNG or SVG badge").add_argument(
        "image", metavar="BAKED.png|svg")

    rp = add("report", "reports:cmd_report", "write the overview report (PDF): credentials issued per month, "
             "pass rate per cohort, criteria learners did not meet, credentials expiring soon")
    rp.add_argument("out", nargs="?", metavar="OUT.pdf")
    rp.add_argument("--year", type=int, metavar="YEAR", help="the calendar year (default: the last 12 months)")
    rp.add_argument("--json", action="store_true", help="print the figures as JSON")

    add("selfcheck", "awarding:cmd_selfcheck", "issue and verify one credential in a temporary workspace")
    return p



def add_csv_style(parser: argparse.ArgumentParser, what: str = "the CSV") -> None:
    from badgesmith.core.services.csv_style import STYLE_CHOICES  # small: no database, no Qt

    parser.add_argument("--csv-style", choices=STYLE_CHOICES,
                        help=f"{what}'s delimiter and decimal separator: semicolon (7,5) for a German or French "
                             "spreadsheet, comma (7.5) for an English one; auto (the default, or "
                             "$BADGESMITH_CSV_STYLE) follows the locale (docs/csv.md)")


def user_errors() -> tuple[type[BaseException], ...]:
    # Every error a user can cause derives from BadgesmithError (credentials, paper, imports).
    from badgesmith.core.credentials.errors import CredentialError
    from badgesmith.core.errors import BadgesmithError

    return (BadgesmithError, CredentialError)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every line it prints shows control characters as escapes."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeTerminalText(out), SafeTerminalText(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    from badgesmith.logs import log_dir, setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    log.info("badgesmith %s: %s", __version__, args.command or "desktop app")
    handler_name: str | None = getattr(args, "handler", None)
    if handler_name is None:
        if args.command:
            parser.parse_args([args.command, "--help"])
        from badgesmith.launcher import launch

        return launch(workspace=args.workspace, demo=args.demo, lang=args.lang, database=args.database)
    from sqlalchemy.exc import SQLAlchemyError

    try:
        # each command's module (and the services it needs) is imported only when it runs
        module, _, function = handler_name.partition(":")
        handler = getattr(importlib.import_module(f"badgesmith.cli.{module}"), function)
        return int(handler(args))
    except user_errors() as exc:
        message = getattr(exc, "message", None) or str(exc)
        log.info("refused: %s", message)
        print(f"badgesmith: {message}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:  # never echo the statement: it can hold credential data
        from badgesmith.core.services.shared_database import explain

        if (sentence := explain(exc)) is not None:
            log.info("refused by the shared database: %s", sentence)
            print(f"badgesmith: {sentence}", file=sys.stderr)
            return 1
        reason = getattr(exc, "orig", None) or exc.__class__.__name__
        log.error("workspace database error: %s", reason)
        print(f"badgesmith: the workspace database could not be used ({reason}). If Badgesmith "
              "is open on this workspace, wait for it to finish and try again.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("badgesmith: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except MemoryError:
        log.error("out of memory running %s", args.command)
        print("badgesmith: the computer ran out of memory for this task; nothing was half-written.",
              file=sys.stderr)
        return 1
    except Exception:  # a bug: the user gets one sentence and where the details are, never a traceback
        log.exception("internal error running %s", args.command)
        print(f"badgesmith: an internal error stopped this command; nothing was half-written. Details "
              f"are in the log in {log_dir()}.", file=sys.stderr)
        return 70

