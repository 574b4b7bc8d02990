<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Pair…</source>
        <translation>&amp;Neues Paar…</translation>
    </message>
    <message>
        <source>Form a new mentoring pair</source>
        <translation>Ein neues Mentoring-Paar bilden</translation>
    </message>
    <message>
        <source>Edit &amp;Pair…</source>
        <translation>Paar be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Change the pair&apos;s start date or how its quarters run</source>
        <translation>Den Beginn des Paares ändern oder wie seine Quartale laufen</translation>
    </message>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>Besprechungs&amp;modus</translation>
    </message>
    <message>
        <source>One focused window for the meeting that is on now</source>
        <translation>Ein Fenster nur für das Treffen, das gerade ist</translation>
    </message>
    <message>
        <source>Next Meeting&apos;s A&amp;genda…</source>
        <translation>&amp;Agenda des nächsten Treffens…</translation>
    </message>
    <message>
        <source>The next meeting&apos;s agenda, to copy, print or e-mail ahead</source>
        <translation>Die Agenda des nächsten Treffens, vorab zum Kopieren, Drucken oder Mailen</translation>
    </message>
    <message>
        <source>Meeting &amp;Recap…</source>
        <translation>&amp;Rückblick auf ein Treffen…</translation>
    </message>
    <message>
        <source>A meeting&apos;s topics, decisions and action items, to copy, print or e-mail</source>
        <translation>Themen, Entscheidungen und Aufgaben eines Treffens, zum Kopieren, Drucken oder Mailen</translation>
    </message>
    <message>
        <source>Run a &amp;Checklist…</source>
        <translation>&amp;Checkliste durchgehen…</translation>
    </message>
    <message>
        <source>Work through a conflict-resolution checklist together</source>
        <translation>Gemeinsam eine Checkliste zur Konfliktlösung durchgehen</translation>
    </message>
    <message>
        <source>Checklist &amp;Templates…</source>
        <translation>Checklisten-Vor&amp;lagen…</translation>
    </message>
    <message>
        <source>Edit the checklists, or write your own</source>
        <translation>Die Checklisten bearbeiten oder eigene schreiben</translation>
    </message>
    <message>
        <source>&amp;Team Overview…</source>
        <translation>&amp;Teamübersicht…</translation>
    </message>
    <message>
        <source>Every pair&apos;s health at a glance</source>
        <translation>Wie es jedem Paar geht, auf einen Blick</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>Add a person to the team</source>
        <translation>Eine Person zum Team hinzufügen</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Alle Personen…</translation>
    </message>
    <message>
        <source>See, edit and remove the people of the team</source>
        <translation>Die Personen des Teams ansehen, bearbeiten und entfernen</translation>
    </message>
    <message>
        <source>I &amp;Am…</source>
        <translation>&amp;Ich bin…</translation>
    </message>
    <message>
        <source>Choose who you are: your private notes</source>
        <translation>Wählen, wer Sie sind: Ihre privaten Notizen</translation>
    </message>
    <message>
        <source>Edit &amp;Agreement…</source>
        <translation>&amp;Vereinbarung bearbeiten…</translation>
    </message>
    <message>
        <source>Write or change the pair&apos;s mentoring agreement</source>
        <translation>Die Mentoring-Vereinbarung des Paares schreiben oder ändern</translation>
    </message>
    <message>
        <source>Sign as &amp;Mentor</source>
        <translation>Als &amp;Mentor unterschreiben</translation>
    </message>
    <message>
        <source>Sign the agreement as the mentor, dated today</source>
        <translation>Die Vereinbarung als Mentor unterschreiben, mit heutigem Datum</translation>
    </message>
    <message>
        <source>Sign as M&amp;entee</source>
        <translation>Als M&amp;entee unterschreiben</translation>
    </message>
    <message>
        <source>Sign the agreement as the mentee, dated today</source>
        <translation>Die Vereinbarung als Mentee unterschreiben, mit heutigem Datum</translation>
    </message>
    <message>
        <source>En&amp;d Pair…</source>
        <translation>Paar &amp;beenden…</translation>
    </message>
    <message>
        <source>End the pair, with a reason</source>
        <translation>Das Paar beenden, mit einem Grund</translation>
    </message>
    <message>
        <source>&amp;Print Quarterly Summary…</source>
        <translation>Quartalsbericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the chosen quarter&apos;s progress summary</source>
        <translation>Den Fortschrittsbericht des gewählten Quartals drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the quarterly summary before printing</source>
        <translation>Den Quartalsbericht vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Save Summary as P&amp;DF…</source>
        <translation>Bericht als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the quarterly progress summary as a PDF</source>
        <translation>Den Fortschrittsbericht des Quartals als PDF speichern</translation>
    </message>
    <message>
        <source>Save Manager Cop&amp;y as PDF…</source>
        <translation>&amp;Kopie für die Führungskraft als PDF…</translation>
    </message>
    <message>
        <source>The summary without the pair&apos;s topics, notes, checklist details and health answers</source>
        <translation>Der Bericht ohne Themen, Notizen, Checklisten-Details und Antworten zur Zusammenarbeit</translation>
    </message>
    <message>
        <source>Si&amp;gn Quarterly Summary…</source>
        <translation>Quartalsbericht &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>Sign the chosen quarter&apos;s summary together; it is kept exactly as signed</source>
        <translation>Den Bericht des gewählten Quartals gemeinsam unterschreiben; er bleibt genau so erhalten</translation>
    </message>
    <message>
        <source>Signed Su&amp;mmaries…</source>
        <translation>Unterschriebene Be&amp;richte…</translation>
    </message>
    <message>
        <source>The summaries this pair signed: save a copy, verify a PDF</source>
        <translation>Die Berichte, die dieses Paar unterschrieben hat: Kopie speichern, PDF prüfen</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Take a verified backup now</source>
        <translation>Jetzt eine geprüfte Sicherung anlegen</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put the data of an earlier backup back</source>
        <translation>Die Daten einer früheren Sicherung zurückholen</translation>
    </message>
    <message>
        <source>&amp;Check Database…</source>
        <translation>Datenbank prü&amp;fen…</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and references</source>
        <translation>Die Datenbank auf Unversehrtheit und Verweise prüfen</translation>
    </message>
    <message>
        <source>Shared &amp;Team Database…</source>
        <translation>Gemeinsame &amp;Team-Datenbank…</translation>
    </message>
    <message>
        <source>Open one PostgreSQL database shared by the team</source>
        <translation>Eine PostgreSQL-Datenbank öffnen, die das Team teilt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add people and pairs from an interchange file</source>
        <translation>Personen und Paare aus einer Austauschdatei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write people and pairs to an interchange file</source>
        <translation>Personen und Paare in eine Austauschdatei schreiben</translation>
    </message>
    <message>
        <source>Load &amp;Demo Team</source>
        <translation>Demo-Team &amp;laden</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo team to explore</source>
        <translation>Eine leere Datenbank mit einem Demo-Team zum Ausprobieren füllen</translation>
    </message>
    <message>
        <source>&amp;Find Pair</source>
        <translation>Paar &amp;finden</translation>
    </message>
    <message>
        <source>Filter the pair list by name</source>
        <translation>Die Paarliste nach Namen filtern</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Hide every private note while you share your screen</source>
        <translation>Alle privaten Notizen verbergen, während Sie Ihren Bildschirm teilen</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>Which reminders show, and MentorDesk in the system tray</source>
        <translation>Welche Erinnerungen erscheinen, und MentorDesk im Infobereich</translation>
    </message>
    <message>
        <source>Pair &amp;List</source>
        <translation>Paar&amp;liste</translation>
    </message>
    <message>
        <source>Show or hide the list of pairs, for more room</source>
        <translation>Die Liste der Paare zeigen oder verbergen, für mehr Platz</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>The pair&apos;s goals by quarter</source>
        <translation>Die Ziele des Paares nach Quartal</translation>
    </message>
    <message>
        <source>&amp;Search Notes…</source>
        <translation>Notizen &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search topics, notes and action items of every pair</source>
        <translation>Themen, Notizen und Aufgaben aller Paare durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>The session log: notes, topics, action items</source>
        <translation>Das Sitzungsprotokoll: Notizen, Themen, Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>The pair&apos;s weekly meeting and calendar files</source>
        <translation>Das wöchentliche Treffen des Paares und Kalenderdateien</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zusammenarbeit</translation>
    </message>
    <message>
        <source>The pair&apos;s health: signals, checklists, health check</source>
        <translation>Wie es dem Paar geht: Signale, Checklisten, Check-up</translation>
    </message>
    <message>
        <source>Pair &amp;&amp; &amp;Agreement</source>
        <translation>Paar &amp;&amp; &amp;Vereinbarung</translation>
    </message>
    <message>
        <source>The pair&apos;s details and mentoring agreement</source>
        <translation>Die Angaben des Paares und seine Mentoring-Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Guidance…</source>
        <translation>&amp;Leitfaden…</translation>
    </message>
    <message>
        <source>A first meeting&apos;s script, conversation starters, listening and feedback</source>
        <translation>Ablauf eines ersten Treffens, Gesprächseinstiege, Zuhören und Feedback</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key MentorDesk answers to</source>
        <translation>Alle Tasten, auf die MentorDesk hört</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Über MentorDesk</translation>
    </message>
    <message>
        <source>Sign as {name}</source>
        <translation>Als {name} unterschreiben</translation>
    </message>
    <message>
        <source>Sign the agreement as {name}, dated today</source>
        <translation>Die Vereinbarung als {name} unterschreiben, mit heutigem Datum</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>e.g. Weekly, 45 minutes, Mondays 16:00</source>
        <translation>z. B. wöchentlich, 45 Minuten, montags 16:00</translation>
    </message>
    <message>
        <source>What we discuss stays between the two of us</source>
        <translation>Was wir besprechen, bleibt unter uns beiden</translation>
    </message>
    <message>
        <source>Changing the words clears the signatures: both of you sign the new version again.</source>
        <translation>Wer den Text ändert, löscht die Unterschriften: Sie beide unterschreiben die neue Fassung erneut.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Letztes Treffen</translation>
    </message>
    <message>
        <source>Missed in a row</source>
        <translation>In Folge verpasst</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Goals behind</source>
        <translation>Ziele im Rückstand</translation>
    </message>
    <message>
        <source>Open checklists</source>
        <translation>Offene Checklisten</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <source>Why the pair ends, in a sentence or two</source>
        <translation>Warum das Paar endet, in ein, zwei Sätzen</translation>
    </message>
    <message>
        <source>Each of you may write a short closing reflection; the final summary includes it.</source>
        <translation>Jede und jeder von Ihnen kann einen kurzen Rückblick schreiben; der Abschlussbericht enthält ihn.</translation>
    </message>
</context>
<context>
    <name>FeedbackBox</name>
    <message>
        <source>Give Feedback…</source>
        <translation>Feedback geben…</translation>
    </message>
    <message>
        <source>The last meeting&apos;s feedback, side by side</source>
        <translation>Das Feedback zum letzten Treffen, nebeneinander</translation>
    </message>
    <message>
        <source>After each held meeting, each of you may say in a few seconds how useful it was and who did the talking and the work.</source>
        <translation>Nach jedem Treffen kann jede Seite in ein paar Sekunden sagen, wie nützlich es war und wer geredet und gearbeitet hat.</translation>
    </message>
</context>
<context>
    <name>FirstPair</name>
    <message>
        <source>Add the two people: a mentor and a mentee, or two peers who both teach and learn.</source>
        <translation>Die beiden Personen hinzufügen: eine Mentorin oder einen Mentor und einen Mentee, oder zwei Peers, die beide lehren und lernen.</translation>
    </message>
    <message>
        <source>Form a pair of them, with the day it starts.</source>
        <translation>Aus ihnen ein Paar bilden, mit dem Tag, an dem es beginnt.</translation>
    </message>
    <message>
        <source>Then write your agreement, plan the weekly meeting and set the quarter&apos;s goals: the pair&apos;s tabs open here. Or look around first with the demo team (while the team is still empty), or import a file.</source>
        <translation>Dann die Vereinbarung schreiben, das wöchentliche Treffen planen und die Ziele des Quartals setzen: Die Reiter des Paares öffnen sich hier. Oder sehen Sie sich zuerst mit dem Demo-Team um (solange das Team noch leer ist) oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>Your first pair</source>
        <translation>Ihr erstes Paar</translation>
    </message>
    <message>
        <source>One so far.</source>
        <translation>Eine bisher.</translation>
    </message>
    <message>
        <source>Done: {count} people.</source>
        <translation>Erledigt: {count} Personen.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Specific:</source>
        <translation>Konkret:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Messbar an:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Zieldatum:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Self-rating:</source>
        <translation>Selbsteinschätzung:</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Einschätzen…</translation>
    </message>
    <message>
        <source>Self-assessment: where the skill stands, 1 to 5, before and after the quarter</source>
        <translation>Selbsteinschätzung: wo die Fähigkeit steht, 1 bis 5, vor und nach dem Quartal</translation>
    </message>
    <message>
        <source>Set Goal…</source>
        <translation>Ziel setzen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Check In…</source>
        <translation>Zwischenstand…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Bilanz…</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
    <message>
        <source>Add Milestone…</source>
        <translation>Meilenstein hinzufügen…</translation>
    </message>
    <message>
        <source>A dated step on the way to this goal (a few at most)</source>
        <translation>Ein datierter Schritt auf dem Weg zu diesem Ziel (höchstens ein paar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>What the mentor learns by teaching: a technical or soft-skill goal of their own</source>
        <translation>Was die Mentorin oder der Mentor beim Lehren lernt: ein eigenes fachliches oder überfachliches Ziel</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Run a Checklist…</source>
        <translation>Checkliste durchgehen…</translation>
    </message>
    <message>
        <source>Answer the Health Check…</source>
        <translation>Check-up beantworten…</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>No checklist run yet. When scheduling, expectations or the balance between you go wrong, a checklist walks you through it, step by step.</source>
        <translation>Noch keine Checkliste durchgegangen. Wenn Termine, Erwartungen oder das Gleichgewicht zwischen Ihnen schiefgehen, führt eine Checkliste Sie Schritt für Schritt hindurch.</translation>
    </message>
    <message>
        <source>Health check this quarter</source>
        <translation>Check-up in diesem Quartal</translation>
    </message>
    <message>
        <source>Choose a pair to see its health.</source>
        <translation>Ein Paar wählen, um zu sehen, wie es ihm geht.</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Presentation mode: private notes are hidden.</source>
        <translation>Präsentationsmodus: private Notizen sind verborgen.</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>Treffen &amp;beenden…</translation>
    </message>
    <message>
        <source>A recap of this meeting, then close (Ctrl+Shift+Return)</source>
        <translation>Ein Rückblick auf dieses Treffen, dann schließen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>Show or hide the scripts and questions that suit this meeting (Ctrl+G)</source>
        <translation>Die Abläufe und Fragen zu diesem Treffen zeigen oder verbergen (Strg+G)</translation>
    </message>
    <message>
        <source>Agenda — tick what you discussed, and items when done</source>
        <translation>Agenda — abhaken, was besprochen ist, und Aufgaben, wenn erledigt</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>This is the pair&apos;s first recorded session.</source>
        <translation>Das ist die erste festgehaltene Sitzung des Paares.</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Plan…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Plan the weekly meeting, or change it from a date on</source>
        <translation>Das wöchentliche Treffen planen oder ab einem Datum ändern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Calendar File…</source>
        <translation>Kalenderdatei…</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file (.ics) to import</source>
        <translation>Die Treffen als Kalenderdatei (.ics) zum Importieren speichern</translation>
    </message>
    <message>
        <source>Send Invitation…</source>
        <translation>Einladung senden…</translation>
    </message>
    <message>
        <source>An e-mail from the mentor to the mentee with the invitation, opened in your mail program to send</source>
        <translation>Eine E-Mail von Mentor an Mentee mit der Einladung, im Mailprogramm zum Senden geöffnet</translation>
    </message>
    <message>
        <source>Send Cancellation…</source>
        <translation>Absage senden…</translation>
    </message>
    <message>
        <source>Cancel the meetings and open an e-mail with the cancellation to send</source>
        <translation>Die Treffen absagen und eine E-Mail mit der Absage zum Senden öffnen</translation>
    </message>
    <message>
        <source>No weekly meeting yet. Pairs that meet at the same time and place every week keep going: plan yours, then send it as a calendar invitation.</source>
        <translation>Noch kein wöchentliches Treffen. Paare, die sich jede Woche zur selben Zeit am selben Ort treffen, bleiben dran: Planen Sie Ihres und senden Sie es als Kalendereinladung.</translation>
    </message>
    <message>
        <source>Choose a pair to see its meetings.</source>
        <translation>Ein Paar wählen, um seine Treffen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Paar</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Light or dark, as the desktop&apos;s colour scheme is</source>
        <translation>Hell oder dunkel, wie das Farbschema des Desktops</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on a light window</source>
        <translation>Dunkle Schrift auf hellem Fenster</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark window</source>
        <translation>Helle Schrift auf dunklem Fenster</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aussehen</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>MentorDesk speaks the language you chose from its next start. Start it again now? Your work is saved.</source>
        <translation>MentorDesk spricht die gewählte Sprache ab dem nächsten Start. Jetzt neu starten? Ihre Arbeit ist gespeichert.</translation>
    </message>
    <message>
        <source>Start &amp;Again Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Choose a person</source>
        <translation>Eine Person wählen</translation>
    </message>
</context>
<context>
    <name>PairList</name>
    <message>
        <source>Filter pairs by name or department</source>
        <translation>Paare nach Name oder Abteilung filtern</translation>
    </message>
    <message>
        <source>Show &amp;ended pairs</source>
        <translation>&amp;Beendete Paare zeigen</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>No pair matches this filter.</source>
        <translation>Kein Paar passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>No pairs yet.

Add two people, then form a pair of them.</source>
        <translation>Noch keine Paare.

Zwei Personen hinzufügen, dann aus ihnen ein Paar bilden.</translation>
    </message>
    <message>
        <source>No pairs yet.

Add one more person, then form a pair of the two.</source>
        <translation>Noch keine Paare.

Noch eine Person hinzufügen, dann aus den beiden ein Paar bilden.</translation>
    </message>
    <message>
        <source>No pairs yet.

Form a pair of two people: a mentor and a mentee, or two peers.</source>
        <translation>Noch keine Paare.

Ein Paar aus zwei Personen bilden: Mentor und Mentee, oder zwei Peers.</translation>
    </message>
</context>
<context>
    <name>PairOverview</name>
    <message>
        <source>Choose a pair on the left to see it here.</source>
        <translation>Links ein Paar wählen, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <source>Mentee:</source>
        <translation>Mentee:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quartal:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Nächstes Treffen:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zusammenarbeit:</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Mentoring-Vereinbarung</translation>
    </message>
    <message>
        <source>No agreement yet. Write one together at your first meeting: how often you meet, what you expect of each other, confidentiality, and how either of you may end the pair.</source>
        <translation>Noch keine Vereinbarung. Schreiben Sie beim ersten Treffen gemeinsam eine: wie oft Sie sich treffen, was Sie voneinander erwarten, Vertraulichkeit und wie jede Seite das Paar beenden kann.</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Rhythmus:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Expectations:</source>
        <translation>Erwartungen:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>How to end:</source>
        <translation>Beenden:</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Filter by name, email or department</source>
        <translation>Nach Name, E-Mail oder Abteilung filtern</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No people yet. Add everyone who mentors, is mentored or learns as a peer (Add… below); then form pairs of them with Pair ▸ New Pair.</source>
        <translation>Noch keine Personen. Fügen Sie alle hinzu, die mentorieren, mentoriert werden oder als Peer lernen (Hinzufügen… unten); bilden Sie dann Paare mit Paar ▸ Neues Paar.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Optional, e.g. Platform</source>
        <translation>Optional, z. B. Plattform</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>One topic per line</source>
        <translation>Ein Thema pro Zeile</translation>
    </message>
    <message>
        <source>Shared notes: both of you see these</source>
        <translation>Gemeinsame Notizen: Sie beide sehen sie</translation>
    </message>
    <message>
        <source>Only you see this note</source>
        <translation>Nur Sie sehen diese Notiz</translation>
    </message>
    <message>
        <source>New action item, then Enter</source>
        <translation>Neue Aufgabe, dann Eingabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the chosen action item (Delete); Undo brings it back</source>
        <translation>Die gewählte Aufgabe löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Drop Item</source>
        <translation>Aufgabe fallen lassen</translation>
    </message>
    <message>
        <source>The pair agreed the chosen item will not be done: it stops being carried and counts as dropped on the quarterly summary (again to take it up)</source>
        <translation>Das Paar ist sich einig, dass die gewählte Aufgabe nicht erledigt wird: Sie wird nicht mehr übertragen und zählt im Quartalsbericht als fallen gelassen (noch einmal, um sie wieder aufzunehmen)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Choose a meeting in the log, or record a new session.</source>
        <translation>Ein Treffen im Protokoll wählen oder eine neue Sitzung festhalten.</translation>
    </message>
    <message>
        <source>Private notes: choose who you are (People ▸ I Am…) to keep notes only you see.</source>
        <translation>Private Notizen: wählen Sie, wer Sie sind (Personen ▸ Ich bin…), um Notizen nur für sich zu führen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SessionGoals</name>
    <message>
        <source>Check In</source>
        <translation>Zwischenstand</translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress, linked to this session</source>
        <translation>Den Fortschritt des Ziels festhalten, verknüpft mit dieser Sitzung</translation>
    </message>
    <message>
        <source>Goal progress:</source>
        <translation>Fortschritt des Ziels:</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Record This Meeting</source>
        <translation>Dieses Treffen festhalten</translation>
    </message>
    <message>
        <source>Start the session record of the chosen meeting</source>
        <translation>Das Protokoll des gewählten Treffens beginnen</translation>
    </message>
    <message>
        <source>New Ad-hoc Session</source>
        <translation>Neue spontane Sitzung</translation>
    </message>
    <message>
        <source>No meetings yet. Plan the weekly meeting (same time, same place), or write up a session you just had.</source>
        <translation>Noch keine Treffen. Planen Sie das wöchentliche Treffen (gleiche Zeit, gleicher Ort) oder halten Sie eine Sitzung fest, die Sie gerade hatten.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Plain &amp;text</source>
        <translation>Reiner &amp;Text</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>Text to share</source>
        <translation>Text zum Teilen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the text as shown, to paste into a chat or a mail</source>
        <translation>Den Text wie gezeigt kopieren, zum Einfügen in einen Chat oder eine Mail</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;E-mail Draft…</source>
        <translation>&amp;E-Mail-Entwurf…</translation>
    </message>
    <message>
        <source>Write an e-mail to your partner for your mail program</source>
        <translation>Eine E-Mail an Ihr Gegenüber für Ihr Mailprogramm schreiben</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Pair &amp;&amp; Agreement</source>
        <translation>Paar &amp;&amp; Vereinbarung</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zusammenarbeit</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Team Overview</source>
        <translation>Teamübersicht</translation>
    </message>
    <message>
        <source>No active pairs. Once there are some, this overview shows how each of them is doing and which need attention.</source>
        <translation>Keine aktiven Paare. Sobald es welche gibt, zeigt diese Übersicht, wie es jedem geht und welche Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <source>Reading every pair&apos;s health signals…</source>
        <translation>Die Signale aller Paare werden gelesen…</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
        <source>Agreements, quarterly goals, weekly meetings and a shared session log for mentoring pairs. Everything stays on this computer: no account, no server.</source>
        <translation>Vereinbarungen, Quartalsziele, wöchentliche Treffen und ein gemeinsames Sitzungsprotokoll für Mentoring-Paare. Alles bleibt auf diesem Computer: kein Konto, kein Server.</translation>
    </message>
    <message>
        <source>Explore with a &amp;demo team</source>
        <translation>Mit einem &amp;Demo-Team ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Import a MentorDesk file…</source>
        <translation>MentorDesk-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Start with an empty team</source>
        <translation>Mit einem &amp;leeren Team beginnen</translation>
    </message>
</context>
<context>
    <name>WinsBox</name>
    <message>
        <source>Nothing noted yet. A win is anything worth celebrating, from either of you: a first review led, a course finished, a kind word from a colleague.</source>
        <translation>Noch nichts notiert. Ein Erfolg ist alles, was sich zu feiern lohnt, von Ihnen beiden: ein erstes geleitetes Review, ein abgeschlossener Kurs, ein freundliches Wort von Kollegen.</translation>
    </message>
    <message>
        <source>Add &amp;Win…</source>
        <translation>&amp;Erfolg hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Win</source>
        <translation>Erfolg entfernen</translation>
    </message>
</context>
</TS>
