"""People and roles on a shared (PostgreSQL) workspace, enforced by the database's own grants.

Three group roles, each including the one before:

- ``badgesmith_instructor`` reads everything but the encrypted signing key, and writes learners,
  cohorts, enrolments, results and evidence;
- ``badgesmith_issuer`` also writes credentials, their messages, achievements, endorsements,
  trusted issuers and settings, and appends to the audit log (never edits it);
- ``badgesmith_administrator`` writes everything, signing keys and the issuer profile included,
  and manages people (its members need the CREATEROLE attribute for that).

The owner of the tables (who set the database up) is an administrator. A person signs in as their
own login role, a member of one group: the audit log's ``actor`` is checked against it by a
trigger, so nobody appends an event in someone else's name.
"""

from __future__ import annotations

import re
from enum import StrEnum

from sqlalchemy import Connection, text

from badgesmith.core.errors import ValidationError
from badgesmith.core.said import QT_TRANSLATE_NOOP, said
from badgesmith.core.store import changes


class Role(StrEnum):
    INSTRUCTOR = "instructor"
    ISSUER = "issuer"
    ADMINISTRATOR = "administrator"


GROUP = {r: f"badgesmith_{r.value}" for r in Role}
ORDER = (Role.INSTRUCTOR, Role.ISSUER, Role.ADMINISTRATOR)

INSTRUCTOR_WRITES = ("learner", "cohort", "enrolment", "assessment_result", "evidence")
ISSUER_WRITES = (
    "credential", "outbox_message", "imported_credential", "achievement", "achievement_version",
    "criterion", "rubric_level", "alignment", "achievement_endorsement", "trusted_issuer",
    "setting", "issuing_claim",
)
NO_ROLE = QT_TRANSLATE_NOOP("core", "Your database account {user} has no Badgesmith role: ask your administrator "
                                    "to add you.")

_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def check_user_name(name: str) -> str:
    """A login name people can type and PostgreSQL keeps as typed (lower case)."""
    typed = name.strip()
    if not _NAME.match(typed):
        raise ValidationError(said(QT_TRANSLATE_NOOP(
            "core", "“{name}” cannot be a sign-in name: use lower-case letters, digits, '.', '-' or '_', up to 63, "
                    "starting with a letter."), name=name[:70]))
    if typed.startswith(("pg_", "badgesmith_")) or typed in ("postgres", "public"):
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "“{name}” is reserved by the database; choose another "
                                                             "sign-in name."), name=typed))
    return typed


def _ident(conn: Connection, name: str) -> str:
    return str(conn.exec_driver_sql("SELECT quote_ident(%(n)s)", {"n": name}).scalar_one())


def role_of(conn: Connection) -> Role | None:
    """The signed-in account's Badgesmith role; the tables' owner is an administrator."""
    row = conn.execute(text(
        "SELECT pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
        "  WHERE schemaname = current_schema() AND tablename = 'alembic_version'), 'MEMBER'), "
        "  (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
    )).one()
    if row[0] or row[1]:
        return Role.ADMINISTRATOR
    for role in reversed(ORDER):
        if _group_exists(conn, role) and conn.execute(
                text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": GROUP[role]}).scalar_one():
            return role
    return None


def _group_exists(conn: Connection, role: Role) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": GROUP[role]}).first() is not None


def apply_grants(conn: Connection) -> None:
    """Create the group roles if needed and grant each its tables. Run by the tables' owner after
    every schema upgrade (grants name tables, and an upgrade may add some)."""
    for role in ORDER:
        if not _group_exists(conn, role):
            conn.exec_driver_sql(f"CREATE ROLE {GROUP[role]} NOLOGIN")
    inst, iss, adm = (GROUP[r] for r in ORDER)
    conn.exec_driver_sql(f"GRANT {inst} TO {iss}")
    conn.exec_driver_sql(f"GRANT {iss} TO {adm}")
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {inst}, {iss}, {adm}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {inst}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {inst}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {inst}")
    # the encrypted private key is for those who sign: an instructor reads the public part only
    conn.exec_driver_sql(f"REVOKE SELECT ON signing_key FROM {inst}")
    conn.exec_driver_sql(f"GRANT SELECT (id, did, public_key, status, created_at, retired_at) ON signing_key TO {inst}")
    conn.exec_driver_sql(f"GRANT SELECT ON signing_key TO {iss}")
    for table in INSTRUCTOR_WRITES:
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {inst}")
    for table in ISSUER_WRITES:
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {iss}")
    conn.exec_driver_sql(f"GRANT INSERT ON audit_event TO {iss}")
    conn.exec_driver_sql(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {adm}")
    conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {adm}")
    # The actor of an audit event is the account that appended it; only the owner (copying a
    # workspace in, restoring a backup) writes events of other accounts.
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION badgesmith_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.actor IS DISTINCT FROM session_user::text AND NOT pg_has_role(session_user,
               (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA
                  AND tablename = TG_TABLE_NAME), 'MEMBER') THEN
            RAISE EXCEPTION 'audit events are appended in the name of the account that signs in'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NEW;
        END $$""")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_actor ON audit_event")
    conn.exec_driver_sql("CREATE TRIGGER audit_actor BEFORE INSERT ON audit_event "
                         "FOR EACH ROW EXECUTE FUNCTION badgesmith_audit_actor()")
    changes.install_notifications(conn)


def add_person(conn: Connection, name: str, password: str, role: Role) -> None:
    """A new sign-in for a person, in one role. Needs an administrator with CREATEROLE."""
    user = _ident(conn, check_user_name(name))
    if len(password) < 8:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "Give the new person a password of at least {n} "
                                                             "characters."), n=8))
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name.strip()}).first()
    if exists:
        raise ValidationError(said(QT_TRANSLATE_NOOP("core", "There is already a database account named “{name}”."),
                                   name=name.strip()))
    # the password goes as a literal: CREATE ROLE takes no parameters; quote_literal escapes it
    literal = conn.exec_driver_sql("SELECT quote_literal(%(p)s)", {"p": password}).scalar_one()
    # an administrator manages people: that takes the CREATEROLE attribute, which is not inherited
    manages = " CREATEROLE" if role is Role.ADMINISTRATOR else ""
    conn.exec_driver_sql(f"CREATE ROLE {user} LOGIN{manages} PASSWORD {literal} IN ROLE {GROUP[role]}")


def set_role(conn: Connection, name: str, role: Role) -> None:
    user = _ident(conn, check_user_name(name))
    for other in ORDER:
        conn.exec_driver_sql(f"REVOKE {GROUP[other]} FROM {user}")
    conn.exec_driver_sql(f"GRANT {GROUP[role]} TO {user}")
    conn.exec_driver_sql(f"ALTER ROLE {user} {'CREATEROLE' if role is Role.ADMINISTRATOR else 'NOCREATEROLE'}")


def remove_person(conn: Connection, name: str) -> None:
    """The person can no longer sign in (they stay listed, as removed); what they did stays in
    the log under their name."""
    user = _ident(conn, check_user_name(name))
    conn.exec_driver_sql(f"ALTER ROLE {user} NOLOGIN NOCREATEROLE")
    # connections already open end now, not when the person next signs out
    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
                 {"n": name.strip()})


def people(conn: Connection) -> list[tuple[str, Role, bool]]:
    """(sign-in name, role, may sign in) of the tables' owner and every member of a Badgesmith
    group. Roles are the server's: a server holding several Badgesmith databases lists the
    members of all of them."""
    rows = conn.execute(text(
        "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname = ANY(:groups) AND m.rolname NOT LIKE 'badgesmith\\_%' ORDER BY 1"
    ), {"groups": list(GROUP.values())}).all()
    by_group = {v: k for k, v in GROUP.items()}
    best: dict[str, tuple[Role, bool]] = {}
    owner = conn.execute(text("SELECT r.rolname, r.rolcanlogin FROM pg_tables t JOIN pg_roles r ON r.rolname = "
                              "t.tableowner WHERE t.schemaname = current_schema() AND t.tablename = "
                              "'alembic_version'")).first()
    if owner is not None:
        best[owner[0]] = (Role.ADMINISTRATOR, bool(owner[1]))
    for name, group, login in rows:
        role = by_group[group]
        if name not in best or ORDER.index(role) > ORDER.index(best[name][0]):
            best[name] = (role, login)
    return [(n, r, ok) for n, (r, ok) in sorted(best.items())]
