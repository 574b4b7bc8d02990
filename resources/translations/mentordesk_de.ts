<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemModel</name>
    <message>
        <source>{day} — overdue: its meeting is over</source>
        <translation>{day} — überfällig: sein Treffen ist vorbei</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (überfällig)</translation>
    </message>
    <message>
        <source>dropped {day}</source>
        <translation>fallen gelassen {day}</translation>
    </message>
    <message>
        <source>Serves no goal</source>
        <translation>Dient keinem Ziel</translation>
    </message>
    <message>
        <source>(a goal no longer planned)</source>
        <translation>(ein nicht mehr geplantes Ziel)</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
</context>
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
        <source>&amp;New Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>Save Summary as PD&amp;F…</source>
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
        <source>Pair &amp;&amp; Agr&amp;eement</source>
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
    <message>
        <source>close meeting mode or a dialog; clear the pair filter</source>
        <translation>Besprechungsmodus oder einen Dialog schließen; den Paarfilter leeren</translation>
    </message>
    <message>
        <source>accept a form from a notes field; in meeting mode, a new action item</source>
        <translation>ein Formular aus einem Notizfeld heraus bestätigen; im Besprechungsmodus eine neue Aufgabe</translation>
    </message>
    <message>
        <source>delete the chosen action item (Ctrl+Z brings it back)</source>
        <translation>die gewählte Aufgabe löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>in meeting mode, show or hide the guidance panel</source>
        <translation>im Besprechungsmodus den Leitfaden ein- oder ausblenden</translation>
    </message>
    <message>
        <source>in meeting mode&apos;s guidance, put the chosen question on the agenda</source>
        <translation>im Leitfaden des Besprechungsmodus die gewählte Frage auf die Agenda setzen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>{who}: {text}  (carried {times}×)</source>
        <translation>{who}: {text}  ({times}× übertragen)</translation>
    </message>
    <message>
        <source>Goal ({whose}) — {title}: {progress}%  (behind schedule)</source>
        <translation>Ziel ({whose}) — {title}: {progress} %  (im Rückstand)</translation>
    </message>
    <message>
        <source>Goal ({whose}) — {title}: {progress}%</source>
        <translation>Ziel ({whose}) — {title}: {progress} %</translation>
    </message>
    <message>
        <source>Milestone ({whose}) — {text}, due {day}</source>
        <translation>Meilenstein ({whose}) — {text}, fällig am {day}</translation>
    </message>
    <message>
        <source>Follow-up — {title}: {outcome}</source>
        <translation>Nachfassen — {title}: {outcome}</translation>
    </message>
    <message>
        <source>Follow-up — {title}: no outcome yet</source>
        <translation>Nachfassen — {title}: noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Added: {topic}</source>
        <translation>Hinzugefügt: {topic}</translation>
    </message>
    <message>
        <source>Question — {question}</source>
        <translation>Frage — {question}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement — {title}</source>
        <translation>Vereinbarung — {title}</translation>
    </message>
    <message>
        <source>e.g. Weekly, 45 minutes, Mondays 16:00</source>
        <translation>z. B. wöchentlich, 45 Minuten, montags 16:00</translation>
    </message>
    <message>
        <source>Runs &amp;until</source>
        <translation>Läuft &amp;bis</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>Über&amp;prüfen am</translation>
    </message>
    <message>
        <source>What each of you brings and expects: preparation, notes, …</source>
        <translation>Was jede Seite einbringt und erwartet: Vorbereitung, Notizen, …</translation>
    </message>
    <message>
        <source>What we discuss stays between the two of us</source>
        <translation>Was wir besprechen, bleibt unter uns beiden</translation>
    </message>
    <message>
        <source>How either of you may end the pair, without blame</source>
        <translation>Wie jede Seite das Paar beenden kann, ohne Schuldzuweisung</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>From the meeting series (Meetings tab): change it there.</source>
        <translation>Aus der Terminserie (Reiter Treffen): dort ändern.</translation>
    </message>
    <message>
        <source>E&amp;xpectations:</source>
        <translation>&amp;Erwartungen:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>How to &amp;end:</source>
        <translation>Bee&amp;nden:</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partnerschaft:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>On the review date the pair is reminded to read the agreement together.</source>
        <translation>Am Überprüfungstag wird das Paar erinnert, die Vereinbarung gemeinsam zu lesen.</translation>
    </message>
    <message>
        <source>Changing the words clears the signatures: both of you sign the new version again.</source>
        <translation>Wer den Text ändert, löscht die Unterschriften: Sie beide unterschreiben die neue Fassung erneut.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{message}

Nothing saved before was lost.</source>
        <translation>{message}

Nichts zuvor Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>Something went wrong that MentorDesk did not expect:

{error}

Your saved work is safe. The details are in {log_file}.</source>
        <translation>Etwas ist schiefgegangen, womit MentorDesk nicht gerechnet hat:

{error}

Ihre gespeicherte Arbeit ist sicher. Die Einzelheiten stehen in {log_file}.</translation>
    </message>
    <message>
        <source>Restore the Backup of {when}</source>
        <translation>Sicherung vom {when} wiederherstellen</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{message}

Nothing you saved is lost: it is on the server. Try again once the server is back, or work on this computer&apos;s own database for now (File ▸ Shared Team Database… switches back).</source>
        <translation>{message}

Nichts, was Sie gespeichert haben, ist verloren: Es liegt auf dem Server. Versuchen Sie es erneut, sobald der Server wieder da ist, oder arbeiten Sie vorerst mit der eigenen Datenbank dieses Computers (Datei ▸ Gemeinsame Team-Datenbank… wechselt zurück).</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Use This &amp;Computer&apos;s Own Database</source>
        <translation>&amp;Eigene Datenbank dieses Computers nutzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Before: at the start of the quarter</source>
        <translation>Vorher: zu Beginn des Quartals</translation>
    </message>
    <message>
        <source>After: at the quarter&apos;s review</source>
        <translation>Nachher: bei der Bilanz des Quartals</translation>
    </message>
    <message>
        <source>Self-Assessment — {whose}: {title}</source>
        <translation>Selbsteinschätzung — {whose}: {title}</translation>
    </message>
    <message>
        <source>Save Rating</source>
        <translation>Einschätzung speichern</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Choose a point, 1 to 5</source>
        <translation>Einen Wert wählen, 1 bis 5</translation>
    </message>
    <message>
        <source>The skill &amp;today:</source>
        <translation>Die Fähigkeit &amp;heute:</translation>
    </message>
    <message>
        <source>Rate the skill as you would show it at work, not the goal&apos;s progress.</source>
        <translation>Die Fähigkeit so einschätzen, wie sie sich bei der Arbeit zeigt, nicht den Fortschritt des Ziels.</translation>
    </message>
    <message>
        <source>Something you did that shows it, e.g. a review, a talk</source>
        <translation>Etwas, das sie zeigt, z. B. ein Review, ein Vortrag</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Beleg:</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>choose a point from {low} to {high}</source>
        <translation>einen Wert von {low} bis {high} wählen</translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation>der Beleg</translation>
    </message>
    <message>
        <source>{before} → {after} of {high}</source>
        <translation>{before} → {after} von {high}</translation>
    </message>
    <message>
        <source>{score} of {high} at the start</source>
        <translation>{score} von {high} zu Beginn</translation>
    </message>
    <message>
        <source>{score} of {high} at the end</source>
        <translation>{score} von {high} am Ende</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The automatic backup did not work: {why}</source>
        <translation>Die automatische Sicherung hat nicht funktioniert: {why}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Could not save; the details are in the log.</source>
        <translation>Speichern nicht möglich; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Changes Not Saved Yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet; the session says why. MentorDesk keeps trying while it is open.

Close anyway and lose them?</source>
        <translation>Ihre letzten Änderungen konnten noch nicht gespeichert werden; die Sitzung sagt, warum. MentorDesk versucht es weiter, solange es geöffnet ist.

Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>Schließen und verlieren</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>This did not work; the details are in the log.</source>
        <translation>Das hat nicht geklappt; die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{name}, technical</source>
        <translation>{name}, fachlich</translation>
    </message>
    <message>
        <source>{name}, soft skill</source>
        <translation>{name}, überfachlich</translation>
    </message>
    <message>
        <source>Mondays at {time}</source>
        <translation>montags um {time}</translation>
    </message>
    <message>
        <source>Tuesdays at {time}</source>
        <translation>dienstags um {time}</translation>
    </message>
    <message>
        <source>Wednesdays at {time}</source>
        <translation>mittwochs um {time}</translation>
    </message>
    <message>
        <source>Thursdays at {time}</source>
        <translation>donnerstags um {time}</translation>
    </message>
    <message>
        <source>Fridays at {time}</source>
        <translation>freitags um {time}</translation>
    </message>
    <message>
        <source>Saturdays at {time}</source>
        <translation>samstags um {time}</translation>
    </message>
    <message>
        <source>Sundays at {time}</source>
        <translation>sonntags um {time}</translation>
    </message>
    <message>
        <source>Mondays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen montags um {time}</translation>
    </message>
    <message>
        <source>Tuesdays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen dienstags um {time}</translation>
    </message>
    <message>
        <source>Wednesdays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen mittwochs um {time}</translation>
    </message>
    <message>
        <source>Thursdays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen donnerstags um {time}</translation>
    </message>
    <message>
        <source>Fridays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen freitags um {time}</translation>
    </message>
    <message>
        <source>Saturdays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen samstags um {time}</translation>
    </message>
    <message>
        <source>Sundays every {n} weeks at {time}</source>
        <translation>alle {n} Wochen sonntags um {time}</translation>
    </message>
    <message>
        <source>Mentoring meetings: {mentor} &amp; {mentee}</source>
        <translation>Mentoring-Treffen: {mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>Invitation: {mentor} &amp; {mentee}</source>
        <translation>Einladung: {mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>Cancelled: {mentor} &amp; {mentee}</source>
        <translation>Abgesagt: {mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>Only an invitation or a cancellation is sent as an e-mail.</source>
        <translation>Nur eine Einladung oder eine Absage wird als E-Mail gesendet.</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{series} — cancelled</source>
        <translation>{series} — abgesagt</translation>
    </message>
    <message>
        <source>Weekly, {minutes} minutes, {day_at} ({zone})</source>
        <translation>Wöchentlich, {minutes} Minuten, {day_at} ({zone})</translation>
    </message>
    <message>
        <source>Every {n} weeks, {minutes} minutes, {day_at} ({zone})</source>
        <translation>Alle {n} Wochen, {minutes} Minuten, {day_at} ({zone})</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>{path} kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>Cancel Meetings</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>The e-mail could not be written: {reason}</source>
        <translation>Die E-Mail konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>That meeting series of {pair} cannot be cancelled now.</source>
        <translation>Diese Terminserie von {pair} kann jetzt nicht abgesagt werden.</translation>
    </message>
    <message>
        <source>That meeting series of {pair} cannot be sent now.</source>
        <translation>Diese Terminserie von {pair} kann jetzt nicht gesendet werden.</translation>
    </message>
    <message>
        <source>{pair} has {n} meeting series, and each gets its own message: choose one ({listed}).</source>
        <translation>{pair} hat {n} Terminserien, und jede bekommt eine eigene Nachricht: Wählen Sie eine ({listed}).</translation>
    </message>
    <message>
        <source>{pair} has ended: there are no meetings to invite to.</source>
        <translation>{pair} ist beendet: Es gibt keine Treffen, zu denen eingeladen werden kann.</translation>
    </message>
    <message>
        <source>{pair} has no planned meetings to cancel.</source>
        <translation>{pair} hat keine geplanten Treffen zum Absagen.</translation>
    </message>
    <message>
        <source>{pair} has no planned meetings from today on.</source>
        <translation>{pair} hat ab heute keine geplanten Treffen.</translation>
    </message>
    <message>
        <source>{pair} has no planned meetings: plan the weekly meeting first.</source>
        <translation>{pair} hat keine geplanten Treffen: Planen Sie zuerst das wöchentliche Treffen.</translation>
    </message>
    <message>
        <source>{name}&apos;s e-mail address ({address}) cannot be put in an invitation: correct it in People (Ctrl+Shift+P), then send again.</source>
        <translation>Die E-Mail-Adresse von {name} ({address}) kann nicht in eine Einladung aufgenommen werden: Korrigieren Sie sie unter Personen (Strg+Umschalt+P) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Hallo {name},</translation>
    </message>
    <message>
        <source>these meetings of ours are cancelled:</source>
        <translation>diese Treffen von uns sind abgesagt:</translation>
    </message>
    <message>
        <source>here are our peer mentoring meetings, to add to your calendar:</source>
        <translation>hier sind unsere Peer-Mentoring-Treffen zum Eintragen in Ihren Kalender:</translation>
    </message>
    <message>
        <source>here are our mentoring meetings, to add to your calendar:</source>
        <translation>hier sind unsere Mentoring-Treffen zum Eintragen in Ihren Kalender:</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Ort: {place}</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check in — {title}</source>
        <translation>Zwischenstand — {title}</translation>
    </message>
    <message>
        <source>What moved, in a sentence</source>
        <translation>Was sich bewegt hat, in einem Satz</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Fortschritt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
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
    <name>Companions</name>
    <message>
        <source>This pair has held no meeting yet: there is nothing to recap.</source>
        <translation>Dieses Paar hatte noch kein Treffen: Es gibt nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>MentorDesk — presentation mode</source>
        <translation>MentorDesk — Präsentationsmodus</translation>
    </message>
    <message>
        <source>I Am…</source>
        <translation>Ich bin…</translation>
    </message>
    <message>
        <source>You are connected to the team database as {name}: the login says who you are, and the server shows you only your own pairs.</source>
        <translation>Sie sind mit der Team-Datenbank als {name} verbunden: Die Anmeldung sagt, wer Sie sind, und der Server zeigt Ihnen nur Ihre eigenen Paare.</translation>
    </message>
    <message>
        <source>They are for {name}&apos;s pairs (People ▸ I Am).</source>
        <translation>Sie gelten für die Paare von {name} (Personen ▸ Ich bin).</translation>
    </message>
    <message>
        <source>Nobody is chosen in People ▸ I Am: they are for every pair on this computer, when it holds three or fewer.</source>
        <translation>Unter Personen ▸ Ich bin ist niemand gewählt: Sie gelten für alle Paare auf diesem Computer, wenn es höchstens drei sind.</translation>
    </message>
    <message>
        <source> (--db or MENTORDESK_DB still wins for this run)</source>
        <translation> (--db oder MENTORDESK_DB gilt für diesen Lauf weiterhin vorrangig)</translation>
    </message>
    <message>
        <source>MentorDesk opens this computer&apos;s own database from its next start{later}. Restart it now?</source>
        <translation>MentorDesk öffnet ab dem nächsten Start die eigene Datenbank dieses Computers{later}. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>MentorDesk opens the team database {database} on {host} from its next start{later}. Restart it now?</source>
        <translation>MentorDesk öffnet ab dem nächsten Start die Team-Datenbank {database} auf {host}{later}. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Shared Team Database</source>
        <translation>Gemeinsame Team-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Backed up to {path} (verified).</source>
        <translation>Gesichert nach {path} (geprüft).</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet (the session says why). Restore once they are, so that they are not written into the restored data.</source>
        <translation>Ihre letzten Änderungen sind noch nicht gespeichert (die Sitzung sagt, warum). Stellen Sie erst wieder her, wenn sie gespeichert sind, damit sie nicht in die wiederhergestellten Daten geschrieben werden.</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>The database is sound: integrity and references checked.</source>
        <translation>Die Datenbank ist in Ordnung: Unversehrtheit und Verweise geprüft.</translation>
    </message>
    <message>
        <source>The database has problems:

{problems}

Restore a backup now?</source>
        <translation>Die Datenbank hat Probleme:

{problems}

Jetzt eine Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Presentation mode: private notes are hidden. Ctrl+Shift+H ends it.</source>
        <translation>Präsentationsmodus: private Notizen sind verborgen. Strg+Umschalt+H beendet ihn.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(no topics)</source>
        <translation>(keine Themen)</translation>
    </message>
    <message>
        <source>Status: {status}

Topics:
{topics}

Notes:
{notes}</source>
        <translation>Stand: {status}

Themen:
{topics}

Notizen:
{notes}</translation>
    </message>
    <message>
        <source>Changed on Another Computer</source>
        <translation>Auf einem anderen Computer geändert</translation>
    </message>
    <message>
        <source>While you were writing, someone saved this session on another computer. Nothing has been overwritten. Choose what to keep:</source>
        <translation>Während Sie geschrieben haben, hat jemand diese Sitzung auf einem anderen Computer gespeichert. Nichts wurde überschrieben. Wählen Sie, was bleiben soll:</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Die andere Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>Your version (not saved yet)</source>
        <translation>Ihre Fassung (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your version over theirs</source>
        <translation>Ihre Fassung über die andere speichern</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Their version, with your topics and notes added</source>
        <translation>Die andere Fassung, ergänzt um Ihre Themen und Notizen</translation>
    </message>
    <message>
        <source>Use &amp;Theirs</source>
        <translation>Die &amp;andere übernehmen</translation>
    </message>
    <message>
        <source>Show their version; yours is copied to the clipboard</source>
        <translation>Die andere Fassung zeigen; Ihre wird in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>MentorDesk did not close normally last time (it was opened {when}). Everything that was saved is kept; what was typed in the last second before it stopped may be missing.</source>
        <translation>MentorDesk wurde beim letzten Mal nicht normal beendet (es wurde {when} geöffnet). Alles Gespeicherte ist erhalten; was in der letzten Sekunde vor dem Abbruch getippt wurde, kann fehlen.</translation>
    </message>
    <message>
        <source>MentorDesk did not close normally last time. Everything that was saved is kept; what was typed in the last second before it stopped may be missing.</source>
        <translation>MentorDesk wurde beim letzten Mal nicht normal beendet. Alles Gespeicherte ist erhalten; was in der letzten Sekunde vor dem Abbruch getippt wurde, kann fehlen.</translation>
    </message>
    <message>
        <source>The details are in {log} and {crash}.</source>
        <translation>Die Einzelheiten stehen in {log} und {crash}.</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>Die Einzelheiten stehen in {log}.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>({zone}; {time} here)</source>
        <translation>({zone}; {time} hier)</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Opened {name} in your mail program: check it and press Send (the draft is kept in {folder}).</source>
        <translation>{name} wurde in Ihrem E-Mail-Programm geöffnet: Prüfen Sie den Entwurf und klicken Sie auf Senden (er bleibt in {folder}).</translation>
    </message>
    <message>
        <source>No Mail Program Opened the Draft</source>
        <translation>Kein E-Mail-Programm hat den Entwurf geöffnet</translation>
    </message>
    <message>
        <source>The e-mail draft is saved as
{path}

{how}</source>
        <translation>Der E-Mail-Entwurf ist gespeichert als
{path}

{how}</translation>
    </message>
    <message>
        <source>Open it with your mail program and send it.</source>
        <translation>Öffnen Sie ihn mit Ihrem E-Mail-Programm und senden Sie ihn.</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>EmailDraft</name>
    <message>
        <source>{address} is not a usable e-mail address (name@domain)</source>
        <translation>{address} ist keine verwendbare E-Mail-Adresse (name@domain)</translation>
    </message>
    <message>
        <source>{address} is not a usable e-mail address</source>
        <translation>{address} ist keine verwendbare E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <source>No-fault end: we agreed it has run its course.</source>
        <translation>Ende ohne Schuld: Wir sind uns einig, dass es seinen Zweck erfüllt hat.</translation>
    </message>
    <message>
        <source>Goals achieved.</source>
        <translation>Ziele erreicht.</translation>
    </message>
    <message>
        <source>A change of role or team.</source>
        <translation>Ein Wechsel der Rolle oder des Teams.</translation>
    </message>
    <message>
        <source>Scheduling no longer works for us.</source>
        <translation>Die Terminplanung klappt für uns nicht mehr.</translation>
    </message>
    <message>
        <source>One of us is leaving the company.</source>
        <translation>Eine Seite verlässt das Unternehmen.</translation>
    </message>
    <message>
        <source>End Pair — {title}</source>
        <translation>Paar beenden — {title}</translation>
    </message>
    <message>
        <source>End Pair</source>
        <translation>Paar beenden</translation>
    </message>
    <message>
        <source>Choose a common reason, or write your own…</source>
        <translation>Einen häufigen Grund wählen oder einen eigenen schreiben…</translation>
    </message>
    <message>
        <source>Why the pair ends, in a sentence or two</source>
        <translation>Warum das Paar endet, in ein, zwei Sätzen</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>Endet &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Common reasons:</source>
        <translation>&amp;Häufige Gründe:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The pair stays on record with its history. Edit ▸ Undo takes the end back.</source>
        <translation>Das Paar bleibt mit seiner Geschichte erhalten. Bearbeiten ▸ Rückgängig nimmt das Ende zurück.</translation>
    </message>
    <message>
        <source>Optional: what {name} takes away, in their own words</source>
        <translation>Optional: was {name} mitnimmt, in eigenen Worten</translation>
    </message>
    <message>
        <source>{role}&apos;s reflection:</source>
        <translation>Rückblick ({role}):</translation>
    </message>
    <message>
        <source>Each of you may write a short closing reflection; the final summary includes it.</source>
        <translation>Jede und jeder von Ihnen kann einen kurzen Rückblick schreiben; der Abschlussbericht enthält ihn.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>How useful was this meeting for you?</source>
        <translation>Wie nützlich war dieses Treffen für Sie?</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Nicht nützlich</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Einigermaßen</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Nützlich</translation>
    </message>
    <message>
        <source>Very useful</source>
        <translation>Sehr nützlich</translation>
    </message>
    <message>
        <source>Who did the talking and the work?</source>
        <translation>Wer hat geredet und die Arbeit gemacht?</translation>
    </message>
    <message>
        <source>I did almost all of it</source>
        <translation>Fast alles ich</translation>
    </message>
    <message>
        <source>I did more</source>
        <translation>Eher ich</translation>
    </message>
    <message>
        <source>Evenly shared</source>
        <translation>Gleich verteilt</translation>
    </message>
    <message>
        <source>My partner did more</source>
        <translation>Eher mein Gegenüber</translation>
    </message>
    <message>
        <source>My partner did almost all of it</source>
        <translation>Fast alles mein Gegenüber</translation>
    </message>
    <message>
        <source>choose an answer from 1 to 5</source>
        <translation>eine Antwort von 1 bis 5 wählen</translation>
    </message>
    <message>
        <source>the word</source>
        <translation>das Wort</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>Only the two partners give feedback on their meetings.</source>
        <translation>Nur die beiden Partner geben Feedback zu ihren Treffen.</translation>
    </message>
    <message>
        <source>Feedback is given on a meeting that was held.</source>
        <translation>Feedback gibt es zu einem Treffen, das stattfand.</translation>
    </message>
    <message>
        <source>{pair} has ended.</source>
        <translation>{pair} ist beendet.</translation>
    </message>
</context>
<context>
    <name>FeedbackBox</name>
    <message>
        <source>No meeting has feedback from both of you yet.</source>
        <translation>Noch kein Treffen hat Feedback von Ihnen beiden.</translation>
    </message>
    <message>
        <source>the last meeting</source>
        <translation>das letzte Treffen</translation>
    </message>
    <message>
        <source>the last {count} meetings</source>
        <translation>die letzten {count} Treffen</translation>
    </message>
    <message>
        <source>{name} did more of the talking and the work</source>
        <translation>{name} hat mehr geredet und gearbeitet</translation>
    </message>
    <message>
        <source>the talking and the work were shared about evenly</source>
        <translation>Reden und Arbeit waren etwa gleich verteilt</translation>
    </message>
    <message>
        <source>Over {meetings}: useful {useful} of 5 on average; {balance}.</source>
        <translation>Über {meetings}: im Schnitt {useful} von 5 nützlich; {balance}.</translation>
    </message>
    <message>
        <source>Action items — {shares}</source>
        <translation>Aufgaben — {shares}</translation>
    </message>
    <message>
        <source>{name}: {open} open, {done} completed</source>
        <translation>{name}: {open} offen, {done} erledigt</translation>
    </message>
    <message>
        <source>Meeting feedback and balance</source>
        <translation>Feedback zu Treffen und Ausgewogenheit</translation>
    </message>
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
    <message>
        <source>the meeting of {day}</source>
        <translation>dem Treffen vom {day}</translation>
    </message>
    <message>
        <source>Solid line, dots: how useful (1–5). Dashed line, squares: the balance — above the middle line {mentor} did more, below it {mentee}.</source>
        <translation>Durchgezogene Linie, Punkte: wie nützlich (1–5). Gestrichelte Linie, Quadrate: die Verteilung — über der Mittellinie hat {mentor} mehr getan, darunter {mentee}.</translation>
    </message>
    <message>
        <source>Change My Feedback…</source>
        <translation>Mein Feedback ändern…</translation>
    </message>
    <message>
        <source>Feedback on {meeting}: both of you answered.</source>
        <translation>Feedback zu {meeting}: Sie haben beide geantwortet.</translation>
    </message>
    <message>
        <source>Feedback on {meeting}: {answered} answered; the answers show once {waiting} has too.</source>
        <translation>Feedback zu {meeting}: {answered} hat geantwortet; die Antworten erscheinen, sobald auch {waiting} geantwortet hat.</translation>
    </message>
    <message>
        <source>Feedback on {meeting}: not given yet.</source>
        <translation>Feedback zu {meeting}: noch nicht gegeben.</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} von 5</translation>
    </message>
    <message>
        <source>A word</source>
        <translation>Ein Wort</translation>
    </message>
</context>
<context>
    <name>FeedbackChart</name>
    <message>
        <source>Meeting feedback over time</source>
        <translation>Feedback zu den Treffen im Verlauf</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Meeting Feedback — {who}, {meeting}</source>
        <translation>Feedback zum Treffen — {who}, {meeting}</translation>
    </message>
    <message>
        <source>Optional: a word on what helped or what to change</source>
        <translation>Optional: ein Wort dazu, was geholfen hat oder was anders werden soll</translation>
    </message>
    <message>
        <source>&amp;How useful was this meeting for you:</source>
        <translation>Wie &amp;nützlich war dieses Treffen für Sie:</translation>
    </message>
    <message>
        <source>&amp;Who did the talking and the work:</source>
        <translation>Wer hat &amp;geredet und die Arbeit gemacht:</translation>
    </message>
    <message>
        <source>A &amp;word:</source>
        <translation>Ein &amp;Wort:</translation>
    </message>
    <message>
        <source>Private until both of you have answered; then you see them side by side.</source>
        <translation>Privat, bis Sie beide geantwortet haben; dann sehen Sie die Antworten nebeneinander.</translation>
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
    <name>Format</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped (frees the slot for another goal)</source>
        <translation>Verworfen (macht Platz für ein anderes Ziel)</translation>
    </message>
    <message>
        <source>&amp;Achieved</source>
        <translation>&amp;Erreicht</translation>
    </message>
    <message>
        <source>&amp;Partly achieved</source>
        <translation>&amp;Teilweise erreicht</translation>
    </message>
    <message>
        <source>&amp;Not achieved</source>
        <translation>&amp;Nicht erreicht</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>Beginnt bald</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Partnership quarters (from the start date)</source>
        <translation>Partnerschaftsquartale (ab dem Beginn)</translation>
    </message>
    <message>
        <source>Calendar quarters (Jan–Mar, Apr–Jun, …)</source>
        <translation>Kalenderquartale (Jan.–März, Apr.–Juni, …)</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Technical skill</source>
        <translation>Fachliche Fähigkeit</translation>
    </message>
    <message>
        <source>Soft skill</source>
        <translation>Überfachliche Fähigkeit</translation>
    </message>
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
        <source>No technical skill goal for quarter {number} yet.</source>
        <translation>Noch kein fachliches Ziel für Quartal {number}.</translation>
    </message>
    <message>
        <source>No soft skill goal for quarter {number} yet.</source>
        <translation>Noch kein überfachliches Ziel für Quartal {number}.</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Behind schedule: {progress}% done, {expected}% of the quarter gone.</source>
        <translation>Im Rückstand: {progress} % erledigt, {expected} % des Quartals vorbei.</translation>
    </message>
    <message>
        <source>Carried over from the quarter before.</source>
        <translation>Aus dem Quartal davor übernommen.</translation>
    </message>
    <message>
        <source>Review: {outcome}.</source>
        <translation>Bilanz: {outcome}.</translation>
    </message>
    <message>
        <source>reached {day}</source>
        <translation>erreicht am {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Tick when reached</source>
        <translation>Abhaken, wenn erreicht</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the milestone &apos;{text}&apos;</source>
        <translation>Den Meilenstein „{text}“ entfernen</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Set {name}&apos;s technical goal — quarter {number}</source>
        <translation>Fachliches Ziel von {name} setzen — Quartal {number}</translation>
    </message>
    <message>
        <source>Set {name}&apos;s soft-skill goal — quarter {number}</source>
        <translation>Überfachliches Ziel von {name} setzen — Quartal {number}</translation>
    </message>
    <message>
        <source>Set the technical goal — quarter {number}</source>
        <translation>Fachliches Ziel setzen — Quartal {number}</translation>
    </message>
    <message>
        <source>Set the soft-skill goal — quarter {number}</source>
        <translation>Überfachliches Ziel setzen — Quartal {number}</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s technical goal — quarter {number}</source>
        <translation>Fachliches Ziel von {name} bearbeiten — Quartal {number}</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s soft-skill goal — quarter {number}</source>
        <translation>Überfachliches Ziel von {name} bearbeiten — Quartal {number}</translation>
    </message>
    <message>
        <source>Edit the technical goal — quarter {number}</source>
        <translation>Fachliches Ziel bearbeiten — Quartal {number}</translation>
    </message>
    <message>
        <source>Edit the soft-skill goal — quarter {number}</source>
        <translation>Überfachliches Ziel bearbeiten — Quartal {number}</translation>
    </message>
    <message>
        <source>What will be different, e.g. &apos;Lead two design reviews&apos;</source>
        <translation>Was anders sein wird, z. B. „Zwei Design-Reviews leiten“</translation>
    </message>
    <message>
        <source>Specific: what exactly, and where</source>
        <translation>Konkret: was genau, und wo</translation>
    </message>
    <message>
        <source>Measurable: how you both know it is done</source>
        <translation>Messbar: woran Sie beide erkennen, dass es geschafft ist</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Specific:</source>
        <translation>&amp;Konkret:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Messbar an:</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>&amp;Zieldatum:</translation>
    </message>
    <message>
        <source>Inside quarter {number}: {start} – {end}</source>
        <translation>Innerhalb von Quartal {number}: {start} – {end}</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;and:</translation>
    </message>
    <message>
        <source>SMART check:</source>
        <translation>SMART-Prüfung:</translation>
    </message>
    <message>
        <source>Specific, measurable and time-bound: looks good.</source>
        <translation>Konkret, messbar und terminiert: sieht gut aus.</translation>
    </message>
</context>
<context>
    <name>GoalOperations</name>
    <message>
        <source>Carried into the next quarter.</source>
        <translation>Ins nächste Quartal übernommen.</translation>
    </message>
    <message>
        <source>Removed the milestone. Edit ▸ Undo brings it back.</source>
        <translation>Meilenstein entfernt. Bearbeiten ▸ Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Removed the win. Edit ▸ Undo brings it back.</source>
        <translation>Erfolg entfernt. Bearbeiten ▸ Rückgängig holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>a title</source>
        <translation>ein Titel</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the measure</source>
        <translation>das Maß</translation>
    </message>
    <message>
        <source>the target date must lie in quarter {number} ({dates})</source>
        <translation>das Zieldatum muss in Quartal {number} liegen ({dates})</translation>
    </message>
    <message>
        <source>progress runs from 0 to 100</source>
        <translation>der Fortschritt reicht von 0 bis 100</translation>
    </message>
    <message>
        <source>The title is vague: say what will be different, e.g. &apos;Lead two design reviews&apos; rather than &apos;get better at design&apos;.</source>
        <translation>Der Titel ist vage: Sagen Sie, was anders sein wird, z. B. „Zwei Design-Reviews leiten“ statt „besser im Design werden“.</translation>
    </message>
    <message>
        <source>Specific: describe what exactly you will do, and where.</source>
        <translation>Spezifisch: Beschreiben Sie, was genau Sie tun werden, und wo.</translation>
    </message>
    <message>
        <source>Measurable: say how you will both know it is done.</source>
        <translation>Messbar: Sagen Sie, woran Sie beide erkennen, dass es erreicht ist.</translation>
    </message>
    <message>
        <source>The measure could be sharper: a number, a date or a concrete result.</source>
        <translation>Das Maß könnte schärfer sein: eine Zahl, ein Datum oder ein konkretes Ergebnis.</translation>
    </message>
    <message>
        <source>The target is the last day of the quarter with no check-ins yet: plan a check-in halfway so there is time to adjust.</source>
        <translation>Das Zieldatum ist der letzte Tag des Quartals, noch ohne Zwischenstand: Planen Sie einen Zwischenstand zur Hälfte, damit Zeit zum Nachsteuern bleibt.</translation>
    </message>
    <message>
        <source>milestone reached: {text}</source>
        <translation>Meilenstein erreicht: {text}</translation>
    </message>
    <message>
        <source>reached 100 %</source>
        <translation>100 % erreicht</translation>
    </message>
    <message>
        <source>Set Goal &apos;{title}&apos;</source>
        <translation>Ziel „{title}“ setzen</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Zwischenstand</translation>
    </message>
    <message>
        <source>Review Goal</source>
        <translation>Ziel bewerten</translation>
    </message>
    <message>
        <source>Carry Over Goal</source>
        <translation>Ziel übernehmen</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>Meilenstein entfernen</translation>
    </message>
    <message>
        <source>Reach Milestone</source>
        <translation>Meilenstein erreichen</translation>
    </message>
    <message>
        <source>Take Back Milestone</source>
        <translation>Meilenstein zurücknehmen</translation>
    </message>
    <message>
        <source>Self-Assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>This goal was dropped; set it back in progress first.</source>
        <translation>Dieses Ziel wurde aufgegeben; setzen Sie es zuerst wieder auf „in Arbeit“.</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>a check-in cannot be dated in the future</source>
        <translation>ein Zwischenstand kann nicht in der Zukunft datiert sein</translation>
    </message>
    <message>
        <source>That check-in has been removed meanwhile.</source>
        <translation>Dieser Zwischenstand wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>the reflection</source>
        <translation>der Rückblick</translation>
    </message>
    <message>
        <source>This goal was achieved; there is nothing to carry over.</source>
        <translation>Dieses Ziel wurde erreicht; es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>quarters are numbered from 1</source>
        <translation>Quartale werden ab 1 gezählt</translation>
    </message>
    <message>
        <source>quarter {quarter} already has a technical goal of {whose}&apos;s (&apos;{title}&apos;); drop it before setting another</source>
        <translation>Quartal {quarter} hat schon ein technisches Ziel von {whose} („{title}“); geben Sie es auf, bevor Sie ein weiteres setzen</translation>
    </message>
    <message>
        <source>quarter {quarter} already has a soft goal of {whose}&apos;s (&apos;{title}&apos;); drop it before setting another</source>
        <translation>Quartal {quarter} hat schon ein Soft-Skill-Ziel von {whose} („{title}“); geben Sie es auf, bevor Sie ein weiteres setzen</translation>
    </message>
    <message>
        <source>{pair} ended on {day}; its goals are kept as they were.</source>
        <translation>{pair} endete am {day}; seine Ziele bleiben, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Choose a pair to see its goals.</source>
        <translation>Ein Paar wählen, um seine Ziele zu sehen.</translation>
    </message>
    <message>
        <source>Quarter {number}: {dates} · now</source>
        <translation>Quartal {number}: {dates} · jetzt</translation>
    </message>
    <message>
        <source>Quarter {number}: {dates} · ahead</source>
        <translation>Quartal {number}: {dates} · kommt noch</translation>
    </message>
    <message>
        <source>Quarter {number}: {dates}</source>
        <translation>Quartal {number}: {dates}</translation>
    </message>
    <message>
        <source>Add a Growth Goal for {name} Too…</source>
        <translation>Auch für {name} ein Entwicklungsziel hinzufügen…</translation>
    </message>
    <message>
        <source>What the mentor learns by teaching: a technical or soft-skill goal of their own</source>
        <translation>Was die Mentorin oder der Mentor beim Lehren lernt: ein eigenes fachliches oder überfachliches Ziel</translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <source>The team database answers again.</source>
        <translation>Die Team-Datenbank antwortet wieder.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>it does not start with a &apos;---&apos; line and its front matter</source>
        <translation>sie beginnt nicht mit einer Zeile „---“ und ihrem Front Matter</translation>
    </message>
    <message>
        <source>its front matter has no closing &apos;---&apos; line</source>
        <translation>ihr Front Matter hat keine schließende Zeile „---“</translation>
    </message>
    <message>
        <source>line {number} is not &apos;name: value&apos;</source>
        <translation>Zeile {number} ist nicht „Name: Wert“</translation>
    </message>
    <message>
        <source>line {number}: unknown field &apos;{key}&apos; (known: {known})</source>
        <translation>Zeile {number}: unbekanntes Feld „{key}“ (bekannt: {known})</translation>
    </message>
    <message>
        <source>line {number}: &apos;{key}&apos; is given twice</source>
        <translation>Zeile {number}: „{key}“ ist zweimal angegeben</translation>
    </message>
    <message>
        <source>it has no &apos;{field}&apos;</source>
        <translation>„{field}“ fehlt</translation>
    </message>
    <message>
        <source>its id &apos;{key}&apos; is not lowercase letters, digits and dashes</source>
        <translation>ihre ID „{key}“ besteht nicht aus Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>its order &apos;{order}&apos; is not a whole number</source>
        <translation>ihre Reihenfolge „{order}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it has nothing below its front matter</source>
        <translation>unter dem Front Matter steht nichts</translation>
    </message>
    <message>
        <source>a starter needs its questions as a list (&apos;- …&apos; lines)</source>
        <translation>ein Gesprächseinstieg braucht seine Fragen als Liste (Zeilen „- …“)</translation>
    </message>
    <message>
        <source>a self-assessment is for one skill: technical or soft</source>
        <translation>eine Selbsteinschätzung gilt einer Fähigkeit: technisch oder sozial</translation>
    </message>
    <message>
        <source>a self-assessment needs {scale} numbered lines, 1 to {scale}</source>
        <translation>eine Selbsteinschätzung braucht {scale} nummerierte Zeilen, 1 bis {scale}</translation>
    </message>
    <message>
        <source>its {name} &apos;{value}&apos; is not one of: {known}</source>
        <translation>„{value}“ ({name}) ist keiner dieser Werte: {known}</translation>
    </message>
    <message>
        <source>your first meeting</source>
        <translation>Ihr erstes Treffen</translation>
    </message>
    <message>
        <source>a goal behind schedule</source>
        <translation>ein Ziel im Rückstand</translation>
    </message>
    <message>
        <source>the quarter&apos;s end</source>
        <translation>das Quartalsende</translation>
    </message>
    <message>
        <source>the end of the pairing</source>
        <translation>das Ende des Paares</translation>
    </message>
    <message>
        <source>the start of the quarter</source>
        <translation>den Beginn des Quartals</translation>
    </message>
    <message>
        <source>the middle of the quarter</source>
        <translation>die Mitte des Quartals</translation>
    </message>
    <message>
        <source>the review of the quarter</source>
        <translation>den Rückblick auf das Quartal</translation>
    </message>
    <message>
        <source>any meeting</source>
        <translation>jedes Treffen</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text; left out</source>
        <translation>{file}: kein UTF-8-Text; ausgelassen</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}); left out</source>
        <translation>{file}: nicht lesbar ({reason}); ausgelassen</translation>
    </message>
    <message>
        <source>{file}: {problem}; left out</source>
        <translation>{file}: {problem}; ausgelassen</translation>
    </message>
    <message>
        <source>{file}: its id &apos;{key}&apos; is also {other}&apos;s; left out</source>
        <translation>{file}: die ID „{key}“ hat auch {other}; ausgelassen</translation>
    </message>
    <message>
        <source>{folder}: cannot be read ({reason})</source>
        <translation>{folder}: nicht lesbar ({reason})</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Script — for {reason}</source>
        <translation>Gesprächsleitfaden — für {reason}</translation>
    </message>
    <message>
        <source>Conversation starters — for {reason}</source>
        <translation>Gesprächseinstiege — für {reason}</translation>
    </message>
    <message>
        <source>Card — for {reason}</source>
        <translation>Karte — für {reason}</translation>
    </message>
    <message>
        <source>Self-assessment — for {reason}</source>
        <translation>Selbsteinschätzung — für {reason}</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Add to &amp;Agenda</source>
        <translation>Zur &amp;Agenda hinzufügen</translation>
    </message>
    <message>
        <source>Put the chosen question on this meeting&apos;s agenda (Enter)</source>
        <translation>Die gewählte Frage auf die Agenda dieses Treffens setzen (Eingabe)</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Our meetings happen as planned</source>
        <translation>Unsere Treffen finden wie geplant statt</translation>
    </message>
    <message>
        <source>We both come prepared</source>
        <translation>Wir kommen beide vorbereitet</translation>
    </message>
    <message>
        <source>The balance of talking and listening feels right</source>
        <translation>Das Verhältnis von Reden und Zuhören stimmt</translation>
    </message>
    <message>
        <source>I get what I hoped for from this pair</source>
        <translation>Ich bekomme, was ich mir von diesem Paar erhofft habe</translation>
    </message>
    <message>
        <source>I feel safe raising problems with my partner</source>
        <translation>Ich kann Probleme ohne Sorge ansprechen</translation>
    </message>
    <message>
        <source>answer all {n} questions</source>
        <translation>alle {n} Fragen beantworten</translation>
    </message>
    <message>
        <source>each answer is from {low} to {high}</source>
        <translation>jede Antwort liegt zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>{n} meeting missed in a row</source>
        <translation>{n} Treffen in Folge verpasst</translation>
    </message>
    <message>
        <source>{n} meetings missed in a row</source>
        <translation>{n} Treffen in Folge verpasst</translation>
    </message>
    <message>
        <source>{n} action item overdue</source>
        <translation>{n} Aufgabe überfällig</translation>
    </message>
    <message>
        <source>{n} action items overdue</source>
        <translation>{n} Aufgaben überfällig</translation>
    </message>
    <message>
        <source>no meeting for {n} day</source>
        <translation>seit {n} Tag kein Treffen</translation>
    </message>
    <message>
        <source>no meeting for {n} days</source>
        <translation>seit {n} Tagen kein Treffen</translation>
    </message>
    <message>
        <source>{name}&apos;s goals are behind schedule</source>
        <translation>die Ziele von {name} liegen hinter dem Plan</translation>
    </message>
    <message>
        <source>the health check averages {average} of 5</source>
        <translation>das Check-up ergibt im Schnitt {average} von 5</translation>
    </message>
    <message>
        <source>no check-in on this quarter&apos;s goals for {n} days</source>
        <translation>seit {n} Tagen kein Zwischenstand zu den Zielen dieses Quartals</translation>
    </message>
    <message>
        <source>the agreement&apos;s review date ({day}) has come: read it together and set the next one</source>
        <translation>der Überprüfungstermin der Vereinbarung ({day}) ist da: gemeinsam lesen und den nächsten festlegen</translation>
    </message>
    <message>
        <source>{name} owns {theirs} of the {total} open action items</source>
        <translation>{name} hat {theirs} der {total} offenen Aufgaben</translation>
    </message>
    <message>
        <source>meetings felt of little use ({useful} of 5, last {n} meeting)</source>
        <translation>Treffen wirkten wenig hilfreich ({useful} von 5, über {n} Treffen)</translation>
    </message>
    <message>
        <source>meetings felt of little use ({useful} of 5, last {n} meetings)</source>
        <translation>Treffen wirkten wenig hilfreich ({useful} von 5, über die letzten {n} Treffen)</translation>
    </message>
    <message>
        <source>the two of you rate the meetings {gap} points apart</source>
        <translation>die beiden bewerten die Treffen {gap} Punkte unterschiedlich</translation>
    </message>
    <message>
        <source>{name} did most of the talking and the work, as you both saw it</source>
        <translation>{name} hat nach beider Eindruck das meiste geredet und getan</translation>
    </message>
    <message>
        <source>Needs attention: {reasons}</source>
        <translation>Braucht Aufmerksamkeit: {reasons}</translation>
    </message>
    <message>
        <source>New: getting started</source>
        <translation>Neu: gerade gestartet</translation>
    </message>
    <message>
        <source>Doing well</source>
        <translation>Läuft gut</translation>
    </message>
    <message>
        <source>there is no checklist template &apos;{key}&apos;</source>
        <translation>es gibt keine Checklisten-Vorlage „{key}“</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>ein Titel</translation>
    </message>
    <message>
        <source>a checklist needs at least one step</source>
        <translation>eine Checkliste braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>ein Schritt</translation>
    </message>
    <message>
        <source>Built-in checklists stay; edit them, or restore them.</source>
        <translation>Mitgelieferte Checklisten bleiben: Bearbeiten Sie sie oder stellen Sie sie wieder her.</translation>
    </message>
    <message>
        <source>Start Checklist</source>
        <translation>Checkliste beginnen</translation>
    </message>
    <message>
        <source>Edit Checklist</source>
        <translation>Checkliste bearbeiten</translation>
    </message>
    <message>
        <source>write down what you agreed</source>
        <translation>notieren Sie, was Sie vereinbart haben</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>der Kommentar</translation>
    </message>
    <message>
        <source>Only the mentor and the mentee answer the health check.</source>
        <translation>Nur Mentor und Mentee beantworten das Check-up.</translation>
    </message>
    <message>
        <source>{pair} ended on {day}.</source>
        <translation>{pair} endete am {day}.</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <source>the follow-up is before the run started</source>
        <translation>die Nachverfolgung liegt vor dem Beginn des Durchgangs</translation>
    </message>
    <message>
        <source>a run cannot close before it started</source>
        <translation>ein Durchgang kann nicht vor seinem Beginn abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>HealthCheckDialog</name>
    <message>
        <source>Health Check — {who}</source>
        <translation>Check-up — {who}</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = fully</source>
        <translation>1 = gar nicht, 5 = voll und ganz</translation>
    </message>
    <message>
        <source>Anything you would like your partner to know</source>
        <translation>Was Ihr Gegenüber wissen sollte</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = fully. Your answers stay private until both of you have answered; then you see them side by side.</source>
        <translation>1 = gar nicht, 5 = voll und ganz. Ihre Antworten bleiben privat, bis Sie beide geantwortet haben; dann sehen Sie sie nebeneinander.</translation>
    </message>
</context>
<context>
    <name>HealthOperations</name>
    <message>
        <source>Run a Checklist</source>
        <translation>Checkliste durchgehen</translation>
    </message>
    <message>
        <source>Which checklist fits?</source>
        <translation>Welche Checkliste passt?</translation>
    </message>
    <message>
        <source>The health check is answered by one of the pair&apos;s two partners: choose who you are first (People ▸ I Am…).</source>
        <translation>Das Check-up beantwortet eine der beiden Seiten des Paares: Wählen Sie zuerst, wer Sie sind (Personen ▸ Ich bin…).</translation>
    </message>
    <message>
        <source>Feedback on a meeting is given by one of the pair&apos;s two partners: choose who you are first (People ▸ I Am…).</source>
        <translation>Feedback zu einem Treffen gibt eine der beiden Seiten des Paares: Wählen Sie zuerst, wer Sie sind (Personen ▸ Ich bin…).</translation>
    </message>
    <message>
        <source>meeting of {day}</source>
        <translation>Treffen vom {day}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>no meeting yet</source>
        <translation>noch kein Treffen</translation>
    </message>
    <message>
        <source>last meeting {days} ago</source>
        <translation>letztes Treffen vor {days}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tagen</translation>
    </message>
    <message>
        <source> · attendance {percent}% over 13 weeks</source>
        <translation> · Teilnahme {percent} % in 13 Wochen</translation>
    </message>
    <message>
        <source>{days} · {missed} missed in a row · {overdue} · {behind} behind · {runs}{attendance}</source>
        <translation>{days} · {missed} in Folge verpasst · {overdue} · {behind} im Rückstand · {runs}{attendance}</translation>
    </message>
    <message>
        <source>1 overdue action item</source>
        <translation>1 überfällige Aufgabe</translation>
    </message>
    <message>
        <source>{count} overdue action items</source>
        <translation>{count} überfällige Aufgaben</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>{count} goals</source>
        <translation>{count} Ziele</translation>
    </message>
    <message>
        <source>1 open checklist</source>
        <translation>1 offene Checkliste</translation>
    </message>
    <message>
        <source>{count} open checklists</source>
        <translation>{count} offene Checklisten</translation>
    </message>
    <message>
        <source>Run a Checklist…</source>
        <translation>Checkliste durchgehen…</translation>
    </message>
    <message>
        <source>Answer the Health Check…</source>
        <translation>Check-up beantworten…</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
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
        <source>Run a &amp;Checklist…</source>
        <translation>&amp;Checkliste durchgehen…</translation>
    </message>
    <message>
        <source>This pair ran no checklist.</source>
        <translation>Dieses Paar ist keine Checkliste durchgegangen.</translation>
    </message>
    <message>
        <source>Health check this quarter</source>
        <translation>Check-up in diesem Quartal</translation>
    </message>
    <message>
        <source>Choose a pair to see its health.</source>
        <translation>Ein Paar wählen, um zu sehen, wie es ihm geht.</translation>
    </message>
    <message>
        <source>Needs attention: {reasons}.</source>
        <translation>Braucht Aufmerksamkeit: {reasons}.</translation>
    </message>
    <message>
        <source>Run “{title}”…</source>
        <translation>„{title}“ durchgehen…</translation>
    </message>
    <message>
        <source>Quarter {number}: both of you answered.</source>
        <translation>Quartal {number}: Sie haben beide geantwortet.</translation>
    </message>
    <message>
        <source>Quarter {number}: {answered} answered; the answers show once {waiting} has too.</source>
        <translation>Quartal {number}: {answered} hat geantwortet; die Antworten erscheinen, sobald auch {waiting} geantwortet hat.</translation>
    </message>
    <message>
        <source>Quarter {number}: not answered yet. Once a quarter, each of you answers privately.</source>
        <translation>Quartal {number}: noch nicht beantwortet. Einmal im Quartal antworten Sie beide jeweils privat.</translation>
    </message>
    <message>
        <source>Change My Answers…</source>
        <translation>Meine Antworten ändern…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie bewirken</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;Agreements, goals, meetings and a shared session log for mentoring pairs.&lt;/p&gt;&lt;p&gt;Local-first and private: your data stays on this computer, with no account, unless your team chooses a shared database of its own; private notes never leave this computer.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vereinbarungen, Ziele, Treffen und ein gemeinsames Sitzungsprotokoll für Mentoring-Paare.&lt;/p&gt;&lt;p&gt;Lokal und privat: Ihre Daten bleiben auf diesem Computer, ohne Konto, es sei denn, Ihr Team wählt eine eigene gemeinsame Datenbank; private Notizen verlassen diesen Computer nie.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <source>Weekly peer mentoring meeting of {mentor} and {mentee}.</source>
        <translation>Wöchentliches Peer-Mentoring-Treffen von {mentor} und {mentee}.</translation>
    </message>
    <message>
        <source>Every {n} weeks: peer mentoring meeting of {mentor} and {mentee}.</source>
        <translation>Alle {n} Wochen: Peer-Mentoring-Treffen von {mentor} und {mentee}.</translation>
    </message>
    <message>
        <source>Weekly mentoring meeting of {mentor} (mentor) and {mentee} (mentee).</source>
        <translation>Wöchentliches Mentoring-Treffen von {mentor} (Mentor) und {mentee} (Mentee).</translation>
    </message>
    <message>
        <source>Every {n} weeks: mentoring meeting of {mentor} (mentor) and {mentee} (mentee).</source>
        <translation>Alle {n} Wochen: Mentoring-Treffen von {mentor} (Mentor) und {mentee} (Mentee).</translation>
    </message>
    <message>
        <source>This quarter&apos;s goals:</source>
        <translation>Ziele dieses Quartals:</translation>
    </message>
    <message>
        <source>Planned with MentorDesk.</source>
        <translation>Geplant mit MentorDesk.</translation>
    </message>
    <message>
        <source>Peer mentoring: {mentor} &amp; {mentee}</source>
        <translation>Peer-Mentoring: {mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>Mentoring: {mentor} &amp; {mentee}</source>
        <translation>Mentoring: {mentor} &amp; {mentee}</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>MentorDesk cannot lock its database in {folder}: the folder cannot be written (a read-only disk, or another user&apos;s folder?).</source>
        <translation>MentorDesk kann seine Datenbank in {folder} nicht sperren: In den Ordner kann nicht geschrieben werden (ein schreibgeschütztes Laufwerk oder der Ordner einer anderen Person?).</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>The Database Is Damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>MentorDesk&apos;s check of the database found damage ({problem}).

Nothing more is written to it, so nothing you have is made worse. Restore the latest backup to go on; anything typed since that backup and not yet saved is still on screen: copy it somewhere first.</source>
        <translation>Die Prüfung der Datenbank durch MentorDesk hat einen Schaden gefunden ({problem}).

Es wird nichts mehr hineingeschrieben, damit nichts, was Sie haben, schlimmer wird. Stellen Sie die letzte Sicherung wieder her, um weiterzuarbeiten; was seit dieser Sicherung getippt und noch nicht gespeichert wurde, steht noch auf dem Bildschirm: Kopieren Sie es zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Guidance</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Open &amp;Team Guidance Folder</source>
        <translation>&amp;Team-Leitfadenordner öffnen</translation>
    </message>
    <message>
        <source>Add your team&apos;s own guides here as Markdown files: one with the id of a shipped guide replaces it</source>
        <translation>Legen Sie die eigenen Leitfäden Ihres Teams hier als Markdown-Dateien ab: Einer mit der Kennung eines mitgelieferten Leitfadens ersetzt diesen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the guidance files again</source>
        <translation>Die Leitfaden-Dateien neu einlesen</translation>
    </message>
    <message>
        <source>{count} guidance file(s) could not be used:
{problems}</source>
        <translation>{count} Leitfaden-Datei(en) konnten nicht verwendet werden:
{problems}</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {why}.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {why}.</translation>
    </message>
    <message>
        <source>Your team&apos;s guidance files go in:
{folder}</source>
        <translation>Die Leitfaden-Dateien Ihres Teams gehören in:
{folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed version {version} of quarter {quarter}&apos;s summary; MentorDesk keeps it as signed (File ▸ Signed Summaries…).</source>
        <translation>Version {version} des Berichts zu Quartal {quarter} unterschrieben; MentorDesk bewahrt sie so auf, wie sie unterschrieben wurde (Datei ▸ Unterschriebene Berichte…).</translation>
    </message>
    <message>
        <source>To keep private notes, choose who you are: People ▸ I Am…</source>
        <translation>Um private Notizen zu führen, wählen Sie, wer Sie sind: Personen ▸ Ich bin…</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was backed up first.</source>
        <translation>Wiederhergestellt. Die ersetzten Daten wurden vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>MeetingFeedback</name>
    <message>
        <source>Give My Feedback…</source>
        <translation>Mein Feedback geben…</translation>
    </message>
    <message>
        <source>Two quick questions, private until your partner answers too</source>
        <translation>Zwei kurze Fragen, privat, bis auch Ihr Gegenüber antwortet</translation>
    </message>
    <message>
        <source>meeting of {day}</source>
        <translation>Treffen vom {day}</translation>
    </message>
    <message>
        <source>Share Recap…</source>
        <translation>Rückblick teilen…</translation>
    </message>
    <message>
        <source>Copy, print or e-mail the topics, decisions and action items</source>
        <translation>Themen, Entscheidungen und Aufgaben kopieren, drucken oder mailen</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Presentation mode: private notes are hidden.</source>
        <translation>Präsentationsmodus: private Notizen sind verborgen.</translation>
    </message>
    <message>
        <source>Meeting — {pair}</source>
        <translation>Treffen — {pair}</translation>
    </message>
    <message>
        <source>Join: {link}</source>
        <translation>Teilnehmen: {link}</translation>
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
        <source>No planned meeting: an ad-hoc session.</source>
        <translation>Kein geplantes Treffen: eine spontane Sitzung.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end}{zone} · {place} · Ctrl+Return adds an action item</source>
        <translation>{day}, {start}–{end}{zone} · {place} · Strg+Eingabe fügt eine Aufgabe hinzu</translation>
    </message>
    <message>
        <source>{day}, {start}–{end}{zone} · no place set · Ctrl+Return adds an action item</source>
        <translation>{day}, {start}–{end}{zone} · kein Ort festgelegt · Strg+Eingabe fügt eine Aufgabe hinzu</translation>
    </message>
    <message>
        <source>Guidance for this meeting — Enter puts a question on the agenda</source>
        <translation>Leitfaden für dieses Treffen — Eingabe setzt eine Frage auf die Agenda</translation>
    </message>
    <message>
        <source>starts in {clock}</source>
        <translation>beginnt in {clock}</translation>
    </message>
    <message>
        <source>starts {when}</source>
        <translation>beginnt {when}</translation>
    </message>
    <message>
        <source>{spent} / {planned} — over time</source>
        <translation>{spent} / {planned} — überzogen</translation>
    </message>
    <message>
        <source>Meeting Recap</source>
        <translation>Rückblick auf das Treffen</translation>
    </message>
    <message>
        <source>{day}: {topics}</source>
        <translation>{day}: {topics}</translation>
    </message>
    <message>
        <source>{day}: no topics</source>
        <translation>{day}: keine Themen</translation>
    </message>
    <message>
        <source>This is the pair&apos;s first recorded session.</source>
        <translation>Das ist die erste festgehaltene Sitzung des Paares.</translation>
    </message>
</context>
<context>
    <name>MeetingOperations</name>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Send Cancellation</source>
        <translation>Absage senden</translation>
    </message>
    <message>
        <source>Export Calendar File</source>
        <translation>Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Calendar file written to {path}.</source>
        <translation>Kalenderdatei nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>Pair Ended</source>
        <translation>Paar beendet</translation>
    </message>
    <message>
        <source>The pair&apos;s meetings after its end were taken off. Send the change to the mentee&apos;s calendar now? (Edit ▸ Undo brings the pair and its meetings back.)</source>
        <translation>Die Treffen des Paares nach seinem Ende wurden gestrichen. Die Änderung jetzt an den Kalender des Mentees senden? (Bearbeiten ▸ Rückgängig holt das Paar und seine Treffen zurück.)</translation>
    </message>
    <message>
        <source>&amp;Send Update</source>
        <translation>Änderung &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>This pair has more than one meeting series. Each goes out as its own e-mail, so that calendars update the right one. Send for:</source>
        <translation>Dieses Paar hat mehr als eine Terminserie. Jede geht als eigene E-Mail hinaus, damit Kalender die richtige aktualisieren. Senden für:</translation>
    </message>
    <message>
        <source>Cancel these meetings and write the cancellation to send?

Calendars that imported the meetings remove them when the mentee opens the cancellation. Edit ▸ Undo restores the meetings here.</source>
        <translation>Diese Treffen absagen und die Absage zum Senden schreiben?

Kalender, die die Treffen importiert haben, entfernen sie, wenn der Mentee die Absage öffnet. Bearbeiten ▸ Rückgängig stellt die Treffen hier wieder her.</translation>
    </message>
    <message>
        <source>Cancel Meetings</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Open it with your mail program (or attach the calendar file inside it to a new message) and send it.</source>
        <translation>Öffnen Sie sie mit Ihrem Mailprogramm (oder hängen Sie die Kalenderdatei darin an eine neue Nachricht an) und senden Sie sie.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>{day} is not a Monday</source>
        <translation>{day} ist kein Montag</translation>
    </message>
    <message>
        <source>{day} is not a Tuesday</source>
        <translation>{day} ist kein Dienstag</translation>
    </message>
    <message>
        <source>{day} is not a Wednesday</source>
        <translation>{day} ist kein Mittwoch</translation>
    </message>
    <message>
        <source>{day} is not a Thursday</source>
        <translation>{day} ist kein Donnerstag</translation>
    </message>
    <message>
        <source>{day} is not a Friday</source>
        <translation>{day} ist kein Freitag</translation>
    </message>
    <message>
        <source>{day} is not a Saturday</source>
        <translation>{day} ist kein Samstag</translation>
    </message>
    <message>
        <source>{day} is not a Sunday</source>
        <translation>{day} ist kein Sonntag</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone (like Europe/Berlin)</source>
        <translation>„{name}“ ist keine bekannte Zeitzone (wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>&apos;{weekday}&apos; is not one of {weekdays}</source>
        <translation>„{weekday}“ ist keiner von {weekdays}</translation>
    </message>
    <message>
        <source>a meeting lasts {low} to {high} minutes</source>
        <translation>ein Treffen dauert {low} bis {high} Minuten</translation>
    </message>
    <message>
        <source>meet every {low} to {high} weeks</source>
        <translation>alle {low} bis {high} Wochen treffen</translation>
    </message>
    <message>
        <source>the last date ({last}) is before the first ({first})</source>
        <translation>das letzte Datum ({last}) liegt vor dem ersten ({first})</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>der Ort</translation>
    </message>
    <message>
        <source>On {day} the clocks in {zone} go forward, so {time} does not exist that day: the meeting will be at {meant} ({offset}).</source>
        <translation>Am {day} werden die Uhren in {zone} vorgestellt, daher gibt es {time} an diesem Tag nicht: Das Treffen ist um {meant} ({offset}).</translation>
    </message>
    <message>
        <source>On {day} the clocks in {zone} go forward, so {time} does not exist that day: the meeting will be at {meant} on {other_day} ({offset}).</source>
        <translation>Am {day} werden die Uhren in {zone} vorgestellt, daher gibt es {time} an diesem Tag nicht: Das Treffen ist um {meant} am {other_day} ({offset}).</translation>
    </message>
    <message>
        <source>On {day} the clocks in {zone} go back, so {time} happens twice that day: the meeting will be at the first {time} ({offset}).</source>
        <translation>Am {day} werden die Uhren in {zone} zurückgestellt, daher gibt es {time} an diesem Tag zweimal: Das Treffen ist zum ersten Mal um {time} ({offset}).</translation>
    </message>
    <message>
        <source>{day} already has this pair&apos;s meeting (at {time}).</source>
        <translation>Am {day} hat dieses Paar schon ein Treffen (um {time}).</translation>
    </message>
    <message>
        <source>{day} is outside the series ({dates}).</source>
        <translation>{day} liegt außerhalb der Serie ({dates}).</translation>
    </message>
    <message>
        <source>Plan Meetings</source>
        <translation>Treffen planen</translation>
    </message>
    <message>
        <source>Skip Meeting</source>
        <translation>Treffen auslassen</translation>
    </message>
    <message>
        <source>Move Meeting</source>
        <translation>Treffen verschieben</translation>
    </message>
    <message>
        <source>Restore Meeting</source>
        <translation>Treffen wiederherstellen</translation>
    </message>
    <message>
        <source>the series does not meet on {day}</source>
        <translation>die Serie hat am {day} kein Treffen</translation>
    </message>
    <message>
        <source>{pair} ended on {day}; its meetings are kept as they were.</source>
        <translation>{pair} endete am {day}; seine Treffen bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>This meeting series is already cancelled.</source>
        <translation>Diese Terminserie ist bereits abgesagt.</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Mondays</source>
        <translation>Montags</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Dienstags</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Mittwochs</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Donnerstags</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Freitags</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Samstags</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sonntags</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every {count} weeks</source>
        <translation>alle {count} Wochen</translation>
    </message>
    <message>
        <source>no place set</source>
        <translation>kein Ort festgelegt</translation>
    </message>
    <message>
        <source>{first} to {until}</source>
        <translation>{first} bis {until}</translation>
    </message>
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
        <source>Plan the &amp;Weekly Meeting…</source>
        <translation>&amp;Wöchentliches Treffen planen…</translation>
    </message>
    <message>
        <source>This pair had no weekly meeting planned.</source>
        <translation>Dieses Paar hatte kein wöchentliches Treffen geplant.</translation>
    </message>
    <message>
        <source>Choose a pair to see its meetings.</source>
        <translation>Ein Paar wählen, um seine Treffen zu sehen.</translation>
    </message>
    <message>
        <source>No weekly meeting planned. Pairs that meet at the same time and place every week keep going: plan yours.</source>
        <translation>Kein wöchentliches Treffen geplant. Paare, die sich jede Woche zur gleichen Zeit am gleichen Ort treffen, bleiben dran: Planen Sie Ihres.</translation>
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
        <source>Pe&amp;ople</source>
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
    <name>MergeDialog</name>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Die aus der Datei behalten</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Merge Records</source>
        <translation>Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>This database already holds some of the records in {file}. Merging adds what is new and skips what is the same: {summary}</source>
        <translation>Diese Datenbank enthält schon einige der Datensätze aus {file}. Das Zusammenführen fügt Neues hinzu und überspringt Gleiches: {summary}</translation>
    </message>
    <message>
        <source>Records that differ</source>
        <translation>Abweichende Datensätze</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Both versions of the chosen record</source>
        <translation>Beide Fassungen des gewählten Datensatzes</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>These records differ. For each, keep this database&apos;s version, the file&apos;s, or for a session both (their notes with yours added):</source>
        <translation>Diese Datensätze weichen ab. Behalten Sie jeweils die Fassung dieser Datenbank, die der Datei oder bei einer Sitzung beide (deren Notizen ergänzt um Ihre):</translation>
    </message>
    <message>
        <source>Keep which version of {kind} {ref}</source>
        <translation>Welche Fassung von {kind} {ref} behalten</translation>
    </message>
</context>
<context>
    <name>Merging</name>
    <message>
        <source>The pairs of the file were changed here since they were compared; nothing was merged. Compare them again (import the file again).</source>
        <translation>Die Paare der Datei wurden hier seit dem Vergleich geändert; nichts wurde zusammengeführt. Vergleichen Sie sie erneut (importieren Sie die Datei noch einmal).</translation>
    </message>
    <message>
        <source>The merged records break a rule: {problem}</source>
        <translation>Die zusammengeführten Einträge verletzen eine Regel: {problem}</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add Milestone — {title}</source>
        <translation>Meilenstein hinzufügen — {title}</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>A step on the way, e.g. &apos;First draft reviewed&apos;</source>
        <translation>Ein Schritt auf dem Weg, z. B. „Erster Entwurf geprüft“</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Meilenstein:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <source>Inside quarter {number}: {start} – {end}</source>
        <translation>Innerhalb von Quartal {number}: {start} – {end}</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>a milestone</source>
        <translation>ein Meilenstein</translation>
    </message>
    <message>
        <source>a milestone falls inside its goal&apos;s quarter ({dates})</source>
        <translation>ein Meilenstein liegt im Quartal seines Ziels ({dates})</translation>
    </message>
    <message>
        <source>a goal has at most {most} milestones: a few steps</source>
        <translation>ein Ziel hat höchstens {most} Meilensteine: wenige Schritte</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the Meeting of {when}</source>
        <translation>Das Treffen vom {when} verschieben</translation>
    </message>
    <message>
        <source>&amp;New time ({zone}):</source>
        <translation>&amp;Neue Zeit ({zone}):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
</context>
<context>
    <name>OccurrenceModel</name>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Moved from {day}</source>
        <translation>Verschoben vom {day}</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vorbei</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>MentorDesk interchange (*.json);;All files (*)</source>
        <translation>MentorDesk-Austauschdatei (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed {name}. Edit ▸ Undo brings them back.</source>
        <translation>{name} entfernt. Bearbeiten ▸ Rückgängig holt die Person zurück.</translation>
    </message>
    <message>
        <source>A pair is two people, and the team has {people} so far: add them first with People ▸ New Person (Ctrl+Shift+N).</source>
        <translation>Ein Paar sind zwei Personen, und das Team hat bisher {people}: Fügen Sie sie zuerst mit Personen ▸ Neue Person (Strg+Umschalt+N) hinzu.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <source>First peer</source>
        <translation>Erster Peer</translation>
    </message>
    <message>
        <source>Second peer</source>
        <translation>Zweiter Peer</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>aus {file}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>{file} was not merged; nothing was changed.</source>
        <translation>{file} wurde nicht zusammengeführt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Comparing {file} with this database…</source>
        <translation>{file} wird mit dieser Datenbank verglichen…</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was changed.</source>
        <translation>{file} wurde nicht importiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{file} holds nothing new: {summary}</source>
        <translation>{file} enthält nichts Neues: {summary}</translation>
    </message>
    <message>
        <source>Merged {file}: {summary}</source>
        <translation>{file} zusammengeführt: {summary}</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>{file} wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export {pair} only, or the whole team?</source>
        <translation>Nur {pair} exportieren oder das ganze Team?</translation>
    </message>
    <message>
        <source>Export &amp;This Pair</source>
        <translation>&amp;Dieses Paar exportieren</translation>
    </message>
    <message>
        <source>Export the &amp;Whole Team</source>
        <translation>Das &amp;ganze Team exportieren</translation>
    </message>
    <message>
        <source>Exported {people} and {pairs} to {path}.</source>
        <translation>{people} und {pairs} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation>1 Paar</translation>
    </message>
    <message>
        <source>{count} pairs</source>
        <translation>{count} Paare</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export nach {file}…</translation>
    </message>
    <message>
        <source>The demo team was not loaded.</source>
        <translation>Das Demo-Team wurde nicht geladen.</translation>
    </message>
    <message>
        <source>Loading the demo team…</source>
        <translation>Das Demo-Team wird geladen…</translation>
    </message>
    <message>
        <source>Added {people} and {pairs} {source}.</source>
        <translation>{people} und {pairs} {source} hinzugefügt.</translation>
    </message>
    <message>
        <source>The demo team was loaded; its signed summaries were not.

{error}</source>
        <translation>Das Demo-Team wurde geladen, seine unterschriebenen Berichte nicht.

{error}</translation>
    </message>
    <message>
        <source>for the demo team</source>
        <translation>für das Demo-Team</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>A mentor and a mentee</source>
        <translation>Ein Mentor und ein Mentee</translation>
    </message>
    <message>
        <source>Peers: both teach and learn</source>
        <translation>Peers: beide lehren und lernen</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>M&amp;entee:</source>
        <translation>M&amp;entee:</translation>
    </message>
    <message>
        <source>&amp;First peer:</source>
        <translation>E&amp;rster Peer:</translation>
    </message>
    <message>
        <source>S&amp;econd peer:</source>
        <translation>&amp;Zweiter Peer:</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Eine Person wählen</translation>
    </message>
    <message>
        <source>Edit Pair</source>
        <translation>Paar bearbeiten</translation>
    </message>
    <message>
        <source>New Pair</source>
        <translation>Neues Paar</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <source>&amp;Quarters:</source>
        <translation>&amp;Quartale:</translation>
    </message>
    <message>
        <source>Quarter 1 is the one holding the start date; each quarter has one technical and one soft-skill goal per partner who grows.</source>
        <translation>Quartal 1 ist das, in dem der Beginn liegt; jedes Quartal hat ein fachliches und ein überfachliches Ziel je Person, die sich entwickelt.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Peers each set their own goals every quarter; a mentor may add a growth goal of their own. You can change this later.</source>
        <translation>Peers setzen sich jedes Quartal eigene Ziele; ein Mentor kann ein eigenes Entwicklungsziel hinzufügen. Sie können das später ändern.</translation>
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
    <name>PairListModel</name>
    <message>
        <source>{when} here</source>
        <translation>{when} hier</translation>
    </message>
    <message>
        <source>Next meeting: {when}</source>
        <translation>Nächstes Treffen: {when}</translation>
    </message>
    <message>
        <source>{first} and {second}, peers ({id})</source>
        <translation>{first} und {second}, Peers ({id})</translation>
    </message>
    <message>
        <source>{mentor} mentors {mentee} ({id})</source>
        <translation>{mentor} begleitet {mentee} als Mentor ({id})</translation>
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
    <message>
        <source>Quarter {number}: {start} – {end}</source>
        <translation>Quartal {number}: {start} – {end}</translation>
    </message>
    <message>
        <source>None planned (see Meetings)</source>
        <translation>Keines geplant (siehe Treffen)</translation>
    </message>
    <message>
        <source>{when} · {place}</source>
        <translation>{when} · {place}</translation>
    </message>
    <message>
        <source>{when} · no place set</source>
        <translation>{when} · kein Ort festgelegt</translation>
    </message>
    <message>
        <source>{standing} (see the Health tab)</source>
        <translation>{standing} (siehe Reiter Zusammenarbeit)</translation>
    </message>
    <message>
        <source>What we discuss stays between the two of us.</source>
        <translation>Was wir besprechen, bleibt unter uns beiden.</translation>
    </message>
    <message>
        <source>Notes may be shared beyond the pair.</source>
        <translation>Notizen dürfen über das Paar hinaus geteilt werden.</translation>
    </message>
    <message>
        <source>{name} signed on {day}</source>
        <translation>{name} hat am {day} unterschrieben</translation>
    </message>
    <message>
        <source>{name} has not signed yet</source>
        <translation>{name} hat noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Ended on {day}: {reason}</source>
        <translation>Beendet am {day}: {reason}</translation>
    </message>
    <message>
        <source>Ended on {day}: no reason given</source>
        <translation>Beendet am {day}: kein Grund angegeben</translation>
    </message>
    <message>
        <source>Ends on {day}: {reason}</source>
        <translation>Endet am {day}: {reason}</translation>
    </message>
    <message>
        <source>Ends on {day}: no reason given</source>
        <translation>Endet am {day}: kein Grund angegeben</translation>
    </message>
    <message>
        <source>Runs until {until} · review on {review}</source>
        <translation>Läuft bis {until} · Überprüfung am {review}</translation>
    </message>
    <message>
        <source>Runs until {until} · no review date</source>
        <translation>Läuft bis {until} · kein Überprüfungstag</translation>
    </message>
    <message>
        <source>Open-ended · review on {review}</source>
        <translation>Unbefristet · Überprüfung am {review}</translation>
    </message>
    <message>
        <source>Open-ended · no review date</source>
        <translation>Unbefristet · kein Überprüfungstag</translation>
    </message>
</context>
<context>
    <name>Pairs</name>
    <message>
        <source>the cadence</source>
        <translation>der Rhythmus</translation>
    </message>
    <message>
        <source>the expectations</source>
        <translation>die Erwartungen</translation>
    </message>
    <message>
        <source>how to end</source>
        <translation>wie es endet</translation>
    </message>
    <message>
        <source>review the agreement before the partnership ends</source>
        <translation>die Vereinbarung vor dem Ende der Partnerschaft überprüfen</translation>
    </message>
    <message>
        <source>the pair started on {day}</source>
        <translation>das Paar begann am {day}</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>{name}&apos;s growth goals (what I learn by teaching)</source>
        <translation>Entwicklungsziele von {name} (was ich beim Lehren lerne)</translation>
    </message>
    <message>
        <source>{name}&apos;s goals</source>
        <translation>Ziele von {name}</translation>
    </message>
    <message>
        <source>choose a mentor</source>
        <translation>einen Mentor wählen</translation>
    </message>
    <message>
        <source>choose a mentee</source>
        <translation>einen Mentee wählen</translation>
    </message>
    <message>
        <source>the mentee must be someone other than the mentor</source>
        <translation>der Mentee muss jemand anderes sein als der Mentor</translation>
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation>das Ende ({end}) liegt vor dem Beginn ({start})</translation>
    </message>
    <message>
        <source>say why the pair ends (a no-fault end is fine)</source>
        <translation>sagen Sie, warum das Paar endet (ein Ende ohne Schuld ist in Ordnung)</translation>
    </message>
    <message>
        <source>keep the reason under {most} characters</source>
        <translation>den Grund unter {most} Zeichen halten</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>der Grund</translation>
    </message>
    <message>
        <source>there is no pair &apos;{ref}&apos; (see &apos;mentordesk pairs&apos;)</source>
        <translation>es gibt kein Paar „{ref}“ (siehe „mentordesk pairs“)</translation>
    </message>
    <message>
        <source>Edit Pair</source>
        <translation>Paar bearbeiten</translation>
    </message>
    <message>
        <source>End {pair}</source>
        <translation>{pair} beenden</translation>
    </message>
    <message>
        <source>Edit Agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Sign as {name}</source>
        <translation>Als {name} unterschreiben</translation>
    </message>
    <message>
        <source>Sign as Mentor</source>
        <translation>Als Mentor unterschreiben</translation>
    </message>
    <message>
        <source>Sign as Mentee</source>
        <translation>Als Mentee unterschreiben</translation>
    </message>
    <message>
        <source>the reflection</source>
        <translation>der Rückblick</translation>
    </message>
    <message>
        <source>{pair} already ended on {day}</source>
        <translation>{pair} endete bereits am {day}</translation>
    </message>
    <message>
        <source>a signature cannot be dated in the future</source>
        <translation>eine Unterschrift kann nicht in der Zukunft datiert sein</translation>
    </message>
    <message>
        <source>Write the agreement before signing it.</source>
        <translation>Schreiben Sie die Vereinbarung, bevor Sie sie unterschreiben.</translation>
    </message>
    <message>
        <source>{pair} ended on {day}; its agreement is kept as it was.</source>
        <translation>{pair} endete am {day}; seine Vereinbarung bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>{pair} is already an active pair ({id})</source>
        <translation>{pair} ist bereits ein aktives Paar ({id})</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>die Abteilung</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>{name} is in {n} pair and stays on record with them. End the pair instead.</source>
        <translation>{name} ist in {n} Paar und bleibt mit ihm erhalten. Beenden Sie stattdessen das Paar.</translation>
    </message>
    <message>
        <source>{name} is in {n} pairs and stays on record with them. End the pair instead.</source>
        <translation>{name} ist in {n} Paaren und bleibt mit ihnen erhalten. Beenden Sie stattdessen die Paare.</translation>
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
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
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
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print Preview — {pair}, quarter {number}</source>
        <translation>Druckvorschau — {pair}, Quartal {number}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the quarterly summary to {path}.</source>
        <translation>Quartalsbericht nach {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the manager copy of the summary to {path}.</source>
        <translation>Kopie des Berichts für die Führungskraft nach {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>In {where} (1 problem):</source>
        <translation>In {where} (1 Problem):</translation>
    </message>
    <message>
        <source>In {where} ({count} problems):</source>
        <translation>In {where} ({count} Probleme):</translation>
    </message>
    <message>
        <source>{headline}

1 problem was found:</source>
        <translation>{headline}

1 Problem wurde gefunden:</translation>
    </message>
    <message>
        <source>{headline}

{count} problems were found:</source>
        <translation>{headline}

{count} Probleme wurden gefunden:</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress chart</source>
        <translation>Fortschrittsdiagramm</translation>
    </message>
    <message>
        <source>{done}% on {day}</source>
        <translation>{done} % am {day}</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Noch kein Zwischenstand</translation>
    </message>
</context>
<context>
    <name>QuarterListModel</name>
    <message>
        <source>Q{number} · now</source>
        <translation>Q{number} · jetzt</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <source>No goals</source>
        <translation>Keine Ziele</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from MentorDesk&apos;s tray icon</source>
        <translation>Als Desktop-Benachrichtigungen vom MentorDesk-Symbol im Systembereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders show in the window&apos;s status bar</source>
        <translation>Dieser Desktop hat keinen Systembereich: Erinnerungen erscheinen in der Statusleiste des Fensters</translation>
    </message>
    <message>
        <source>&amp;Keep MentorDesk in the system tray when its window is closed</source>
        <translation>MentorDesk beim Schließen des Fensters im Systembereich &amp;behalten</translation>
    </message>
    <message>
        <source>{where}, while MentorDesk runs; never more than once a day each, and nothing is sent anywhere. {whose}</source>
        <translation>{where}, solange MentorDesk läuft; jede höchstens einmal am Tag, und nichts wird irgendwohin gesendet. {whose}</translation>
    </message>
    <message>
        <source>&amp;Start MentorDesk in the tray when I log in</source>
        <translation>MentorDesk beim Anmelden im Systembereich &amp;starten</translation>
    </message>
    <message>
        <source>Writes {file}</source>
        <translation>Schreibt {file}</translation>
    </message>
    <message>
        <source>Linux desktops only.</source>
        <translation>Nur unter Linux-Desktops.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Show MentorDesk</source>
        <translation>MentorDesk &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Reminder: {title}</source>
        <translation>Erinnerung: {title}</translation>
    </message>
    <message>
        <source>A meeting starts in 15 minutes</source>
        <translation>Ein Treffen beginnt in 15 Minuten</translation>
    </message>
    <message>
        <source>Prepare the agenda the day before a meeting</source>
        <translation>Die Agenda am Tag vor einem Treffen vorbereiten</translation>
    </message>
    <message>
        <source>Last week&apos;s meeting is not recorded yet</source>
        <translation>Das Treffen der letzten Woche ist noch nicht festgehalten</translation>
    </message>
    <message>
        <source>Action items are overdue</source>
        <translation>Aufgaben sind überfällig</translation>
    </message>
    <message>
        <source>The meeting series ends with the quarter</source>
        <translation>Die Terminserie endet mit dem Quartal</translation>
    </message>
    <message>
        <source>The quarter review and health check are due</source>
        <translation>Quartalsrückblick und Check-up sind fällig</translation>
    </message>
    <message>
        <source>The agreement&apos;s review date has come</source>
        <translation>Der Überprüfungstermin der Vereinbarung ist da</translation>
    </message>
    <message>
        <source>At {time} — {place}. Click to open meeting mode.</source>
        <translation>Um {time} — {place}. Klicken, um den Besprechungsmodus zu öffnen.</translation>
    </message>
    <message>
        <source>At {time}. Click to open meeting mode.</source>
        <translation>Um {time}. Klicken, um den Besprechungsmodus zu öffnen.</translation>
    </message>
    <message>
        <source>{title}: meeting in {minutes} min</source>
        <translation>{title}: Treffen in {minutes} Min.</translation>
    </message>
    <message>
        <source>{title}: meeting tomorrow</source>
        <translation>{title}: Treffen morgen</translation>
    </message>
    <message>
        <source>Tomorrow at {time}. Add what you want to talk about, and send the agenda ahead. Click to see it.</source>
        <translation>Morgen um {time}. Ergänzen Sie, worüber Sie sprechen möchten, und senden Sie die Agenda vorab. Klicken, um sie zu sehen.</translation>
    </message>
    <message>
        <source>{title}: meeting not recorded</source>
        <translation>{title}: Treffen nicht festgehalten</translation>
    </message>
    <message>
        <source>The meeting of {day} has no record yet: note whether it was held. Click to open it.</source>
        <translation>Zum Treffen vom {day} gibt es noch keinen Eintrag: Halten Sie fest, ob es stattfand. Klicken, um es zu öffnen.</translation>
    </message>
    <message>
        <source>{title}: {n} action item overdue</source>
        <translation>{title}: {n} Aufgabe überfällig</translation>
    </message>
    <message>
        <source>{title}: {n} action items overdue</source>
        <translation>{title}: {n} Aufgaben überfällig</translation>
    </message>
    <message>
        <source>They carry over to the next agenda. Click to see the session log.</source>
        <translation>Sie gehen in die nächste Agenda über. Klicken, um das Sitzungsprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>{title}: read your agreement again</source>
        <translation>{title}: Vereinbarung erneut lesen</translation>
    </message>
    <message>
        <source>Its review date ({day}) has come: read it together and agree what to change. Click to open it.</source>
        <translation>Ihr Überprüfungstermin ({day}) ist da: Lesen Sie sie gemeinsam und vereinbaren Sie, was sich ändern soll. Klicken, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{title}: meetings end {day}</source>
        <translation>{title}: Treffen enden am {day}</translation>
    </message>
    <message>
        <source>The weekly meeting ends with the quarter, and the pairing goes on. Click to carry them on through the next quarter.</source>
        <translation>Das wöchentliche Treffen endet mit dem Quartal, das Paar geht weiter. Klicken, um die Treffen im nächsten Quartal fortzusetzen.</translation>
    </message>
    <message>
        <source>Time to review the quarter&apos;s goals and answer the health check. Click to open the goals.</source>
        <translation>Zeit, auf die Ziele des Quartals zurückzublicken und das Check-up zu beantworten. Klicken, um die Ziele zu öffnen.</translation>
    </message>
    <message>
        <source>Time to review the quarter&apos;s goals. Click to open the goals.</source>
        <translation>Zeit, auf die Ziele des Quartals zurückzublicken. Klicken, um die Ziele zu öffnen.</translation>
    </message>
    <message>
        <source>Time to answer the health check. Click to open the goals.</source>
        <translation>Zeit, das Check-up zu beantworten. Klicken, um die Ziele zu öffnen.</translation>
    </message>
    <message>
        <source>{title}: the quarter ends {day}</source>
        <translation>{title}: Das Quartal endet am {day}</translation>
    </message>
</context>
<context>
    <name>RemoteWatch</name>
    <message>
        <source>The team database cannot be reached; MentorDesk keeps trying. ({error})</source>
        <translation>Die Team-Datenbank ist nicht erreichbar; MentorDesk versucht es weiter. ({error})</translation>
    </message>
    <message>
        <source>The team database answers again: sent 1 edit kept on this computer.</source>
        <translation>Die Team-Datenbank antwortet wieder: 1 auf diesem Computer aufbewahrte Änderung gesendet.</translation>
    </message>
    <message>
        <source>The team database answers again: sent {count} edits kept on this computer.</source>
        <translation>Die Team-Datenbank antwortet wieder: {count} auf diesem Computer aufbewahrte Änderungen gesendet.</translation>
    </message>
    <message>
        <source>{merged} met a change saved elsewhere meanwhile; both versions are kept in the session&apos;s notes.</source>
        <translation>{merged} trafen auf eine inzwischen anderswo gespeicherte Änderung; beide Fassungen stehen in den Notizen der Sitzung.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>the file on disk was cut short</source>
        <translation>die Datei auf dem Datenträger ist abgeschnitten</translation>
    </message>
    <message>
        <source>Some characters in this summary cannot be printed on this computer: {listed} and {count} more. No installed font has them, so they show as boxes. Installing a font that covers them (the Noto fonts cover every script and emoji; Debian and Ubuntu: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) and printing again prints them.</source>
        <translation>Einige Zeichen in diesem Bericht lassen sich auf diesem Computer nicht drucken: {listed} und {count} mehr. Keine installierte Schrift enthält sie, daher erscheinen sie als Kästchen. Installieren Sie eine Schrift, die sie enthält (die Noto-Schriften enthalten jede Schrift und alle Emoji; Debian und Ubuntu: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji), und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>Some characters in this summary cannot be printed on this computer: {listed}. No installed font has them, so they show as boxes. Installing a font that covers them (the Noto fonts cover every script and emoji; Debian and Ubuntu: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) and printing again prints them.</source>
        <translation>Einige Zeichen in diesem Bericht lassen sich auf diesem Computer nicht drucken: {listed}. Keine installierte Schrift enthält sie, daher erscheinen sie als Kästchen. Installieren Sie eine Schrift, die sie enthält (die Noto-Schriften enthalten jede Schrift und alle Emoji; Debian und Ubuntu: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji), und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The quarterly summary could not be drawn: the printer or PDF did not start.</source>
        <translation>Der Quartalsbericht konnte nicht gezeichnet werden: Drucker oder PDF sind nicht gestartet.</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · {pair} · quarter {number} · made on {day} · signed, version {version}</source>
        <translation>Seite {page} von {pages} · {pair} · Quartal {number} · erstellt am {day} · unterschrieben, Version {version}</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · {pair} · quarter {number} · made on {day}</source>
        <translation>Seite {page} von {pages} · {pair} · Quartal {number} · erstellt am {day}</translation>
    </message>
    <message>
        <source>The quarterly summary could not be drawn to the end.</source>
        <translation>Der Quartalsbericht konnte nicht bis zum Ende gezeichnet werden.</translation>
    </message>
    <message>
        <source>Quarterly progress summary — {pair}</source>
        <translation>Fortschrittsbericht des Quartals — {pair}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>MentorDesk backs up {what} when it starts, every 30 minutes while you work, and when it closes. Restoring replaces the current data; that data is backed up first, so a restore can itself be undone by restoring again.</source>
        <translation>MentorDesk sichert {what} beim Start, alle 30 Minuten während der Arbeit und beim Beenden. Wiederherstellen ersetzt die aktuellen Daten; diese werden vorher gesichert, sodass sich ein Wiederherstellen durch erneutes Wiederherstellen rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {when}?

What is there now is backed up first.</source>
        <translation>Die aktuellen Daten durch die Sicherung vom {when} ersetzen?

Was jetzt da ist, wird vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review — {title}</source>
        <translation>Bilanz — {title}</translation>
    </message>
    <message>
        <source>What worked, what did not, what you learned</source>
        <translation>Was funktioniert hat, was nicht, was Sie gelernt haben</translation>
    </message>
    <message>
        <source>&amp;Carry it into the next quarter as a new goal</source>
        <translation>Als neues Ziel ins nächste Quartal &amp;übernehmen</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Reflection:</source>
        <translation>&amp;Rückblick:</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>What you said about it</source>
        <translation>Was Sie dazu gesagt haben</translation>
    </message>
    <message>
        <source>What you agreed, in a sentence or two</source>
        <translation>Was Sie vereinbart haben, in ein, zwei Sätzen</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>&amp;Nachfassen am</translation>
    </message>
    <message>
        <source>&amp;Close the checklist with this outcome</source>
        <translation>Checkliste mit diesem Ergebnis &amp;abschließen</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>The follow-up shows on the agenda of the first meeting on or after that date.</source>
        <translation>Das Nachfassen steht auf der Agenda des ersten Treffens an oder nach diesem Tag.</translation>
    </message>
    <message>
        <source>Edit the &amp;Agreement…</source>
        <translation>&amp;Vereinbarung bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;End the Pair…</source>
        <translation>Paar &amp;beenden…</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <source>Open ({done} of {total} steps)</source>
        <translation>Offen ({done} von {total} Schritten)</translation>
    </message>
    <message>
        <source>Closed {day}</source>
        <translation>Abgeschlossen am {day}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>This is a shared server database: its backups are the server&apos;s job (ask whoever runs it).</source>
        <translation>Dies ist eine gemeinsame Server-Datenbank: Ihre Sicherungen sind Sache des Servers (fragen Sie, wer ihn betreibt).</translation>
    </message>
    <message>
        <source>this computer&apos;s own database ({path})</source>
        <translation>die eigene Datenbank dieses Computers ({path})</translation>
    </message>
    <message>
        <source>the shared database {url}</source>
        <translation>die gemeinsame Datenbank {url}</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} gibt es schon; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>es gibt keine Datei {path}</translation>
    </message>
    <message>
        <source>cannot restore: {reason}; the database was not replaced</source>
        <translation>Wiederherstellen nicht möglich: {reason}; die Datenbank wurde nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot restore: {reason}; this computer&apos;s file was not replaced</source>
        <translation>Wiederherstellen nicht möglich: {reason}; die Datei dieses Computers wurde nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search Notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search topics, notes and action items of every pair</source>
        <translation>Themen, Notizen und Aufgaben aller Paare durchsuchen</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>1 result, best first. Enter opens one.</source>
        <translation>1 Treffer, der beste zuerst. Eingabe öffnet ihn.</translation>
    </message>
    <message>
        <source>{count} results, best first. Enter opens one.</source>
        <translation>{count} Treffer, die besten zuerst. Eingabe öffnet einen.</translation>
    </message>
</context>
<context>
    <name>SeriesChoiceDialog</name>
    <message>
        <source>Keep Meetings</source>
        <translation>Treffen behalten</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Change the Weekly Meeting</source>
        <translation>Wöchentliches Treffen ändern</translation>
    </message>
    <message>
        <source>Plan the Weekly Meeting</source>
        <translation>Wöchentliches Treffen planen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>A room, or a video link</source>
        <translation>Ein Raum oder ein Videolink</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Erstes Treffen:</translation>
    </message>
    <message>
        <source>&amp;Last date:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>The current series, if any, ends the week before the first meeting; both stay in the history.</source>
        <translation>Eine laufende Serie endet in der Woche vor dem ersten Treffen; beide bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>The first meeting is {when}{here}.</source>
        <translation>Das erste Treffen ist am {when}{here}.</translation>
    </message>
    <message>
        <source>… and {count} more meetings like these.</source>
        <translation>… und {count} weitere solche Treffen.</translation>
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
        <source>{pair} — {day}, {time}</source>
        <translation>{pair} — {day}, {time}</translation>
    </message>
    <message>
        <source>My private notes ({name}; only you see them)</source>
        <translation>Meine privaten Notizen ({name}; nur Sie sehen sie)</translation>
    </message>
    <message>
        <source>My private notes ({name}; only you see them, kept on this computer and never on the shared database)</source>
        <translation>Meine privaten Notizen ({name}; nur Sie sehen sie, sie bleiben auf diesem Computer und nie in der gemeinsamen Datenbank)</translation>
    </message>
    <message>
        <source>Private notes: choose who you are (People ▸ I Am…) to keep notes only you see.</source>
        <translation>Private Notizen: wählen Sie, wer Sie sind (Personen ▸ Ich bin…), um Notizen nur für sich zu führen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet — retrying: {why}</source>
        <translation>Noch nicht gespeichert — neuer Versuch: {why}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <source>Take Up Again</source>
        <translation>Wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>SessionEdits</name>
    <message>
        <source>Kept on this computer: the team database cannot be reached. It is sent as soon as the server answers again.</source>
        <translation>Auf diesem Computer aufbewahrt: Die Team-Datenbank ist nicht erreichbar. Es wird gesendet, sobald der Server wieder antwortet.</translation>
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
    <message>
        <source>{whose}: {goal}</source>
        <translation>{whose}: {goal}</translation>
    </message>
    <message>
        <source>No open goal this quarter</source>
        <translation>Kein offenes Ziel in diesem Quartal</translation>
    </message>
    <message>
        <source>{goal} {progress}%</source>
        <translation>{goal} {progress} %</translation>
    </message>
    <message>
        <source>Checked in this session: {checkins}</source>
        <translation>Zwischenstand in dieser Sitzung: {checkins}</translation>
    </message>
    <message>
        <source>Moments: {moments}</source>
        <translation>Momente: {moments}</translation>
    </message>
</context>
<context>
    <name>SessionLogModel</name>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>{status} (ad hoc)</source>
        <translation>{status} (spontan)</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>technical</source>
        <translation>fachlich</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>überfachlich</translation>
    </message>
    <message>
        <source>{whose}, {skill}: {title} — {progress}% (behind schedule)</source>
        <translation>{whose}, {skill}: {title} — {progress} % (hinter dem Plan)</translation>
    </message>
    <message>
        <source>{whose}, {skill}: {title} — {progress}%</source>
        <translation>{whose}, {skill}: {title} — {progress} %</translation>
    </message>
    <message>
        <source>Milestone ({whose}): {text}, due {day}</source>
        <translation>Meilenstein ({whose}): {text}, fällig am {day}</translation>
    </message>
    <message>
        <source>{title}: {outcome} (follow-up {day})</source>
        <translation>{title}: {outcome} (Nachfassen am {day})</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>This quarter&apos;s goals</source>
        <translation>Ziele dieses Quartals</translation>
    </message>
    <message>
        <source>Checklist follow-ups</source>
        <translation>Nachfassen zu Checklisten</translation>
    </message>
    <message>
        <source>Added ahead of time</source>
        <translation>Vorab hinzugefügt</translation>
    </message>
    <message>
        <source>{owner}: {text}</source>
        <translation>{owner}: {text}</translation>
    </message>
    <message>
        <source> (due {day})</source>
        <translation> (fällig am {day})</translation>
    </message>
    <message>
        <source> (carried {n}×)</source>
        <translation> ({n}× übertragen)</translation>
    </message>
    <message>
        <source>{when} ({place})</source>
        <translation>{when} ({place})</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>kein Ort</translation>
    </message>
    <message>
        <source>no meeting planned</source>
        <translation>kein Treffen geplant</translation>
    </message>
    <message>
        <source>Agenda: {title}</source>
        <translation>Agenda: {title}</translation>
    </message>
    <message>
        <source>Meeting: {when}</source>
        <translation>Treffen: {when}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This session was changed on another computer while you were editing it. Nothing was overwritten: choose which version to keep.</source>
        <translation>Diese Sitzung wurde auf einem anderen Computer geändert, während Sie sie bearbeitet haben. Nichts wurde überschrieben: Wählen Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>a topic</source>
        <translation>ein Thema</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the notes are longer than 2 million characters</source>
        <translation>die Notizen sind länger als 2 Millionen Zeichen</translation>
    </message>
    <message>
        <source>Only the mentor or the mentee keep private notes here.</source>
        <translation>Nur Mentor oder Mentee führen hier private Notizen.</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Delete Action Item</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>An action item belongs to the mentor or the mentee.</source>
        <translation>Eine Aufgabe gehört dem Mentor oder dem Mentee.</translation>
    </message>
    <message>
        <source>An action item can serve only a goal of its own pair.</source>
        <translation>Eine Aufgabe kann nur einem Ziel ihres eigenen Paares dienen.</translation>
    </message>
    <message>
        <source>the action item</source>
        <translation>die Aufgabe</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Reassign Action Item</source>
        <translation>Aufgabe neu zuweisen</translation>
    </message>
    <message>
        <source>Change Due Date</source>
        <translation>Fälligkeit ändern</translation>
    </message>
    <message>
        <source>Link Action Item to Goal</source>
        <translation>Aufgabe mit Ziel verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Action Item</source>
        <translation>Aufgabe vom Ziel lösen</translation>
    </message>
    <message>
        <source>Mark Action Item Done</source>
        <translation>Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen Action Item</source>
        <translation>Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <source>Drop Action Item</source>
        <translation>Aufgabe fallen lassen</translation>
    </message>
    <message>
        <source>Take Up Action Item Again</source>
        <translation>Aufgabe wieder aufnehmen</translation>
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
    <message>
        <source>Plan the &amp;Weekly Meeting…</source>
        <translation>&amp;Wöchentliches Treffen planen…</translation>
    </message>
    <message>
        <source>New Ad-hoc &amp;Session</source>
        <translation>Neue spontane &amp;Sitzung</translation>
    </message>
    <message>
        <source>No meetings or sessions were recorded for this pair.</source>
        <translation>Für dieses Paar wurden keine Treffen oder Sitzungen festgehalten.</translation>
    </message>
    <message>
        <source>{day} was missed: nothing was recorded. Record This Meeting to write it up.</source>
        <translation>{day} ist ausgefallen: Nichts wurde festgehalten. Mit „Dieses Treffen festhalten“ schreiben Sie es auf.</translation>
    </message>
    <message>
        <source>{day} was cancelled (skipped).</source>
        <translation>{day} wurde abgesagt (übersprungen).</translation>
    </message>
    <message>
        <source>{day} is planned. Record This Meeting to prepare it or take notes.</source>
        <translation>{day} ist geplant. Mit „Dieses Treffen festhalten“ bereiten Sie es vor oder machen Notizen.</translation>
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
        <source>Copied as Markdown: paste it where your partner reads it.</source>
        <translation>Als Markdown kopiert: Fügen Sie es dort ein, wo Ihr Gegenüber es liest.</translation>
    </message>
    <message>
        <source>Copied as plain text: paste it where your partner reads it.</source>
        <translation>Als reiner Text kopiert: Fügen Sie ihn dort ein, wo Ihr Gegenüber ihn liest.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>no meeting planned</source>
        <translation>kein Treffen geplant</translation>
    </message>
    <message>
        <source>Agenda: {title}</source>
        <translation>Agenda: {title}</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <source>{item} (by {day})</source>
        <translation>{item} (bis {day})</translation>
    </message>
    <message>
        <source>No next meeting is planned: plan one on the Meetings tab.</source>
        <translation>Es ist kein nächstes Treffen geplant: Planen Sie eines auf dem Reiter Treffen.</translation>
    </message>
    <message>
        <source>Next meeting: {when}.</source>
        <translation>Nächstes Treffen: {when}.</translation>
    </message>
    <message>
        <source>Discussed: {topics}</source>
        <translation>Besprochen: {topics}</translation>
    </message>
    <message>
        <source>Discussed: no topics noted</source>
        <translation>Besprochen: keine Themen notiert</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Beschlossen:</translation>
    </message>
    <message>
        <source>{name} will:</source>
        <translation>{name} wird:</translation>
    </message>
    <message>
        <source>No new action items.</source>
        <translation>Keine neuen Aufgaben.</translation>
    </message>
    <message>
        <source>Checked in: {title} at {progress}%</source>
        <translation>Zwischenstand: {title} bei {progress} %</translation>
    </message>
    <message>
        <source>Recap: {title} — {day}</source>
        <translation>Rückblick: {title} — {day}</translation>
    </message>
    <message>
        <source>{name} will</source>
        <translation>{name} wird</translation>
    </message>
    <message>
        <source>Agenda: {title} — {day}</source>
        <translation>Agenda: {title} — {day}</translation>
    </message>
    <message>
        <source>The e-mail could not be written: {reason}</source>
        <translation>Die E-Mail konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Sign Quarterly Summary</source>
        <translation>Quartalsbericht unterschreiben</translation>
    </message>
    <message>
        <source>as it stands today: the quarter is under way</source>
        <translation>wie er heute steht: das Quartal läuft noch</translation>
    </message>
    <message>
        <source>as it stood at the end of the quarter, {day}</source>
        <translation>wie er am Ende des Quartals stand, {day}</translation>
    </message>
    <message>
        <source>as it stood when the partnership ended, {day}</source>
        <translation>wie er beim Ende der Partnerschaft stand, {day}</translation>
    </message>
    <message>
        <source>Quarter {number}&apos;s summary of {pair}, {moment}, signed today ({day}) by {mentor} ({mentor_role}) and {mentee} ({mentee_role}). Preview shows it as it will be kept.

MentorDesk keeps the PDF exactly as signed: this will be version {version}. If anything in the quarter changes later, signing again makes a new version; this one stays as it is.</source>
        <translation>Der Bericht zu Quartal {number} von {pair}, {moment}, heute ({day}) unterschrieben von {mentor} ({mentor_role}) und {mentee} ({mentee_role}). Die Vorschau zeigt ihn so, wie er aufbewahrt wird.

MentorDesk bewahrt das PDF genau so auf, wie es unterschrieben wurde: Dies wird Version {version}. Ändert sich später etwas im Quartal, entsteht durch erneutes Unterschreiben eine neue Version; diese bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>We have &amp;both read this summary and agree it is right</source>
        <translation>Wir haben diesen Bericht &amp;beide gelesen und stimmen ihm zu</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} und {mentee}</translation>
    </message>
    <message>
        <source>Signed Summaries — {title}</source>
        <translation>Unterschriebene Berichte — {title}</translation>
    </message>
    <message>
        <source>&amp;Save Copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>PDF &amp;prüfen…</translation>
    </message>
    <message>
        <source>Each summary is kept exactly as it was signed. Save a copy to send or print it; Verify tells whether a PDF someone sends you is one of these, unchanged.</source>
        <translation>Jeder Bericht bleibt genau so erhalten, wie er unterschrieben wurde. Speichern Sie eine Kopie, um ihn zu senden oder zu drucken; Prüfen sagt, ob ein PDF, das Ihnen jemand schickt, unverändert einer davon ist.</translation>
    </message>
    <message>
        <source>This pair has signed no summary yet: File ▸ Sign Quarterly Summary….</source>
        <translation>Dieses Paar hat noch keinen Bericht unterschrieben: Datei ▸ Quartalsbericht unterschreiben….</translation>
    </message>
    <message>
        <source>Save Signed Summary</source>
        <translation>Unterschriebenen Bericht speichern</translation>
    </message>
    <message>
        <source>Saved the signed summary to {path}.</source>
        <translation>Unterschriebenen Bericht nach {path} gespeichert.</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>PDF prüfen</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>es wurde nichts gezeichnet</translation>
    </message>
    <message>
        <source>what was drawn is not a PDF</source>
        <translation>das Gezeichnete ist kein PDF</translation>
    </message>
    <message>
        <source>the PDF was cut short</source>
        <translation>das PDF ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>not started, {progress}%</source>
        <translation>nicht begonnen, {progress} %</translation>
    </message>
    <message>
        <source>in progress, {progress}%</source>
        <translation>in Arbeit, {progress} %</translation>
    </message>
    <message>
        <source>achieved, {progress}%</source>
        <translation>erreicht, {progress} %</translation>
    </message>
    <message>
        <source>dropped, {progress}%</source>
        <translation>verworfen, {progress} %</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>reviewed: achieved</source>
        <translation>Bilanz gezogen: erreicht</translation>
    </message>
    <message>
        <source>reviewed: partly achieved</source>
        <translation>Bilanz gezogen: teilweise erreicht</translation>
    </message>
    <message>
        <source>reviewed: not achieved</source>
        <translation>Bilanz gezogen: nicht erreicht</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachlich</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Überfachlich</translation>
    </message>
    <message>
        <source>{name}&apos;s technical</source>
        <translation>{name}, fachlich</translation>
    </message>
    <message>
        <source>{name}&apos;s soft</source>
        <translation>{name}, überfachlich</translation>
    </message>
    <message>
        <source>Technical skill: {title}</source>
        <translation>Fachliche Fähigkeit: {title}</translation>
    </message>
    <message>
        <source>Soft skill: {title}</source>
        <translation>Überfachliche Fähigkeit: {title}</translation>
    </message>
    <message>
        <source>{name}&apos;s technical skill: {title}</source>
        <translation>Fachliche Fähigkeit von {name}: {title}</translation>
    </message>
    <message>
        <source>{name}&apos;s soft skill: {title}</source>
        <translation>Überfachliche Fähigkeit von {name}: {title}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>before {score} of {high} ({day}: {evidence})</source>
        <translation>vorher {score} von {high} ({day}: {evidence})</translation>
    </message>
    <message>
        <source>after {score} of {high} ({day}: {evidence})</source>
        <translation>nachher {score} von {high} ({day}: {evidence})</translation>
    </message>
    <message>
        <source>Solid line and dots: progress at each check-in (red when behind schedule). Dashed line: steady progress from the quarter&apos;s start to the target date. Dotted line: today.</source>
        <translation>Durchgezogene Linie und Punkte: Fortschritt bei jedem Zwischenstand (rot bei Rückstand). Gestrichelte Linie: gleichmäßiger Fortschritt vom Quartalsbeginn bis zum Zieldatum. Gepunktete Linie: heute.</translation>
    </message>
    <message>
        <source>Solid line and dots: progress at each check-in of the quarter. Dashed line: steady progress from the quarter&apos;s start to the target date.</source>
        <translation>Durchgezogene Linie und Punkte: Fortschritt bei jedem Zwischenstand des Quartals. Gestrichelte Linie: gleichmäßiger Fortschritt vom Quartalsbeginn bis zum Zieldatum.</translation>
    </message>
    <message>
        <source>{title} ({count}):</source>
        <translation>{title} ({count}):</translation>
    </message>
    <message>
        <source>not reviewed, {progress}% at the end</source>
        <translation>keine Bilanz, {progress} % am Ende</translation>
    </message>
    <message>
        <source>{standing}, behind schedule</source>
        <translation>{standing}, im Rückstand</translation>
    </message>
    <message>
        <source>{standing}; carried over to quarter {number}</source>
        <translation>{standing}; übernommen in Quartal {number}</translation>
    </message>
    <message>
        <source>reached {day}</source>
        <translation>erreicht am {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <source>{outcome}, carried over to quarter {number}.</source>
        <translation>{outcome}, übernommen in Quartal {number}.</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Progress at the end:</source>
        <translation>Fortschritt am Ende:</translation>
    </message>
    <message>
        <source>As planned on {day}: the quarter has not begun.</source>
        <translation>Wie am {day} geplant: Das Quartal hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>As it stands on {day}: the quarter is under way.</source>
        <translation>Stand am {day}: Das Quartal läuft noch.</translation>
    </message>
    <message>
        <source>As it stood when the partnership ended, {day}.</source>
        <translation>Stand beim Ende der Partnerschaft, {day}.</translation>
    </message>
    <message>
        <source>As it stood at the end of the quarter, {day}.</source>
        <translation>Stand am Ende des Quartals, {day}.</translation>
    </message>
    <message>
        <source>Meetings: {held} held of {planned} planned; attendance {rate} ({to_come} still to come)</source>
        <translation>Treffen: {held} von {planned} geplanten haben stattgefunden; Teilnahme {rate} ({to_come} stehen noch aus)</translation>
    </message>
    <message>
        <source>Meetings: {held} held of {planned} planned; attendance {rate}</source>
        <translation>Treffen: {held} von {planned} geplanten haben stattgefunden; Teilnahme {rate}</translation>
    </message>
    <message>
        <source>Action items: {completed} completed, {open} open, {dropped} dropped ({overdue} overdue)</source>
        <translation>Aufgaben: {completed} erledigt, {open} offen, {dropped} fallen gelassen ({overdue} überfällig)</translation>
    </message>
    <message>
        <source>Action items: {completed} completed, {open} open, {dropped} dropped</source>
        <translation>Aufgaben: {completed} erledigt, {open} offen, {dropped} fallen gelassen</translation>
    </message>
    <message>
        <source>Action items: {completed} completed, {open} open ({overdue} overdue)</source>
        <translation>Aufgaben: {completed} erledigt, {open} offen ({overdue} überfällig)</translation>
    </message>
    <message>
        <source>Action items: {completed} completed, {open} open</source>
        <translation>Aufgaben: {completed} erledigt, {open} offen</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Win, {day} ({who}): {text}</source>
        <translation>Erfolg, {day} ({who}): {text}</translation>
    </message>
    <message>
        <source>No goals were set for this quarter.</source>
        <translation>Für dieses Quartal wurden keine Ziele gesetzt.</translation>
    </message>
    <message>
        <source>Next quarter&apos;s goals: {goals}</source>
        <translation>Ziele des nächsten Quartals: {goals}</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} und {mentee}</translation>
    </message>
    <message>
        <source>Quarter {number}:</source>
        <translation>Quartal {number}:</translation>
    </message>
    <message>
        <source>This is the manager copy: it leaves out what the pair keeps between them: the topics and notes of their sessions, their reflections on their goals, the steps, notes and outcomes of their checklists, and their health-check answers. It is not for signing.</source>
        <translation>Dies ist die Kopie für die Führungskraft: Sie lässt weg, was das Paar unter sich behält: die Themen und Notizen seiner Sitzungen, seine Rückblicke auf die Ziele, die Schritte, Notizen und Ergebnisse seiner Checklisten und seine Antworten zum Check-up. Sie ist nicht zum Unterschreiben bestimmt.</translation>
    </message>
    <message>
        <source>Planned {planned} = held {held} + missed {missed} + cancelled {cancelled} + still to come {to_come} · moved {moved}</source>
        <translation>Geplant {planned} = stattgefunden {held} + verpasst {missed} + abgesagt {cancelled} + stehen noch aus {to_come} · verschoben {moved}</translation>
    </message>
    <message>
        <source>attendance {rate}</source>
        <translation>Teilnahme {rate}</translation>
    </message>
    <message>
        <source>Every meeting of the quarter is counted once, by how it went; a moved one where it went. Attendance is held out of held and missed.</source>
        <translation>Jedes Treffen des Quartals zählt einmal, danach, wie es verlief; ein verschobenes dort, wohin es verschoben wurde. Die Teilnahme ist der Anteil der stattgefundenen an den stattgefundenen und verpassten.</translation>
    </message>
    <message>
        <source>Carried in {carried_in} + created {created} = completed {completed} + dropped {dropped} + open at the end {open} · of those open, overdue {overdue}</source>
        <translation>Übernommen {carried_in} + neu {created} = erledigt {completed} + fallen gelassen {dropped} + am Ende offen {open} · davon überfällig {overdue}</translation>
    </message>
    <message>
        <source>Carried in: agreed before the quarter and still open when it began. Dropped: the pair agreed it will not be done. Open at the end: neither done nor dropped by the quarter&apos;s last day (or by today for the current quarter).</source>
        <translation>Übernommen: vor dem Quartal vereinbart und zu seinem Beginn noch offen. Fallen gelassen: Das Paar hat vereinbart, dass sie nicht erledigt wird. Am Ende offen: bis zum letzten Tag des Quartals (im laufenden Quartal bis heute) weder erledigt noch fallen gelassen.</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Am Ende offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>(started {started}, closed {closed})</source>
        <translation>(begonnen am {started}, abgeschlossen am {closed})</translation>
    </message>
    <message>
        <source>(started {started}, open)</source>
        <translation>(begonnen am {started}, offen)</translation>
    </message>
    <message>
        <source>(started {started}, closed {closed}): {outcome}</source>
        <translation>(begonnen am {started}, abgeschlossen am {closed}): {outcome}</translation>
    </message>
    <message>
        <source>(started {started}, open): {outcome}</source>
        <translation>(begonnen am {started}, offen): {outcome}</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message>
        <source>The pair&apos;s answers stay between them.</source>
        <translation>Die Antworten des Paares bleiben unter den beiden.</translation>
    </message>
    <message>
        <source>Statement (1–5)</source>
        <translation>Aussage (1–5)</translation>
    </message>
    <message>
        <source>Shown once both partners have answered this quarter&apos;s check.</source>
        <translation>Erscheint, sobald beide das Check-up dieses Quartals beantwortet haben.</translation>
    </message>
    <message>
        <source>Next quarter&apos;s goals</source>
        <translation>Ziele des nächsten Quartals</translation>
    </message>
    <message>
        <source>{goal} (target {day})</source>
        <translation>{goal} (Ziel: {day})</translation>
    </message>
    <message>
        <source>Signed in MentorDesk on {day} by {mentor} ({mentor_role}) and {mentee} ({mentee_role}): version {version} of this quarter&apos;s summary. MentorDesk keeps this PDF as signed; {command} tells whether a copy is unchanged.</source>
        <translation>Am {day} in MentorDesk unterschrieben von {mentor} ({mentor_role}) und {mentee} ({mentee_role}): Version {version} des Berichts dieses Quartals. MentorDesk bewahrt dieses PDF so auf, wie es unterschrieben wurde; {command} prüft, ob eine Kopie unverändert ist.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Unterschrift:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
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
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Shared Team Database</source>
        <translation>Gemeinsame Team-Datenbank</translation>
    </message>
    <message>
        <source>Us&amp;e This Database</source>
        <translation>Diese Datenbank &amp;verwenden</translation>
    </message>
    <message>
        <source>A team can keep every pair&apos;s log in one PostgreSQL database: each install opens it instead of this computer&apos;s own file. Private notes always stay on this computer.

Open now: {now_open}.</source>
        <translation>Ein Team kann das Protokoll aller Paare in einer PostgreSQL-Datenbank führen: Jede Installation öffnet sie statt der eigenen Datei dieses Computers. Private Notizen bleiben immer auf diesem Computer.

Jetzt geöffnet: {now_open}.</translation>
    </message>
    <message>
        <source>This run was started with --db or MENTORDESK_DB, which wins over the choice made here.</source>
        <translation>Dieser Lauf wurde mit --db oder MENTORDESK_DB gestartet; das hat Vorrang vor der Wahl hier.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems hinterlegt</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>MentorDesk never writes a password to its own files or logs.</source>
        <translation>MentorDesk schreibt nie ein Passwort in eigene Dateien oder Protokolle.</translation>
    </message>
    <message>
        <source>There is no system keyring here: put the password in ~/.pgpass (libpq&apos;s own file) or PGPASSWORD, and leave this empty.</source>
        <translation>Hier gibt es keinen Schlüsselbund: Legen Sie das Passwort in ~/.pgpass (die Datei von libpq) oder PGPASSWORD ab und lassen Sie dieses Feld leer.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Use This &amp;Computer&apos;s Own Database</source>
        <translation>&amp;Eigene Datenbank dieses Computers nutzen</translation>
    </message>
    <message>
        <source>none: encrypted only if the server offers it</source>
        <translation>keins: nur verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate file</source>
        <translation>Die CA-Zertifikatsdatei des Servers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate file</source>
        <translation>Die CA-Zertifikatsdatei des Servers wählen</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>From the team lead: with it, the connection is always encrypted and the server&apos;s certificate checked against it (libpq&apos;s verify-full).</source>
        <translation>Von der Teamleitung: Damit ist die Verbindung immer verschlüsselt und das Zertifikat des Servers wird daran geprüft (verify-full von libpq).</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbindung zu {host}…</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The Server&apos;s CA Certificate</source>
        <translation>CA-Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The test itself failed. The details are in the log.</source>
        <translation>Der Test selbst ist fehlgeschlagen. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>TeamHealthModel</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} von 5</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Team Overview</source>
        <translation>Teamübersicht</translation>
    </message>
    <message>
        <source>No active pairs. Once there are some, this overview shows how each of them is doing and which need attention.</source>
        <translation>Keine aktiven Paare. Sobald es welche gibt, zeigt diese Übersicht, wie es jedem geht und welche Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <source>Form a &amp;Pair…</source>
        <translation>&amp;Paar bilden…</translation>
    </message>
    <message>
        <source>Reading every pair&apos;s health signals…</source>
        <translation>Die Signale aller Paare werden gelesen…</translation>
    </message>
    <message>
        <source>{pairs}; {needing} needs attention. Enter or a double click opens a pair&apos;s health.</source>
        <translation>{pairs}; {needing} braucht Aufmerksamkeit. Eingabe oder ein Doppelklick zeigt, wie es einem Paar geht.</translation>
    </message>
    <message>
        <source>{pairs}; {needing} need attention. Enter or a double click opens a pair&apos;s health.</source>
        <translation>{pairs}; {needing} brauchen Aufmerksamkeit. Eingabe oder ein Doppelklick zeigt, wie es einem Paar geht.</translation>
    </message>
    <message>
        <source>1 active pair</source>
        <translation>1 aktives Paar</translation>
    </message>
    <message>
        <source>{count} active pairs</source>
        <translation>{count} aktive Paare</translation>
    </message>
    <message>
        <source>The team&apos;s health signals could not be read: {error}</source>
        <translation>Die Signale des Teams ließen sich nicht lesen: {error}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist Templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Restore Built-ins</source>
        <translation>Mitgelieferte wiederherstellen</translation>
    </message>
    <message>
        <source>{title}  (built-in)</source>
        <translation>{title}  (mitgeliefert)</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Neue Checkliste</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>this checklist</source>
        <translation>diese Checkliste</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?

If you don&apos;t save them, they are lost.</source>
        <translation>Die Änderungen an „{name}“ speichern?

Wenn Sie sie nicht speichern, gehen sie verloren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Built-in checklists stay; edit them, or restore them.</source>
        <translation>Mitgelieferte Checklisten bleiben: Bearbeiten Sie sie oder stellen Sie sie wieder her.</translation>
    </message>
    <message>
        <source>Delete Checklist</source>
        <translation>Checkliste löschen</translation>
    </message>
    <message>
        <source>Delete the checklist “{name}”? Runs already made with it keep their steps.</source>
        <translation>Die Checkliste „{name}“ löschen? Bereits damit begonnene Durchgänge behalten ihre Schritte.</translation>
    </message>
    <message>
        <source>Put the three built-in checklists back as shipped? Your own checklists stay. Changes not saved in the editor are dropped.</source>
        <translation>Die drei mitgelieferten Checklisten im Auslieferungszustand wiederherstellen? Ihre eigenen Checklisten bleiben. Nicht gespeicherte Änderungen im Editor werden verworfen.</translation>
    </message>
    <message>
        <source>Put the three built-in checklists back as shipped? Your own checklists stay.</source>
        <translation>Die drei mitgelieferten Checklisten im Auslieferungszustand wiederherstellen? Ihre eigenen Checklisten bleiben.</translation>
    </message>
    <message>
        <source>Built-in checklists restored.</source>
        <translation>Mitgelieferte Checklisten wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>… ({count} more character)</source>
        <translation>… ({count} weiteres Zeichen)</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… ({count} weitere Zeichen)</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: erforderlich</translation>
    </message>
    <message>
        <source>{label} must be one line without control characters</source>
        <translation>{label}: nur eine Zeile ohne Steuerzeichen</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>{label}: länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>an email address is required</source>
        <translation>eine E-Mail-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a valid email address (like name@example.org, without spaces, quotes, brackets, commas or semicolons, which invitations cannot carry)</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse (wie name@example.org, ohne Leerzeichen, Anführungszeichen, Klammern, Kommas oder Semikolons, die Einladungen nicht tragen können)</translation>
    </message>
    <message>
        <source>{label} contains control characters</source>
        <translation>{label}: enthält Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
    <message>
        <source>Cannot {step}: {why}</source>
        <translation>Nicht möglich ({step}): {why}</translation>
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
    <name>WhoAmIDialog</name>
    <message>
        <source>I Am…</source>
        <translation>Ich bin…</translation>
    </message>
    <message>
        <source>Nobody in particular (no private notes)</source>
        <translation>Niemand Bestimmtes (keine privaten Notizen)</translation>
    </message>
    <message>
        <source>I &amp;am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>Private notes belong to the person using this computer; presentation mode hides them while you share your screen.</source>
        <translation>Private Notizen gehören der Person, die diesen Computer nutzt; der Präsentationsmodus verbirgt sie, während Sie Ihren Bildschirm teilen.</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Add Win — {title}</source>
        <translation>Erfolg hinzufügen — {title}</translation>
    </message>
    <message>
        <source>Add Win</source>
        <translation>Erfolg hinzufügen</translation>
    </message>
    <message>
        <source>What went well, in a line</source>
        <translation>Was gut gelaufen ist, in einer Zeile</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Wir beide</translation>
    </message>
    <message>
        <source>&amp;Win:</source>
        <translation>&amp;Erfolg:</translation>
    </message>
    <message>
        <source>W&amp;hose:</source>
        <translation>&amp;Von wem:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>Wins</name>
    <message>
        <source>a win</source>
        <translation>ein Erfolg</translation>
    </message>
    <message>
        <source>a win is celebrated once it happened: choose today or earlier</source>
        <translation>ein Erfolg wird gefeiert, wenn er geschehen ist: heute oder früher wählen</translation>
    </message>
    <message>
        <source>the pair started on {day}</source>
        <translation>das Paar begann am {day}</translation>
    </message>
    <message>
        <source>Add Win</source>
        <translation>Erfolg hinzufügen</translation>
    </message>
    <message>
        <source>Remove Win</source>
        <translation>Erfolg entfernen</translation>
    </message>
    <message>
        <source>{pair} ended on {day}.</source>
        <translation>{pair} endete am {day}.</translation>
    </message>
    <message>
        <source>a win is the mentor&apos;s, the mentee&apos;s or both</source>
        <translation>ein Erfolg gehört dem Mentor, dem Mentee oder beiden</translation>
    </message>
</context>
<context>
    <name>WinsBox</name>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Wins this quarter</source>
        <translation>Erfolge in diesem Quartal</translation>
    </message>
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
