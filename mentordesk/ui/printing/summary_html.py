"""The quarterly progress summary as HTML: what it says, in the order it says it (the
paper, its pages and charts are report.py's). Every piece of user text goes through
`literal`, so tags, script and ampersands print as typed."""

from __future__ import annotations

import html
from datetime import date, timedelta

from mentordesk.domain.assessments import HIGHEST
from mentordesk.domain.date_words import date_range, day_text
from mentordesk.domain.goals import Goal
from mentordesk.domain.health import HEALTH_QUESTIONS
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.pairs import Pair, Role
from mentordesk.domain.words import english
from mentordesk.services.report import LEFT_OUT, GoalLine, ItemLine, Moment, QuarterReport
from mentordesk.ui.goals.chart_drawing import ChartData

CHART_LEGEND = (
    "Solid line and dots: progress at each check-in (red when behind schedule). Dashed "
    "line: steady progress from the quarter's start to the target date. Dotted line: today."
)
CHART_LEGEND_PAST = (
    "Solid line and dots: progress at each check-in of the quarter. Dashed line: steady "
    "progress from the quarter's start to the target date."
)
STATUS_WORDS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "achieved": "Achieved",
    "dropped": "Dropped",
}
OUTCOME_WORDS = {
    "achieved": "Achieved",
    "partly": "Partly achieved",
    "not_achieved": "Not achieved",
}


def literal(value: str) -> str:
    """User text as HTML that prints exactly as typed (control characters made visible)."""
    visible = "".join(
        chr(0x2400 + ord(c)) if ord(c) < 32 and c not in "\n\t" else "\u2421" if c == "\x7f" else c
        for c in value
    )
    return html.escape(visible).replace("\n", "<br>")


def _items_table(title: str, lines: tuple[ItemLine, ...], last: str = "Due") -> str:
    """A table of items; `last`: which day its last column gives (Due, Done, Dropped)."""
    if not lines:
        return f"<h4>{title}: none.</h4>"
    days = {"Due": lambda a: a.due, "Done": lambda a: a.done_on, "Dropped": lambda a: a.dropped_on}
    rows = "".join(
        f"<tr><td>{literal(line.owner)}</td><td>{literal(line.item.text)}</td>"
        f"<td>{day_text(days[last](line.item)) or '–'}"
        f"{' <b>(overdue)</b>' if line.overdue else ''}</td></tr>"
        for line in lines
    )
    return (
        f"<h4>{title} ({len(lines)}):</h4><table width='100%' cellpadding='3' "
        f"border='1' cellspacing='0'><thead><tr><th align='left'>Who</th>"
        f"<th align='left'>Action</th><th align='left'>{last}</th></tr></thead>"
        f"{rows}</table>"
    )


def _skill(goal: Goal) -> str:
    return "Technical" if goal.skill.value == "technical" else "Soft"


def _standing(line: GoalLine, current: bool) -> str:
    """Where a goal stood, in a few words: its review once reviewed, else its status
    (of a past quarter, only its progress then: its status now may be later news)."""
    goal = line.goal
    if goal.outcome is not None:
        words = f"reviewed: {OUTCOME_WORDS[goal.outcome.value].lower()}"
    elif not current:
        words = f"not reviewed, {line.progress}% at the end"
    else:
        words = f"{STATUS_WORDS[goal.status.value].lower()}, {line.progress}%"
        if line.behind:
            words += ", behind schedule"
    if line.carried_to is not None:
        words += f"; carried over to quarter {line.carried_to}"
    return words


def _whose(report: QuarterReport, goal: Goal) -> str:
    """'Ben's ' before a goal where goals may be either partner's (peers, or a mentor
    with a growth goal of their own), else nothing."""
    owners = {line.goal.owner for line in report.goals} | {g.owner for g in report.next_goals}
    if not report.pair.peers and owners <= {Role.MENTEE}:
        return ""
    return f"{report.pair.person(goal.owner).name}'s "


def _kind(report: QuarterReport, goal: Goal) -> str:
    """'Technical' or, where goals may be either partner's, 'Ben's technical' (HTML)."""
    whose = _whose(report, goal)
    return f"{literal(whose)}{_skill(goal).lower()}" if whose else _skill(goal)


def _milestones_html(line: GoalLine, as_of: date) -> str:
    """A goal's milestones as they stood on `as_of` (reached later: not yet, then)."""
    steps = line.goal.milestones
    if not steps:
        return ""

    def state(m: Milestone) -> str:
        if m.reached_on is not None and m.reached_on <= as_of:
            return f"reached {day_text(m.reached_on)}"
        return f"due {day_text(m.due)}"

    return (
        "<p><b>Milestones:</b> "
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
        f"{a.stage.value} {a.score} of {HIGHEST} ({day_text(a.assessed_on)}: {literal(a.evidence)})"
        for a in given
    ]
    return "<p><b>Self-assessment:</b> " + "; ".join(parts) + "</p>"


def _goal_html(
    line: GoalLine, index: int, current: bool, whose: str = "", as_of: date | None = None
) -> str:
    goal = line.goal
    review = ""
    if goal.outcome is not None:
        review = (
            f"<p><b>Quarter-end review:</b> {OUTCOME_WORDS[goal.outcome.value]}"
            + (f", carried over to quarter {line.carried_to}" if line.carried_to else "")
            + f". {literal(goal.reflection)}</p>"
        )
    flag = " <b>(behind schedule)</b>" if line.behind else ""
    status = f"<b>Status:</b> {STATUS_WORDS[goal.status.value]} · " if current else ""
    progress = "Progress" if current else "Progress at the end"
    legend = CHART_LEGEND if current else CHART_LEGEND_PAST
    return (
        f"<h3>{literal(whose)}{_skill(goal).lower() if whose else _skill(goal)} skill: "
        f"{literal(goal.title)}</h3>"
        f"<p><b>Specific:</b> {literal(goal.specific) or '–'}<br>"
        f"<b>Measured by:</b> {literal(goal.measure) or '–'}<br>"
        f"<b>Target date:</b> {day_text(goal.target_date)} · "
        f"{status}<b>{progress}:</b> {line.progress}%{flag}</p>"
        f"<p>[[chart:{index}]]<br><small>{legend}</small></p>"
        f"{_milestones_html(line, as_of or date.max)}"
        f"{_assessments_html(goal)}{review}"
    )


def _moment(report: QuarterReport) -> str:
    """Which moment the summary tells."""
    if report.moment is Moment.AHEAD:
        return f"As planned on {day_text(report.made_on)}: the quarter has not begun."
    if report.moment is Moment.UNDER_WAY:
        return f"As it stands on {day_text(report.made_on)}: the quarter is under way."
    if report.moment is Moment.ENDED:
        ended = report.pair.ended_on or report.span.ends_on
        return f"As it stood when the partnership ended, {day_text(ended)}."
    return f"As it stood at the end of the quarter, {day_text(report.span.ends_on)}."


def _overview(report: QuarterReport) -> str:
    """The first lines a reader sees: goals and how they stand, meetings, items, next."""
    figures, items = report.figures, report.items
    goals = "".join(
        f"<li>{_kind(report, line.goal)}: "
        f"{literal(line.goal.title)} — {_standing(line, report.current)}</li>"
        for line in report.goals
    )
    rate = "–" if figures.attendance is None else f"{round(100 * figures.attendance)}%"
    upcoming = ", ".join(literal(g.title) for g in report.next_goals) or "not set yet"
    wins = "".join(
        f"<li>Win, {day_text(win.won_on)} ({literal(who)}): {literal(win.text)}</li>"
        for who, win in report.wins
    )
    return (
        "<h2>At a glance</h2><ul>"
        + (goals or "<li>No goals were set for this quarter.</li>")
        + wins
        + f"<li>Meetings: {figures.held} held of {figures.planned} planned; attendance {rate}"
        + (f" ({figures.to_come} still to come)" if figures.to_come else "")
        + f"</li><li>Action items: {items.completed} completed, {items.open_at_end} open"
        + (f", {items.dropped} dropped" if items.dropped else "")
        + (f" ({items.overdue_at_end} overdue)" if items.overdue_at_end else "")
        + "</li>"
        + ("" if _final(report) else f"<li>Next quarter's goals: {upcoming}</li>")
        + "</ul>"
    )


def _final(report: QuarterReport) -> bool:
    """The summary of the quarter the pair ended in: there is no next quarter."""
    ended = report.pair.ended_on
    return ended is not None and ended in report.span


def _partners(pair: Pair) -> str:
    """Who the pair is, as the summary's first line says it."""
    if pair.peers:
        return f"<b>Peers:</b> {literal(pair.mentor.name)} and {literal(pair.mentee.name)}"
    return (
        f"<b>Mentor:</b> {literal(pair.mentor.name)} · <b>Mentee:</b> {literal(pair.mentee.name)}"
    )


def report_html(report: QuarterReport) -> tuple[str, list[ChartData]]:
    """The summary as HTML, with [[chart:N]] where chart N goes."""
    with english():  # the summary is English, whatever the window speaks (for now)
        return _report_html(report)


def _report_html(report: QuarterReport) -> tuple[str, list[ChartData]]:
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
    parts = [
        f"<h1>Quarterly progress summary</h1><p>{_partners(pair)}<br><b>Quarter {span.number}:</b> "
        f"{date_range(span.starts_on, span.ends_on)}<br>{_moment(report)}</p>",
        f"<p><i>{LEFT_OUT}</i></p>" if report.manager_copy else "",
        _overview(report),
        "<h2>Goals</h2>",
        *(
            _goal_html(line, i, report.current, _whose(report, line.goal), as_of_day)
            for i, line in enumerate(report.goals)
        ),
    ]
    if not report.goals:
        parts.append("<p>No goals were set for this quarter.</p>")
    rate = "–" if figures.attendance is None else f"{round(100 * figures.attendance)}%"
    parts += [
        "<h2>Meetings</h2>",
        f"<p>Planned {figures.planned} = held {figures.held} + missed {figures.missed} + "
        f"cancelled {figures.cancelled} + still to come {figures.to_come} · "
        f"moved {figures.moved} · <b>attendance {rate}</b><br>"
        "Every meeting of the quarter is counted once, by how it went; a moved one where it "
        "went. Attendance is held out of held and missed.</p>",
    ]
    if report.held_sessions and report.manager_copy:
        held_on = ", ".join(day_text(s.scheduled_for.date()) for s in report.held_sessions)
        parts.append(f"<p><b>Held on:</b> {held_on}.</p>")
    elif report.held_sessions:
        rows = "".join(
            f"<tr><td>{day_text(s.scheduled_for.date())}</td>"
            f"<td>{literal(', '.join(s.topics)) or '–'}</td></tr>"
            for s in report.held_sessions
        )
        parts.append(
            "<table width='100%' cellpadding='3' border='1' cellspacing='0'>"
            "<thead><tr><th align='left'>Held on</th><th align='left'>Topics</th>"
            f"</tr></thead>{rows}</table>"
        )
    parts += [
        "<h2>Action items</h2>",
        f"<p>Carried in {items.carried_in} + created {items.created} = completed "
        f"{items.completed} + dropped {items.dropped} + open at the end {items.open_at_end} "
        f"· of those open, overdue {items.overdue_at_end}<br>Carried in: agreed before the "
        "quarter and still open when it began. Dropped: the pair agreed it will not be done. "
        "Open at the end: neither done nor dropped by the quarter's last day (or by today "
        "for the current quarter).</p>",
        _items_table("Open at the end", report.open_at_end),
        _items_table("Completed", report.completed, "Done"),
        *([_items_table("Dropped", report.dropped, "Dropped")] if report.dropped else []),
        "<h2>Checklists</h2>",
    ]
    parts += [
        f"<p><b>{literal(r.title)}</b> (started {day_text(r.started_on)}"
        + (f", closed {day_text(r.completed_on)}" if r.completed_on else ", open")
        + (")</p>" if report.manager_copy else f"): {literal(r.outcome) or 'no outcome yet'}</p>")
        for r in report.runs
    ]
    if not report.runs:
        parts.append("<p>No checklist was needed this quarter.</p>")
    parts.append("<h2>Health check</h2>")
    if report.manager_copy:
        parts.append("<p>The pair's answers stay between them.</p>")
    elif report.health:
        header = "".join(f"<th>{literal(name)}</th>" for name, _ in report.health)
        rows = "".join(
            f"<tr><td>{q}</td>"
            + "".join(f"<td align='center'>{a.scores[i]}</td>" for _, a in report.health)
            + "</tr>"
            for i, q in enumerate(HEALTH_QUESTIONS)
        )
        comments = "".join(
            f"<p><b>{literal(name)}:</b> {literal(a.comment) or '–'}</p>"
            for name, a in report.health
        )
        parts.append(
            "<table width='100%' cellpadding='3' border='1' cellspacing='0'><thead>"
            f"<tr><th align='left'>Statement (1–5)</th>{header}</tr></thead>"
            f"{rows}</table>{comments}"
        )
    else:
        parts.append("<p>Shown once both partners have answered this quarter's check.</p>")
    ended_here = _final(report)  # the final summary: no next quarter, the reflections
    if not ended_here:
        parts.append("<h2>Next quarter's goals</h2>")
        parts += [
            f"<p>{_kind(report, g)} skill: {literal(g.title)} "
            f"(target {day_text(g.target_date)})</p>"
            for g in report.next_goals
        ] or ["<p>Not set yet.</p>"]
    if ended_here and any(pair.closing) and not report.manager_copy:
        parts.append("<h2>Closing reflections</h2>")
        parts += [
            f"<p><b>{literal(person.name)}:</b> {literal(words)}</p>"
            for person, words in zip((pair.mentor, pair.mentee), pair.closing, strict=True)
            if words
        ]
    if (signed := report.signature) is not None:
        parts.append(
            f"<h2>Signed</h2><p>Signed in MentorDesk on {day_text(signed.signed_on)} by "
            f"{literal(signed.mentor_name)} ({pair.role_word(Role.MENTOR)}) and "
            f"{literal(signed.mentee_name)} ({pair.role_word(Role.MENTEE)}): version "
            f"{signed.version} of this quarter's summary. MentorDesk keeps this PDF as "
            "signed; <i>mentordesk verify</i> tells whether a copy is unchanged."
            "</p>"
        )
    elif not report.manager_copy:
        parts.append(
            "<h2>Signatures</h2>"
            # Lines, not a table: Qt's layout left blank pages before a padded table
            # that met a page's end.
            + "".join(
                f"<p style='margin-top: 18px'>{pair.role_word(role).title()}: "
                f"{literal(person.name)}<br><br>Signature: ____________________________"
                "&nbsp;&nbsp;&nbsp;Date: ______________</p>"
                for role, person in ((Role.MENTOR, pair.mentor), (Role.MENTEE, pair.mentee))
            )
        )
    return "".join(parts), charts
