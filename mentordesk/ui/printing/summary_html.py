"""The quarterly progress summary as HTML: what it says, in the order it says it (the
paper, its pages and charts are report.py's). Every piece of user text goes through
`literal`, so tags, script and ampersands print as typed."""

from __future__ import annotations

import html
from datetime import date, timedelta

from mentordesk.domain.assessments import HIGHEST
from mentordesk.domain.checklists import ChecklistRun
from mentordesk.domain.date_words import date_range, day_text
from mentordesk.domain.goals import Goal
from mentordesk.domain.health import HEALTH_QUESTIONS
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.pairs import Pair, Role
from mentordesk.services.report import GoalLine, ItemLine, Moment, QuarterReport
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.goals.chart_drawing import ChartData

STATUS_WORDS = {
    "not_started": QT_TRANSLATE_NOOP("SummaryHtml", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("SummaryHtml", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("SummaryHtml", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("SummaryHtml", "Dropped"),
}
STANDING_WORDS = {  # a goal's status and progress, as the overview says them
    "not_started": QT_TRANSLATE_NOOP("SummaryHtml", "not started, {progress}%"),
    "in_progress": QT_TRANSLATE_NOOP("SummaryHtml", "in progress, {progress}%"),
    "achieved": QT_TRANSLATE_NOOP("SummaryHtml", "achieved, {progress}%"),
    "dropped": QT_TRANSLATE_NOOP("SummaryHtml", "dropped, {progress}%"),
}
OUTCOME_WORDS = {
    "achieved": QT_TRANSLATE_NOOP("SummaryHtml", "Achieved"),
    "partly": QT_TRANSLATE_NOOP("SummaryHtml", "Partly achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("SummaryHtml", "Not achieved"),
}
REVIEWED_WORDS = {
    "achieved": QT_TRANSLATE_NOOP("SummaryHtml", "reviewed: achieved"),
    "partly": QT_TRANSLATE_NOOP("SummaryHtml", "reviewed: partly achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("SummaryHtml", "reviewed: not achieved"),
}
# A goal's kind, alone (the overview) and as a heading; with a {name} where goals may be
# either partner's.
KIND_WORDS = {
    ("technical", False): QT_TRANSLATE_NOOP("SummaryHtml", "Technical"),
    ("soft", False): QT_TRANSLATE_NOOP("SummaryHtml", "Soft"),
    ("technical", True): QT_TRANSLATE_NOOP("SummaryHtml", "{name}'s technical"),
    ("soft", True): QT_TRANSLATE_NOOP("SummaryHtml", "{name}'s soft"),
}
SKILL_HEADINGS = {
    ("technical", False): QT_TRANSLATE_NOOP("SummaryHtml", "Technical skill: {title}"),
    ("soft", False): QT_TRANSLATE_NOOP("SummaryHtml", "Soft skill: {title}"),
    ("technical", True): QT_TRANSLATE_NOOP("SummaryHtml", "{name}'s technical skill: {title}"),
    ("soft", True): QT_TRANSLATE_NOOP("SummaryHtml", "{name}'s soft skill: {title}"),
}
DAY_HEADERS = {  # the last column of an items table: which day it gives
    "due": QT_TRANSLATE_NOOP("SummaryHtml", "Due"),
    "done": QT_TRANSLATE_NOOP("SummaryHtml", "Done"),
    "dropped": QT_TRANSLATE_NOOP("SummaryHtml", "Dropped"),
}
STAGE_WORDS = {
    "before": QT_TRANSLATE_NOOP("SummaryHtml", "before {score} of {high} ({day}: {evidence})"),
    "after": QT_TRANSLATE_NOOP("SummaryHtml", "after {score} of {high} ({day}: {evidence})"),
}


def chart_legend(current: bool) -> str:
    """What the lines of a goal's chart mean."""
    if current:
        return translate(
            "SummaryHtml",
            "Solid line and dots: progress at each check-in (red when behind schedule). Dashed "
            "line: steady progress from the quarter's start to the target date. Dotted line: "
            "today.",
        )
    return translate(
        "SummaryHtml",
        "Solid line and dots: progress at each check-in of the quarter. Dashed line: steady "
        "progress from the quarter's start to the target date.",
    )


def literal(value: str) -> str:
    """User text as HTML that prints exactly as typed (control characters made visible)."""
    visible = "".join(
        chr(0x2400 + ord(c)) if ord(c) < 32 and c not in "\n\t" else "\u2421" if c == "\x7f" else c
        for c in value
    )
    return html.escape(visible).replace("\n", "<br>")


def _label(text: str) -> str:
    """A translated label in bold."""
    return f"<b>{text}</b>"


def _items_table(title: str, lines: tuple[ItemLine, ...], last: str = "due") -> str:
    """A table of items; `last`: which day its last column gives (due, done, dropped)."""
    if not lines:
        return f"<h4>{translate('SummaryHtml', '{title}: none.').format(title=title)}</h4>"
    days = {"due": lambda a: a.due, "done": lambda a: a.done_on, "dropped": lambda a: a.dropped_on}
    overdue = f" <b>{translate('SummaryHtml', '(overdue)')}</b>"
    rows = "".join(
        f"<tr><td>{literal(line.owner)}</td><td>{literal(line.item.text)}</td>"
        f"<td>{day_text(days[last](line.item)) or '–'}"
        f"{overdue if line.overdue else ''}</td></tr>"
        for line in lines
    )
    heading = translate("SummaryHtml", "{title} ({count}):").format(title=title, count=len(lines))
    return (
        f"<h4>{heading}</h4><table width='100%' cellpadding='3' "
        f"border='1' cellspacing='0'><thead><tr>"
        f"<th align='left'>{translate('SummaryHtml', 'Who')}</th>"
        f"<th align='left'>{translate('SummaryHtml', 'Action')}</th>"
        f"<th align='left'>{translate('SummaryHtml', DAY_HEADERS[last])}</th></tr></thead>"
        f"{rows}</table>"
    )


def _standing(line: GoalLine, current: bool) -> str:
    """Where a goal stood, in a few words: its review once reviewed, else its status
    (of a past quarter, only its progress then: its status now may be later news)."""
    goal = line.goal
    if goal.outcome is not None:
        words = translate("SummaryHtml", REVIEWED_WORDS[goal.outcome.value])
    elif not current:
        words = translate("SummaryHtml", "not reviewed, {progress}% at the end").format(
            progress=line.progress
        )
    else:
        words = translate("SummaryHtml", STANDING_WORDS[goal.status.value]).format(
            progress=line.progress
        )
        if line.behind:
            words = translate("SummaryHtml", "{standing}, behind schedule").format(standing=words)
    if line.carried_to is not None:
        words = translate("SummaryHtml", "{standing}; carried over to quarter {number}").format(
            standing=words, number=line.carried_to
        )
    return words


def _whose(report: QuarterReport, goal: Goal) -> str:
    """The name of the goal's owner where goals may be either partner's (peers, or a
    mentor with a growth goal of their own), else nothing."""
    owners = {line.goal.owner for line in report.goals} | {g.owner for g in report.next_goals}
    if not report.pair.peers and owners <= {Role.MENTEE}:
        return ""
    return report.pair.person(goal.owner).name


def _skill_key(goal: Goal, whose: str) -> tuple[str, bool]:
    return ("technical" if goal.skill.value == "technical" else "soft", bool(whose))


def _kind(report: QuarterReport, goal: Goal) -> str:
    """'Technical' or, where goals may be either partner's, 'Ben's technical' (HTML)."""
    whose = _whose(report, goal)
    kind = translate("SummaryHtml", KIND_WORDS[_skill_key(goal, whose)])
    return html.escape(kind).format(name=literal(whose))


def _skill_heading(goal: Goal, whose: str) -> str:
    """'Technical skill: Title' or 'Ben's technical skill: Title' (HTML)."""
    heading = translate("SummaryHtml", SKILL_HEADINGS[_skill_key(goal, whose)])
    return html.escape(heading).format(name=literal(whose), title=literal(goal.title))


def _milestones_html(line: GoalLine, as_of: date) -> str:
    """A goal's milestones as they stood on `as_of` (reached later: not yet, then)."""
    steps = line.goal.milestones
    if not steps:
        return ""

    def state(m: Milestone) -> str:
        if m.reached_on is not None and m.reached_on <= as_of:
            return translate("SummaryHtml", "reached {day}").format(day=day_text(m.reached_on))
        return translate("SummaryHtml", "due {day}").format(day=day_text(m.due))

    return (
        f"<p>{_label(translate('SummaryHtml', 'Milestones:'))} "
        + "; ".join(f"{literal(m.text)} ({state(m)})" for m in steps)
        + "</p>"
    )


def _assessments_html(goal: Goal) -> str:
    """The owner's self-assessment, before and after: both belong to the goal's quarter
    (the one after is often given at a review held just after it), as the signed
    figures count them."""
    given = goal.assessments
    if not given:
        return ""
    parts = [
        translate("SummaryHtml", STAGE_WORDS[a.stage.value]).format(
            score=a.score, high=HIGHEST, day=day_text(a.assessed_on), evidence=literal(a.evidence)
        )
        for a in given
    ]
    return f"<p>{_label(translate('SummaryHtml', 'Self-assessment:'))} " + "; ".join(parts) + "</p>"


def _goal_html(
    line: GoalLine, index: int, current: bool, whose: str = "", as_of: date | None = None
) -> str:
    goal = line.goal
    review = ""
    if goal.outcome is not None:
        outcome = translate("SummaryHtml", OUTCOME_WORDS[goal.outcome.value])
        verdict = (
            translate("SummaryHtml", "{outcome}, carried over to quarter {number}.").format(
                outcome=outcome, number=line.carried_to
            )
            if line.carried_to
            else f"{outcome}."
        )
        review = (
            f"<p>{_label(translate('SummaryHtml', 'Quarter-end review:'))} {verdict} "
            f"{literal(goal.reflection)}</p>"
        )
    flag = f" <b>{translate('SummaryHtml', '(behind schedule)')}</b>" if line.behind else ""
    status = (
        f"{_label(translate('SummaryHtml', 'Status:'))} "
        f"{translate('SummaryHtml', STATUS_WORDS[goal.status.value])} · "
        if current
        else ""
    )
    progress = (
        translate("SummaryHtml", "Progress:")
        if current
        else translate("SummaryHtml", "Progress at the end:")
    )
    return (
        f"<h3>{_skill_heading(goal, whose)}</h3>"
        f"<p>{_label(translate('SummaryHtml', 'Specific:'))} {literal(goal.specific) or '–'}<br>"
        f"{_label(translate('SummaryHtml', 'Measured by:'))} {literal(goal.measure) or '–'}<br>"
        f"{_label(translate('SummaryHtml', 'Target date:'))} {day_text(goal.target_date)} · "
        f"{status}{_label(progress)} {line.progress}%{flag}</p>"
        f"<p>[[chart:{index}]]<br><small>{chart_legend(current)}</small></p>"
        f"{_milestones_html(line, as_of or date.max)}"
        f"{_assessments_html(goal)}{review}"
    )


def _moment(report: QuarterReport) -> str:
    """Which moment the summary tells."""
    if report.moment is Moment.AHEAD:
        text = translate("SummaryHtml", "As planned on {day}: the quarter has not begun.")
        day = report.made_on
    elif report.moment is Moment.UNDER_WAY:
        text = translate("SummaryHtml", "As it stands on {day}: the quarter is under way.")
        day = report.made_on
    elif report.moment is Moment.ENDED:
        text = translate("SummaryHtml", "As it stood when the partnership ended, {day}.")
        day = report.pair.ended_on or report.span.ends_on
    else:
        text = translate("SummaryHtml", "As it stood at the end of the quarter, {day}.")
        day = report.span.ends_on
    return text.format(day=day_text(day))


def _meetings_line(report: QuarterReport, rate: str) -> str:
    """The overview's line on the meetings."""
    figures = report.figures
    if figures.to_come:
        text = translate(
            "SummaryHtml",
            "Meetings: {held} held of {planned} planned; attendance {rate} "
            "({to_come} still to come)",
        )
    else:
        text = translate(
            "SummaryHtml", "Meetings: {held} held of {planned} planned; attendance {rate}"
        )
    return text.format(
        held=figures.held, planned=figures.planned, rate=rate, to_come=figures.to_come
    )


def _items_line(report: QuarterReport) -> str:
    """The overview's line on the action items."""
    items = report.items
    if items.dropped and items.overdue_at_end:
        text = translate(
            "SummaryHtml",
            "Action items: {completed} completed, {open} open, {dropped} dropped "
            "({overdue} overdue)",
        )
    elif items.dropped:
        text = translate(
            "SummaryHtml", "Action items: {completed} completed, {open} open, {dropped} dropped"
        )
    elif items.overdue_at_end:
        text = translate(
            "SummaryHtml", "Action items: {completed} completed, {open} open ({overdue} overdue)"
        )
    else:
        text = translate("SummaryHtml", "Action items: {completed} completed, {open} open")
    return text.format(
        completed=items.completed,
        open=items.open_at_end,
        dropped=items.dropped,
        overdue=items.overdue_at_end,
    )


def _overview(report: QuarterReport) -> str:
    """The first lines a reader sees: goals and how they stand, meetings, items, next."""
    figures = report.figures
    goals = "".join(
        f"<li>{_kind(report, line.goal)}: "
        f"{literal(line.goal.title)} — {_standing(line, report.current)}</li>"
        for line in report.goals
    )
    rate = "–" if figures.attendance is None else f"{round(100 * figures.attendance)}%"
    upcoming = ", ".join(literal(g.title) for g in report.next_goals) or translate(
        "SummaryHtml", "not set yet"
    )
    wins = "".join(
        "<li>"
        + translate("SummaryHtml", "Win, {day} ({who}): {text}").format(
            day=day_text(win.won_on), who=literal(who), text=literal(win.text)
        )
        + "</li>"
        for who, win in report.wins
    )
    no_goals = translate("SummaryHtml", "No goals were set for this quarter.")
    upcoming_line = translate("SummaryHtml", "Next quarter's goals: {goals}").format(goals=upcoming)
    return (
        f"<h2>{translate('SummaryHtml', 'At a glance')}</h2><ul>"
        + (goals or f"<li>{no_goals}</li>")
        + wins
        + f"<li>{_meetings_line(report, rate)}</li><li>{_items_line(report)}</li>"
        + ("" if _final(report) else f"<li>{upcoming_line}</li>")
        + "</ul>"
    )


def _final(report: QuarterReport) -> bool:
    """The summary of the quarter the pair ended in: there is no next quarter."""
    ended = report.pair.ended_on
    return ended is not None and ended in report.span


def _partners(pair: Pair) -> str:
    """Who the pair is, as the summary's first line says it."""
    if pair.peers:
        both = translate("SummaryHtml", "{mentor} and {mentee}").format(
            mentor=literal(pair.mentor.name), mentee=literal(pair.mentee.name)
        )
        return f"{_label(translate('SummaryHtml', 'Peers:'))} {both}"
    return (
        f"{_label(translate('SummaryHtml', 'Mentor:'))} {literal(pair.mentor.name)} · "
        f"{_label(translate('SummaryHtml', 'Mentee:'))} {literal(pair.mentee.name)}"
    )


def _table(header: str, rows: str) -> str:
    return (
        "<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
        f"<thead><tr>{header}</tr></thead>{rows}</table>"
    )


def report_html(report: QuarterReport) -> tuple[str, list[ChartData]]:
    """The summary as HTML, with [[chart:N]] where chart N goes, in the language in use."""
    pair, span, figures, items = report.pair, report.span, report.figures, report.items
    as_of_day = report.as_of.date() if report.current else report.as_of.date() - timedelta(days=1)
    charts = [
        ChartData(
            span,
            line.goal.target_date,
            tuple(c for c in line.goal.checkins if c.on <= as_of_day),
            min(report.made_on, span.ends_on),
            line.behind,
        )
        for line in report.goals
    ]
    quarter = translate("SummaryHtml", "Quarter {number}:").format(number=span.number)
    left_out = translate(
        "SummaryHtml",
        "This is the manager copy: it leaves out what the pair keeps between them: the topics "
        "and notes of their sessions, their reflections on their goals, the steps, notes and "
        "outcomes of their checklists, and their health-check answers. It is not for signing.",
    )
    parts = [
        f"<h1>{translate('SummaryHtml', 'Quarterly progress summary')}</h1>"
        f"<p>{_partners(pair)}<br>{_label(quarter)} "
        f"{date_range(span.starts_on, span.ends_on)}<br>{_moment(report)}</p>",
        f"<p><i>{left_out}</i></p>" if report.manager_copy else "",
        _overview(report),
        f"<h2>{translate('SummaryHtml', 'Goals')}</h2>",
        *(
            _goal_html(line, i, report.current, _whose(report, line.goal), as_of_day)
            for i, line in enumerate(report.goals)
        ),
    ]
    if not report.goals:
        parts.append(f"<p>{translate('SummaryHtml', 'No goals were set for this quarter.')}</p>")
    rate = "–" if figures.attendance is None else f"{round(100 * figures.attendance)}%"
    counts = translate(
        "SummaryHtml",
        "Planned {planned} = held {held} + missed {missed} + cancelled {cancelled} + still to "
        "come {to_come} · moved {moved}",
    ).format(
        planned=figures.planned,
        held=figures.held,
        missed=figures.missed,
        cancelled=figures.cancelled,
        to_come=figures.to_come,
        moved=figures.moved,
    )
    attendance = translate("SummaryHtml", "attendance {rate}").format(rate=rate)
    counted_how = translate(
        "SummaryHtml",
        "Every meeting of the quarter is counted once, by how it went; a moved one where it "
        "went. Attendance is held out of held and missed.",
    )
    parts += [
        f"<h2>{translate('SummaryHtml', 'Meetings')}</h2>",
        f"<p>{counts} · <b>{attendance}</b><br>{counted_how}</p>",
    ]
    if report.held_sessions and report.manager_copy:
        held_on = ", ".join(day_text(s.scheduled_for.date()) for s in report.held_sessions)
        parts.append(f"<p>{_label(translate('SummaryHtml', 'Held on:'))} {held_on}.</p>")
    elif report.held_sessions:
        rows = "".join(
            f"<tr><td>{day_text(s.scheduled_for.date())}</td>"
            f"<td>{literal(', '.join(s.topics)) or '–'}</td></tr>"
            for s in report.held_sessions
        )
        parts.append(
            _table(
                f"<th align='left'>{translate('SummaryHtml', 'Held on')}</th>"
                f"<th align='left'>{translate('SummaryHtml', 'Topics')}</th>",
                rows,
            )
        )
    item_counts = translate(
        "SummaryHtml",
        "Carried in {carried_in} + created {created} = completed {completed} + dropped "
        "{dropped} + open at the end {open} · of those open, overdue {overdue}",
    ).format(
        carried_in=items.carried_in,
        created=items.created,
        completed=items.completed,
        dropped=items.dropped,
        open=items.open_at_end,
        overdue=items.overdue_at_end,
    )
    item_words = translate(
        "SummaryHtml",
        "Carried in: agreed before the quarter and still open when it began. Dropped: the "
        "pair agreed it will not be done. Open at the end: neither done nor dropped by the "
        "quarter's last day (or by today for the current quarter).",
    )
    parts += [
        f"<h2>{translate('SummaryHtml', 'Action items')}</h2>",
        f"<p>{item_counts}<br>{item_words}</p>",
        _items_table(translate("SummaryHtml", "Open at the end"), report.open_at_end),
        _items_table(translate("SummaryHtml", "Completed"), report.completed, "done"),
        *(
            [_items_table(translate("SummaryHtml", "Dropped"), report.dropped, "dropped")]
            if report.dropped
            else []
        ),
        f"<h2>{translate('SummaryHtml', 'Checklists')}</h2>",
    ]
    parts += [_run_html(report, r) for r in report.runs]
    if not report.runs:
        parts.append(f"<p>{translate('SummaryHtml', 'No checklist was needed this quarter.')}</p>")
    parts += _health_html(report)
    parts += _ending_html(report)
    return "".join(parts), charts


def _run_html(report: QuarterReport, run: ChecklistRun) -> str:
    """A checklist run of the quarter: when, and (but in the manager copy) its outcome."""
    started, closed = day_text(run.started_on), day_text(run.completed_on)
    if report.manager_copy and run.completed_on:
        text = translate("SummaryHtml", "(started {started}, closed {closed})")
    elif report.manager_copy:
        text = translate("SummaryHtml", "(started {started}, open)")
    elif run.completed_on:
        text = translate("SummaryHtml", "(started {started}, closed {closed}): {outcome}")
    else:
        text = translate("SummaryHtml", "(started {started}, open): {outcome}")
    outcome = literal(run.outcome) or translate("SummaryHtml", "no outcome yet")
    words = text.format(started=started, closed=closed, outcome=outcome)
    return f"<p><b>{literal(run.title)}</b> {words}</p>"


def _health_html(report: QuarterReport) -> list[str]:
    """The health check: both partners' answers side by side (never in the manager copy)."""
    parts = [f"<h2>{translate('SummaryHtml', 'Health check')}</h2>"]
    if report.manager_copy:
        stay = translate("SummaryHtml", "The pair's answers stay between them.")
        parts.append(f"<p>{stay}</p>")
    elif report.health:
        header = "".join(f"<th>{literal(name)}</th>" for name, _ in report.health)
        rows = "".join(
            f"<tr><td>{translate('Health', q)}</td>"
            + "".join(f"<td align='center'>{a.scores[i]}</td>" for _, a in report.health)
            + "</tr>"
            for i, q in enumerate(HEALTH_QUESTIONS)
        )
        comments = "".join(
            f"<p><b>{literal(name)}:</b> {literal(a.comment) or '–'}</p>"
            for name, a in report.health
        )
        statement = translate("SummaryHtml", "Statement (1–5)")
        parts.append(_table(f"<th align='left'>{statement}</th>{header}", rows) + comments)
    else:
        parts.append(
            "<p>"
            + translate(
                "SummaryHtml", "Shown once both partners have answered this quarter's check."
            )
            + "</p>"
        )
    return parts


def _ending_html(report: QuarterReport) -> list[str]:
    """Next quarter's goals (or the closing reflections), and the signatures."""
    pair, parts = report.pair, []
    ended_here = _final(report)  # the final summary: no next quarter, the reflections
    if not ended_here:
        next_goals = translate("SummaryHtml", "Next quarter's goals")
        parts.append(f"<h2>{next_goals}</h2>")
        parts += [
            "<p>"
            + translate("SummaryHtml", "{goal} (target {day})").format(
                goal=_skill_heading(g, _whose(report, g)), day=day_text(g.target_date)
            )
            + "</p>"
            for g in report.next_goals
        ] or [f"<p>{translate('SummaryHtml', 'Not set yet.')}</p>"]
    if ended_here and any(pair.closing) and not report.manager_copy:
        parts.append(f"<h2>{translate('SummaryHtml', 'Closing reflections')}</h2>")
        parts += [
            f"<p><b>{literal(person.name)}:</b> {literal(words)}</p>"
            for person, words in zip((pair.mentor, pair.mentee), pair.closing, strict=True)
            if words
        ]
    if (signed := report.signature) is not None:
        said = translate(
            "SummaryHtml",
            "Signed in MentorDesk on {day} by {mentor} ({mentor_role}) and {mentee} "
            "({mentee_role}): version {version} of this quarter's summary. MentorDesk keeps "
            "this PDF as signed; {command} tells whether a copy is unchanged.",
        ).format(
            day=day_text(signed.signed_on),
            mentor=literal(signed.mentor_name),
            mentor_role=pair.role_word(Role.MENTOR),
            mentee=literal(signed.mentee_name),
            mentee_role=pair.role_word(Role.MENTEE),
            version=signed.version,
            command="<i>mentordesk verify</i>",
        )
        parts.append(f"<h2>{translate('SummaryHtml', 'Signed')}</h2><p>{said}</p>")
    elif not report.manager_copy:
        signature = translate("SummaryHtml", "Signature:")
        dated = translate("SummaryHtml", "Date:")
        parts.append(
            f"<h2>{translate('SummaryHtml', 'Signatures')}</h2>"
            # Lines, not a table: Qt's layout left blank pages before a padded table
            # that met a page's end.
            + "".join(
                f"<p style='margin-top: 18px'>{pair.role_word(role).title()}: "
                f"{literal(person.name)}<br><br>{signature} ____________________________"
                f"&nbsp;&nbsp;&nbsp;{dated} ______________</p>"
                for role, person in ((Role.MENTOR, pair.mentor), (Role.MENTEE, pair.mentee))
            )
        )
    return parts
