"""team mode: each person's login, row-level security, signing checks and an audit log

A person may carry the PostgreSQL login they connect as (people.login). On PostgreSQL,
every table with a pair's data gets row-level security: a login sees and changes only
the rows of pairs its person belongs to. The table owner (who runs the migrations and
`mentordesk team init`) is not bound by it. A signature, a health-check answer and a
meeting's feedback are accepted only from the person they name. Every change to a
pair's data by a person's login is written to audit_log (who, when, which table and
rows, never the words); mentordesk_team_signals() gives the team's coordinator each
pair's attention signals and counts. Which logins may use the tables at all is granted by `mentordesk team init`.

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

ME = "(SELECT id FROM people WHERE login = current_user)"
MY_PAIRS = "(SELECT id FROM pairs)"  # the pairs table's own policy narrows it

# table: the condition a row of it must meet (seen through the parent's policy)
BY_PARENT = {
    "agreements": f"pair_id IN {MY_PAIRS}",
    "goals": f"pair_id IN {MY_PAIRS}",
    "meeting_series": f"pair_id IN {MY_PAIRS}",
    "sessions": f"pair_id IN {MY_PAIRS}"
    " AND (series_id IS NULL OR series_id IN (SELECT id FROM meeting_series))",
    "checklist_runs": f"pair_id IN {MY_PAIRS}",
    "signed_summaries": f"pair_id IN {MY_PAIRS}",
    "wins": f"pair_id IN {MY_PAIRS}",
    "checkins": "goal_id IN (SELECT id FROM goals)"
    " AND (session_id IS NULL OR session_id IN (SELECT id FROM sessions))",
    "milestones": "goal_id IN (SELECT id FROM goals)"
    " AND (session_id IS NULL OR session_id IN (SELECT id FROM sessions))",
    "self_assessments": "goal_id IN (SELECT id FROM goals)",
    "series_exceptions": "series_id IN (SELECT id FROM meeting_series)",
    "session_topics": "session_id IN (SELECT id FROM sessions)",
    "action_items": "session_id IN (SELECT id FROM sessions)"
    " AND (goal_id IS NULL OR goal_id IN (SELECT id FROM goals))",
    "search_index": "session_id IN (SELECT id FROM sessions)",
    "checklist_run_steps": "run_id IN (SELECT id FROM checklist_runs)",
}
# Read by both partners; written only by the person the row names.
ANSWERS = {
    "health_answers": f"pair_id IN {MY_PAIRS}",
    "meeting_feedback": "session_id IN (SELECT id FROM sessions)",
}
AUDITED = (
    *[t for t in BY_PARENT if t != "search_index"],
    *ANSWERS,
    "pairs",
    "private_notes",
    "people",
)
# The agreement's words: a change to any of them needs both signatures afresh.
AGREEMENT_WORDS = (
    "cadence",
    "expectations",
    "confidentiality",
    "ending",
    "runs_until",
    "review_on",
)

# Who is trusted to sign and answer for anyone: the tables' owner, and a role the server's
# administrator made to bypass row-level security (it sees every pair anyway).
OWNER_TEST = (
    "pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')"
    " OR (SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user)"
)

SIGNER_CHECK = f"""
CREATE FUNCTION mentordesk_check_signer() RETURNS trigger LANGUAGE plpgsql
SET search_path = @PATH@ AS $$
DECLARE
  mentor_login text;
  mentee_login text;
  before_mentor date;
  before_mentee date;
BEGIN
  IF {OWNER_TEST} THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    before_mentor := OLD.signed_by_mentor_on;
    before_mentee := OLD.signed_by_mentee_on;
    IF ({", ".join("NEW." + w for w in AGREEMENT_WORDS)})
       IS DISTINCT FROM ({", ".join("OLD." + w for w in AGREEMENT_WORDS)})
       AND (NEW.signed_by_mentor_on IS NOT NULL OR NEW.signed_by_mentee_on IS NOT NULL) THEN
      RAISE EXCEPTION 'changed words of an agreement need both signatures afresh'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  SELECT m.login, e.login INTO mentor_login, mentee_login
    FROM pairs p JOIN people m ON m.id = p.mentor_id JOIN people e ON e.id = p.mentee_id
    WHERE p.id = NEW.pair_id;
  IF NEW.signed_by_mentor_on IS NOT NULL
     AND NEW.signed_by_mentor_on IS DISTINCT FROM before_mentor
     AND mentor_login IS DISTINCT FROM current_user::text THEN
    RAISE EXCEPTION 'only the mentor signs as the mentor, from their own login (this is %)',
      current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.signed_by_mentee_on IS NOT NULL
     AND NEW.signed_by_mentee_on IS DISTINCT FROM before_mentee
     AND mentee_login IS DISTINCT FROM current_user::text THEN
    RAISE EXCEPTION 'only the mentee signs as the mentee, from their own login (this is %)',
      current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$
"""

ANSWERER_CHECK = f"""
CREATE FUNCTION mentordesk_check_answerer() RETURNS trigger LANGUAGE plpgsql
SET search_path = @PATH@ AS $$
BEGIN
  IF {OWNER_TEST} THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM people WHERE id = NEW.person_id AND login = current_user) THEN
    RAISE EXCEPTION 'an answer is recorded as the person connected (%): the other partner '
      'answers from their own login', current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$
"""

AUDIT_TABLE = """
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  who text NOT NULL,
  what text NOT NULL,
  action text NOT NULL,
  rows integer NOT NULL,
  row_ids bigint[] NOT NULL,
  pair_ids integer[] NOT NULL
)
"""

# Runs as the table owner (SECURITY DEFINER), so no login needs rights on audit_log to
# write to it; session_user is the login that connected. The owner's own work (the
# migrations, an import when setting up) is not logged: the owner administers these
# tables and could turn the log off anyway, and an import would log every row.
AUDIT_FUNCTION = """
CREATE FUNCTION mentordesk_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = @PATH@ AS $$
BEGIN
  IF session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (who, what, action, rows, row_ids, pair_ids)
  SELECT session_user, TG_TABLE_NAME, lower(TG_OP), count(*),
         coalesce(array_agg((r->>'id')::bigint) FILTER (WHERE r ? 'id'), '{}'),
         coalesce(array_agg(DISTINCT (r->>'pair_id')::integer)
                  FILTER (WHERE r->>'pair_id' IS NOT NULL), '{}')
    FROM (SELECT to_jsonb(c) AS r FROM changed AS c) AS rows
  HAVING count(*) > 0;
  RETURN NULL;
END $$
"""

# Each pair's attention signals and counts, never a word of theirs: for the coordinator.
SIGNALS_FUNCTION = """
CREATE FUNCTION mentordesk_team_signals(on_day date DEFAULT current_date)
RETURNS TABLE (
  pair_id integer, mentor text, mentee text, kind text, started_on date, ended_on date,
  last_held timestamp, held_90_days bigint, missed_90_days bigint, open_items bigint,
  overdue_items bigint, goals bigint, goals_achieved bigint, open_checklists bigint,
  latest_health text, agreement_signed boolean
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @PATH@ AS $$
  SELECT p.id, m.name, e.name, p.kind, p.started_on, p.ended_on,
    (SELECT max(s.scheduled_for) FROM sessions s WHERE s.pair_id = p.id AND s.status = 'held'),
    (SELECT count(*) FROM sessions s WHERE s.pair_id = p.id AND s.status = 'held'
       AND s.scheduled_for >= on_day - 90 AND s.scheduled_for < on_day + 1),
    (SELECT count(*) FROM sessions s WHERE s.pair_id = p.id AND s.status = 'missed'
       AND s.scheduled_for >= on_day - 90 AND s.scheduled_for < on_day + 1),
    (SELECT count(*) FROM action_items a JOIN sessions s ON s.id = a.session_id
       WHERE s.pair_id = p.id AND a.done_on IS NULL AND a.dropped_on IS NULL),
    (SELECT count(*) FROM action_items a JOIN sessions s ON s.id = a.session_id
       WHERE s.pair_id = p.id AND a.done_on IS NULL AND a.dropped_on IS NULL
         AND a.due < on_day),
    (SELECT count(*) FROM goals g WHERE g.pair_id = p.id AND g.status <> 'dropped'),
    (SELECT count(*) FROM goals g WHERE g.pair_id = p.id AND g.status = 'achieved'),
    (SELECT count(*) FROM checklist_runs r WHERE r.pair_id = p.id AND r.completed_on IS NULL),
    (SELECT h.scores FROM health_answers h WHERE h.pair_id = p.id
       ORDER BY h.answered_on DESC, h.id DESC LIMIT 1),
    coalesce((SELECT a.signed_by_mentor_on IS NOT NULL AND a.signed_by_mentee_on IS NOT NULL
       FROM agreements a WHERE a.pair_id = p.id), false)
  FROM pairs p JOIN people m ON m.id = p.mentor_id JOIN people e ON e.id = p.mentee_id
  ORDER BY m.name, e.name, p.id
$$
"""


def _postgres_upgrade(schema: str) -> list[str]:
    """The statements, each function's search path pinned to the system catalog and the
    tables' schema, temporary objects last: a login's own temporary table of the same
    name can never stand in for one of ours in a function (a SECURITY DEFINER one runs
    with the owner's rights)."""
    path = f"pg_catalog, {schema}, pg_temp"
    statements = [
        AUDIT_TABLE,
        AUDIT_FUNCTION,
        SIGNER_CHECK,
        ANSWERER_CHECK,
        SIGNALS_FUNCTION,
        "REVOKE ALL ON FUNCTION mentordesk_team_signals(date) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION mentordesk_audit() FROM PUBLIC",
        # people: the team's list is seen by all; a login can't be given or taken by one.
        "ALTER TABLE people ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY everyone_reads ON people FOR SELECT USING (true)",
        "CREATE POLICY adds_without_login ON people FOR INSERT WITH CHECK (login IS NULL)",
        "CREATE POLICY changes_own_or_unclaimed ON people FOR UPDATE"
        " USING (login IS NULL OR login = current_user)"
        " WITH CHECK (login IS NULL OR login = current_user)",
        "CREATE POLICY removes_unclaimed ON people FOR DELETE USING (login IS NULL)",
        "ALTER TABLE pairs ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY partners_only ON pairs USING (mentor_id IN {ME} OR mentee_id IN {ME})",
        "ALTER TABLE private_notes ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY author_only ON private_notes USING"
        f" (author_id IN {ME} AND session_id IN (SELECT id FROM sessions))",
    ]
    for table, condition in BY_PARENT.items():
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY partners_only ON {table} USING ({condition})",
        ]
    for table, condition in ANSWERS.items():
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY partners_read ON {table} FOR SELECT USING ({condition})",
            f"CREATE POLICY answerer_writes ON {table} USING ({condition} AND person_id IN {ME})",
            f"CREATE TRIGGER answerer BEFORE INSERT OR UPDATE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION mentordesk_check_answerer()",
        ]
    statements.append(
        "CREATE TRIGGER signer BEFORE INSERT OR UPDATE ON agreements"
        " FOR EACH ROW EXECUTE FUNCTION mentordesk_check_signer()"
    )
    for table in AUDITED:
        for event, transition in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TRIGGER audit_{event.lower()} AFTER {event} ON {table}"
                f" REFERENCING {transition} TABLE AS changed"
                " FOR EACH STATEMENT EXECUTE FUNCTION mentordesk_audit()"
            )
    return [statement.replace("@PATH@", path) for statement in statements]


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_people_login"), ["login"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
        for statement in _postgres_upgrade(schema):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in AUDITED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER audit_{event} ON {table}")
        op.execute("DROP TRIGGER signer ON agreements")
        for table in ("people", "pairs", "private_notes", *BY_PARENT, *ANSWERS):
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            for policy in (
                "everyone_reads",
                "adds_without_login",
                "changes_own_or_unclaimed",
                "removes_unclaimed",
                "partners_only",
                "author_only",
                "partners_read",
                "answerer_writes",
            ):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        for table in ANSWERS:
            op.execute(f"DROP TRIGGER answerer ON {table}")
        for function in (
            "mentordesk_team_signals(date)",
            "mentordesk_check_answerer()",
            "mentordesk_check_signer()",
            "mentordesk_audit()",
        ):
            op.execute(f"DROP FUNCTION {function}")
        op.execute("DROP TABLE audit_log")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_people_login"), type_="unique")
        batch_op.drop_column("login")
