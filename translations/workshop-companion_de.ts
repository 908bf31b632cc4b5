<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutView</name>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <source>★ In my schedule</source>
        <translation>★ In meinem Plan</translation>
    </message>
    <message>
        <source>☆ Add to my schedule</source>
        <translation>☆ Zu meinem Plan</translation>
    </message>
    <message>
        <source>Remove from my schedule</source>
        <translation>Aus meinem Plan entfernen</translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation>Zu meinem Plan hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
</context>
<context>
    <name>BookmarkPanel</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Mark the change as seen</source>
        <translation>Die Änderung als gesehen markieren</translation>
    </message>
    <message>
        <source>A private note (kept with your bookmarks)</source>
        <translation>Eine private Notiz (bei den Lesezeichen gespeichert)</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source> Bookmarks you add now will not be saved until it can be read.</source>
        <translation> Neue Lesezeichen werden erst gespeichert, wenn sie wieder gelesen werden kann.</translation>
    </message>
    <message>
        <source>Bookmarks and notes cannot be changed while a draft is previewed.</source>
        <translation>Lesezeichen und Notizen lassen sich während der Vorschau eines Entwurfs nicht ändern.</translation>
    </message>
    <message>
        <source>poster “%1”</source>
        <translation>Poster „%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clashes with %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
    <message>
        <source>Moved from %1 in %2 to %3 in %4</source>
        <translation>Verlegt von %1 in %2 auf %3 in %4</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Verlegt von %1 nach %2</translation>
    </message>
    <message>
        <source>Now ends at %1 instead of %2</source>
        <translation>Endet jetzt um %1 statt um %2</translation>
    </message>
    <message>
        <source>Bookmarks and notes exported to %1 (bookmarks: %2).</source>
        <translation>Lesezeichen und Notizen nach %1 exportiert (Lesezeichen: %2).</translation>
    </message>
    <message>
        <source>Nothing new to import: you already have everything in that file.</source>
        <translation>Nichts Neues zu importieren: Alles aus dieser Datei ist schon vorhanden.</translation>
    </message>
    <message>
        <source>Bookmarks and notes imported (new or changed: %1); nothing was removed.</source>
        <translation>Lesezeichen und Notizen importiert (neu oder geändert: %1); nichts wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <source>New in this update</source>
        <translation>Neu in diesem Update</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Vortragende(r)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>in my schedule</source>
        <translation>in meinem Plan</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Draft compared with published</source>
        <translation>Entwurf im Vergleich zur veröffentlichten Fassung</translation>
    </message>
    <message>
        <source>Version %1 → %2</source>
        <translation>Version %1 → %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> · %1 not seen yet</source>
        <translation> · %1 noch nicht gesehen</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>The draft is the same as what is published.</source>
        <translation>Der Entwurf gleicht der veröffentlichten Fassung.</translation>
    </message>
    <message>
        <source>The last update, to version %1, changed nothing you would see.</source>
        <translation>Das letzte Update auf Version %1 hat nichts Sichtbares geändert.</translation>
    </message>
    <message>
        <source>No changes yet.
When the organizers update the program, what changed shows here, your bookmarked items first.</source>
        <translation>Noch keine Änderungen.
Wenn die Veranstalter das Programm aktualisieren, steht hier, was sich geändert hat – Ihre Lesezeichen zuerst.</translation>
    </message>
</context>
<context>
    <name>DaySwitcher</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Draft preview — not published</source>
        <translation>Entwurfsvorschau – nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Draft preview — not published · %1</source>
        <translation>Entwurfsvorschau – nicht veröffentlicht · %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Close draft</source>
        <translation>Entwurf schließen</translation>
    </message>
</context>
<context>
    <name>DraftFolderDialog</name>
    <message>
        <source>Open a draft program folder</source>
        <translation>Einen Programmentwurf-Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>New in this draft</source>
        <translation>Neu in diesem Entwurf</translation>
    </message>
    <message>
        <source>The draft folder is gone — showing the last valid state until it is back</source>
        <translation>Der Entwurfsordner ist verschwunden – der letzte gültige Stand bleibt sichtbar, bis er wieder da ist</translation>
    </message>
    <message>
        <source>%1, %2 — nothing of the draft can be shown until the errors are fixed</source>
        <translation>%1, %2 – vom Entwurf lässt sich nichts zeigen, bis die Fehler behoben sind</translation>
    </message>
    <message>
        <source>%1, %2 — showing the last valid state · checked %3</source>
        <translation>%1, %2 – der letzte gültige Stand wird gezeigt · geprüft %3</translation>
    </message>
    <message>
        <source>No errors, %1 · reloaded %2</source>
        <translation>Keine Fehler, %1 · neu geladen %2</translation>
    </message>
    <message>
        <source>No errors or warnings · reloaded %1</source>
        <translation>Keine Fehler oder Warnungen · neu geladen %1</translation>
    </message>
    <message>
        <source>No published copy of this edition on this laptop to compare with</source>
        <translation>Keine veröffentlichte Fassung dieser Ausgabe auf diesem Laptop zum Vergleich</translation>
    </message>
    <message>
        <source>Same as the published version %1</source>
        <translation>Gleich der veröffentlichten Version %1</translation>
    </message>
    <message>
        <source>Compared with the published version %1: 1 change</source>
        <translation>Im Vergleich zur veröffentlichten Version %1: 1 Änderung</translation>
    </message>
    <message>
        <source>Compared with the published version %1: %2 changes</source>
        <translation>Im Vergleich zur veröffentlichten Version %1: %2 Änderungen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>%1 is not a file of the draft</source>
        <translation>%1 ist keine Datei des Entwurfs</translation>
    </message>
    <message>
        <source>No application could open %1</source>
        <translation>Keine Anwendung konnte %1 öffnen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>LinkButtons</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Loading the program…</source>
        <translation>Das Programm wird geladen …</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Workshop Companion</source>
        <translation>%1 – Workshop Companion</translation>
    </message>
    <message>
        <source>Workshop Companion</source>
        <translation>Workshop Companion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open draft folder…</source>
        <translation>Entwurfsordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>Entwurf &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen zeigen</translation>
    </message>
</context>
<context>
    <name>MyScheduleModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Retracted by its authors</source>
        <translation>Von den Autoren zurückgezogen</translation>
    </message>
    <message>
        <source>No longer in the program</source>
        <translation>Nicht mehr im Programm</translation>
    </message>
    <message>
        <source>No longer among the papers</source>
        <translation>Nicht mehr unter den Papers</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Noch nicht eingeplant</translation>
    </message>
</context>
<context>
    <name>MyScheduleView</name>
    <message>
        <source>My schedule</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source> · %1 changed</source>
        <translation> · %1 geändert</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Zum Kalender …</translation>
    </message>
    <message>
        <source>Save My Schedule as an iCalendar file</source>
        <translation>Meinen Plan als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <source>Whole program to calendar…</source>
        <translation>Ganzes Programm zum Kalender …</translation>
    </message>
    <message>
        <source>Day to print</source>
        <translation>Zu druckender Tag</translation>
    </message>
    <message>
        <source>Print my day as PDF…</source>
        <translation>Meinen Tag als PDF …</translation>
    </message>
    <message>
        <source>Export bookmarks…</source>
        <translation>Lesezeichen exportieren …</translation>
    </message>
    <message>
        <source>Save bookmarks and notes to move them to another laptop</source>
        <translation>Lesezeichen und Notizen speichern, um sie auf einen anderen Laptop mitzunehmen</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Lesezeichen importieren …</translation>
    </message>
    <message>
        <source>Add bookmarks and notes from a file; nothing is removed</source>
        <translation>Lesezeichen und Notizen aus einer Datei hinzufügen; nichts wird entfernt</translation>
    </message>
    <message>
        <source>Nothing in your schedule yet.
Add talks and posters with ☆, or with Ctrl+D on the focused item.</source>
        <translation>Noch nichts in Ihrem Plan.
Fügen Sie Vorträge und Poster mit ☆ hinzu, oder mit Strg+D auf dem ausgewählten Eintrag.</translation>
    </message>
    <message>
        <source>Save the whole program as a calendar</source>
        <translation>Das ganze Programm als Kalender speichern</translation>
    </message>
    <message>
        <source>Save My Schedule as a calendar</source>
        <translation>Meinen Plan als Kalender speichern</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Save my day as PDF</source>
        <translation>Meinen Tag als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export bookmarks and notes</source>
        <translation>Lesezeichen und Notizen exportieren</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>Lesezeichen (*.json)</translation>
    </message>
    <message>
        <source>Import bookmarks and notes</source>
        <translation>Lesezeichen und Notizen importieren</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NowNext</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min left · %1 sessions at once</source>
        <translation>
            <numerusform>noch %n Min. · %1 Sessions gleichzeitig</numerusform>
            <numerusform>noch %n Min. · %1 Sessions gleichzeitig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Min.</numerusform>
            <numerusform>noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · at %2</source>
        <translation>%1 · um %2</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n days</source>
        <translation>
            <numerusform>Beginnt in %n Tag</numerusform>
            <numerusform>Beginnt in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts tomorrow at %1</source>
        <translation>Beginnt morgen um %1</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Beginnt %1</translation>
    </message>
    <message>
        <source>This edition has ended</source>
        <translation>Diese Ausgabe ist vorbei</translation>
    </message>
    <message>
        <source>On now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>NowNextBar</name>
    <message>
        <source>Now: %1 · %2</source>
        <translation>Jetzt: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Als Nächstes: %1 · %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>PaperRow</name>
    <message>
        <source>Retracted: %1</source>
        <translation>Zurückgezogen: %1</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Poster session not announced</source>
        <translation>Postersession nicht angekündigt</translation>
    </message>
    <message>
        <source>%1 · board %2</source>
        <translation>%1 · Stellwand %2</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Paper not found</source>
        <translation>Paper nicht gefunden</translation>
    </message>
    <message>
        <source>This paper is not in the program.</source>
        <translation>Dieses Paper ist nicht im Programm.</translation>
    </message>
    <message>
        <source>This paper has been retracted.</source>
        <translation>Dieses Paper wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Poster session not announced yet.</source>
        <translation>Die Postersession ist noch nicht angekündigt.</translation>
    </message>
    <message>
        <source>Presented in</source>
        <translation>Vorgestellt in</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>PapersView</name>
    <message>
        <source>Papers and posters</source>
        <translation>Paper und Poster</translation>
    </message>
    <message>
        <source>Papers (%1)</source>
        <translation>Paper (%1)</translation>
    </message>
    <message>
        <source>Poster session:</source>
        <translation>Postersession:</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Alle Paper</translation>
    </message>
    <message>
        <source>Poster session</source>
        <translation>Postersession</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation>Ort kopieren</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1 cannot be opened: fix these problems and open it again.</source>
        <translation>%1 lässt sich nicht öffnen: Beheben Sie diese Probleme und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>No problems: the draft is valid.</source>
        <translation>Keine Probleme: Der Entwurf ist gültig.</translation>
    </message>
    <message>
        <source>Problems in the draft %1. Saving a file checks it again.</source>
        <translation>Probleme im Entwurf %1. Jedes Speichern einer Datei prüft ihn erneut.</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>At %1, for %2</source>
        <translation>Um %1, für %2</translation>
    </message>
    <message numerus="yes">
        <source>In %n min: %1</source>
        <translation>
            <numerusform>In %n Min.: %1</numerusform>
            <numerusform>In %n Min.: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Beginnt um %1</translation>
    </message>
    <message>
        <source>Starts at %1 in %2</source>
        <translation>Beginnt um %1 in %2</translation>
    </message>
</context>
<context>
    <name>SavedPapers</name>
    <message>
        <source>No papers saved for offline reading</source>
        <translation>Keine Paper zum Offline-Lesen gespeichert</translation>
    </message>
    <message>
        <source>1 paper saved · %1</source>
        <translation>1 Paper gespeichert · %1</translation>
    </message>
    <message>
        <source>%1 papers saved · %2</source>
        <translation>%1 Paper gespeichert · %2</translation>
    </message>
    <message>
        <source>1 paper could not be saved: %1</source>
        <translation>1 Paper konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 papers could not be saved; the first: %2</source>
        <translation>%1 Paper konnten nicht gespeichert werden; das erste: %2</translation>
    </message>
    <message>
        <source>Some saved papers could not be deleted from %1</source>
        <translation>Einige gespeicherte Paper konnten nicht aus %1 gelöscht werden</translation>
    </message>
</context>
<context>
    <name>ScheduleExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Calendar saved to %1 (events: %2). Importing a newer one later updates these events instead of adding copies.</source>
        <translation>Kalender in %1 gespeichert (Termine: %2). Wird später ein neuerer importiert, aktualisiert er diese Termine, statt Kopien anzulegen.</translation>
    </message>
    <message>
        <source>Posters without a poster session yet were left out: %1.</source>
        <translation>Poster noch ohne Postersession wurden ausgelassen: %1.</translation>
    </message>
    <message>
        <source>My day: %1</source>
        <translation>Mein Tag: %1</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>Nothing bookmarked on this day.</source>
        <translation>An diesem Tag ist nichts vorgemerkt.</translation>
    </message>
    <message>
        <source>poster, board %1</source>
        <translation>Poster, Stellwand %1</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved your day to %1.</source>
        <translation>Ihr Tag wurde in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Poster: %1</source>
        <translation>Poster: %1</translation>
    </message>
    <message>
        <source>board %1</source>
        <translation>Stellwand %1</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Mark the change to %1 as seen</source>
        <translation>Die Änderung an %1 als gesehen markieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from my schedule</source>
        <translation>%1 aus meinem Plan entfernen</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <comment>day · start–end</comment>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time · speakers</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search sessions, speakers and papers</source>
        <translation>Sessions, Vortragende und Paper durchsuchen</translation>
    </message>
    <message>
        <source>Type to search titles, names, authors and abstracts.</source>
        <translation>Tippen, um Titel, Namen, Autoren und Zusammenfassungen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SessionBlock</name>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>on now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>in my schedule</source>
        <translation>in meinem Plan</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Removed in this draft</source>
        <translation>In diesem Entwurf entfernt</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Session not found</source>
        <translation>Session nicht gefunden</translation>
    </message>
    <message>
        <source>This session is not in the program.</source>
        <translation>Diese Session ist nicht im Programm.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Diese Session ist abgesagt.</translation>
    </message>
    <message>
        <source>On now · %1</source>
        <translation>Läuft gerade · %1</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Papers presented</source>
        <translation>Vorgestellte Paper</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me before my bookmarked sessions</source>
        <translation>Vor meinen vorgemerkten Sessions erinnern</translation>
    </message>
    <message>
        <source>Minutes before the session</source>
        <translation>Minuten vor der Session</translation>
    </message>
    <message>
        <source>minutes before it starts</source>
        <translation>Minuten vor Beginn</translation>
    </message>
    <message>
        <source>Reminders come as desktop notifications; when the desktop has none, they show in this window.</source>
        <translation>Erinnerungen kommen als Desktop-Benachrichtigungen; hat der Desktop keine, erscheinen sie in diesem Fenster.</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Nächste Erinnerung: %1</translation>
    </message>
    <message>
        <source>No reminder coming: no bookmarked session ahead.</source>
        <translation>Keine Erinnerung geplant: Keine vorgemerkte Session steht bevor.</translation>
    </message>
    <message>
        <source>Program updates</source>
        <translation>Programm-Updates</translation>
    </message>
    <message>
        <source>Check the workshop&apos;s site for updates while the app is open</source>
        <translation>Die Website des Workshops auf Updates prüfen, solange die App offen ist</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation>Minuten zwischen den Prüfungen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Show times in this laptop&apos;s zone instead of the workshop&apos;s</source>
        <translation>Zeiten in der Zeitzone dieses Laptops statt der des Workshops zeigen</translation>
    </message>
    <message>
        <source>Times are shown in %1.</source>
        <translation>Zeiten werden in %1 angezeigt.</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>Ihre Lesezeichen</translation>
    </message>
    <message>
        <source>Kept on this laptop in %1, with a backup of the previous save next to it.</source>
        <translation>Auf diesem Laptop in %1 gespeichert, daneben eine Sicherung des vorigen Stands.</translation>
    </message>
    <message>
        <source>Offline papers</source>
        <translation>Offline-Paper</translation>
    </message>
    <message>
        <source>Keep papers for offline reading</source>
        <translation>Paper zum Offline-Lesen speichern</translation>
    </message>
    <message>
        <source>Their PDFs are saved on this computer whenever the app checks for updates, and open in the app when there is no network.</source>
        <translation>Die PDFs werden auf diesem Computer gespeichert, wann immer die App nach Updates sucht, und öffnen sich ohne Netzwerk in der App.</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Alle Paper</translation>
    </message>
    <message>
        <source>Only bookmarked papers</source>
        <translation>Nur vorgemerkte Paper</translation>
    </message>
    <message>
        <source>Delete saved papers</source>
        <translation>Gespeicherte Paper löschen</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>Draft vs published</source>
        <translation>Entwurf vs. online</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Papers and posters</source>
        <translation>Paper und Poster</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1 not seen yet</source>
        <translation>%1 noch nicht gesehen</translation>
    </message>
</context>
<context>
    <name>SpeakerView</name>
    <message>
        <source>Speaker not found</source>
        <translation>Vortragende(r) nicht gefunden</translation>
    </message>
    <message>
        <source>This speaker is not in the program.</source>
        <translation>Diese Person ist nicht im Programm.</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SpeakersView</name>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation>Vortragende (%1)</translation>
    </message>
    <message>
        <source>No speakers are listed for this workshop.</source>
        <translation>Für diesen Workshop sind keine Vortragenden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>StarToggle</name>
    <message>
        <source>Remove from my schedule</source>
        <translation>Aus meinem Plan entfernen</translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation>Zu meinem Plan hinzufügen</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Updates wait until the program is loaded</source>
        <translation>Updates warten, bis das Programm geladen ist</translation>
    </message>
    <message>
        <source>Updates are off while a draft or a folder of your own is shown</source>
        <translation>Updates sind aus, solange ein Entwurf oder ein eigener Ordner gezeigt wird</translation>
    </message>
    <message>
        <source>This program has no address to update from</source>
        <translation>Dieses Programm hat keine Adresse für Updates</translation>
    </message>
    <message>
        <source>The program was updated to version %1: 1 change.</source>
        <translation>Das Programm wurde auf Version %1 aktualisiert: 1 Änderung.</translation>
    </message>
    <message>
        <source>The program was updated to version %1: %2 changes.</source>
        <translation>Das Programm wurde auf Version %1 aktualisiert: %2 Änderungen.</translation>
    </message>
    <message>
        <source>Version %1 · checked %2</source>
        <translation>Version %1 · geprüft %2</translation>
    </message>
    <message>
        <source>Version %1 (built in) · not checked yet</source>
        <translation>Version %1 (eingebaut) · noch nicht geprüft</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Suche nach Updates …</translation>
    </message>
    <message>
        <source>Up to date · version %1 · checked %2</source>
        <translation>Aktuell · Version %1 · geprüft %2</translation>
    </message>
    <message>
        <source>Updated to version %1 · checked %2</source>
        <translation>Auf Version %1 aktualisiert · geprüft %2</translation>
    </message>
    <message>
        <source>Offline — showing version %1 from %2</source>
        <translation>Offline – Version %1 von %2 wird gezeigt</translation>
    </message>
    <message>
        <source>Offline — showing the built-in version %1</source>
        <translation>Offline – die eingebaute Version %1 wird gezeigt</translation>
    </message>
    <message>
        <source>Update failed: %1 — still showing version %2</source>
        <translation>Update fehlgeschlagen: %1 – weiterhin Version %2</translation>
    </message>
    <message>
        <source>Update rejected: %1 — still showing version %2</source>
        <translation>Update abgelehnt: %1 – weiterhin Version %2</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Check the workshop&apos;s site for an updated program (Ctrl+R)</source>
        <translation>Auf der Website des Workshops nach einem neueren Programm suchen (Strg+R)</translation>
    </message>
    <message>
        <source>Check for an updated program (Ctrl+R)</source>
        <translation>Nach einem neueren Programm suchen (Strg+R)</translation>
    </message>
    <message>
        <source>Use the older version</source>
        <translation>Ältere Version nehmen</translation>
    </message>
    <message>
        <source>The site now offers an older program; take it anyway</source>
        <translation>Die Website bietet jetzt ein älteres Programm an; trotzdem übernehmen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Opening</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Keynote</translation>
    </message>
    <message>
        <source>Invited talk</source>
        <translation>Eingeladener Vortrag</translation>
    </message>
    <message>
        <source>Contributed talk</source>
        <translation>Eingereichter Vortrag</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>TimeDisplay</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>The pattern of a full date (QLocale::toString), e.g. &quot;Saturday 16 December 2023&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>The pattern of a short date (QLocale::toString), e.g. &quot;Sat 16 Dec&quot;.</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Show times in my laptop&apos;s zone</source>
        <translation>Zeiten in der Zeitzone meines Laptops</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Aktuelle Uhrzeit</translation>
    </message>
</context>
<context>
    <name>UpdateBadge</name>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>WebBrowsing</name>
    <message>
        <source>this computer is not connected to a network</source>
        <translation>dieser Computer ist mit keinem Netzwerk verbunden</translation>
    </message>
    <message>
        <source>its address could not be looked up; the network may be down</source>
        <translation>die Adresse ließ sich nicht auflösen; vielleicht ist das Netzwerk ausgefallen</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server cannot be reached from this network</source>
        <translation>der Server ist aus diesem Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>the network changed while loading</source>
        <translation>das Netzwerk hat sich beim Laden geändert</translation>
    </message>
    <message>
        <source>the site&apos;s certificate is not trusted</source>
        <translation>dem Zertifikat der Website wird nicht vertraut</translation>
    </message>
</context>
<context>
    <name>WebToolBar</name>
    <message>
        <source>Back in page history</source>
        <translation>Zurück im Seitenverlauf</translation>
    </message>
    <message>
        <source>Forward in page history</source>
        <translation>Vorwärts im Seitenverlauf</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation>Neu laden (F5)</translation>
    </message>
    <message>
        <source>Saved copy</source>
        <translation>Gespeicherte Kopie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reset zoom (Ctrl+0)</source>
        <translation>Zoom zurücksetzen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Auf der Seite suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address</source>
        <translation>Die Adresse der Seite kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open this page in your web browser</source>
        <translation>Diese Seite in Ihrem Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Files are not saved from here. Open the page in your browser to download it.</source>
        <translation>Dateien werden hier nicht gespeichert. Öffnen Sie die Seite in Ihrem Browser, um die Datei herunterzuladen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>Diese Seite funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>This page is not shown in the app</source>
        <translation>Diese Seite wird nicht in der App angezeigt</translation>
    </message>
    <message>
        <source>This paper is not available offline</source>
        <translation>Dieses Paper ist offline nicht verfügbar</translation>
    </message>
    <message>
        <source>This page could not be loaded</source>
        <translation>Diese Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The process showing it ended unexpectedly. The rest of the app is fine; reloading usually brings the page back.</source>
        <translation>Der Prozess, der sie angezeigt hat, wurde unerwartet beendet. Der Rest der App ist nicht betroffen; nach dem Neuladen ist die Seite meist wieder da.</translation>
    </message>
    <message>
        <source>“%1” could not be loaded: %2. No copy of it is saved on this computer, but its abstract is in the app. With “Keep papers for offline reading” on in Settings, papers are saved whenever the app checks for updates.</source>
        <translation>„%1“ konnte nicht geladen werden: %2. Auf diesem Computer ist keine Kopie davon gespeichert, aber die Zusammenfassung ist in der App. Ist „Paper zum Offline-Lesen speichern“ in den Einstellungen eingeschaltet, werden Paper immer dann gespeichert, wenn die App nach Updates sucht.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2. Check the network and try again.</source>
        <translation>%1 konnte nicht geladen werden: %2. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Read the abstract</source>
        <translation>Zusammenfassung lesen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 is not one of the workshop&apos;s sites, so it opens in your web browser, not here.</source>
        <translation>%1 gehört nicht zu den Websites des Workshops und wird deshalb in Ihrem Browser geöffnet, nicht hier.</translation>
    </message>
    <message>
        <source>Stay on this page</source>
        <translation>Auf dieser Seite bleiben</translation>
    </message>
</context>
<context>
    <name>wc::ProgramDiff</name>
    <message>
        <source>the main room</source>
        <translation>der Hauptsaal</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umsortiert</translation>
    </message>
    <message>
        <source>speakers changed (%1)</source>
        <translation>Vortragende geändert (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>wieder aufgenommen</translation>
    </message>
    <message>
        <source>retimed %1 → %2</source>
        <translation>verschoben %1 → %2</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>verlegt von %1 nach %2</translation>
    </message>
    <message>
        <source>retitled “%1” → “%2”</source>
        <translation>umbenannt „%1“ → „%2“</translation>
    </message>
    <message>
        <source>papers changed</source>
        <translation>Paper geändert</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>Zusammenfassung geändert</translation>
    </message>
    <message>
        <source>links changed</source>
        <translation>Links geändert</translation>
    </message>
    <message>
        <source>kind changed %1 → %2</source>
        <translation>Art geändert %1 → %2</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>no longer retracted</source>
        <translation>nicht mehr zurückgezogen</translation>
    </message>
    <message>
        <source>no longer in a poster session</source>
        <translation>in keiner Postersession mehr</translation>
    </message>
    <message>
        <source>moved to poster session %1 board %2</source>
        <translation>verlegt in Postersession %1, Stellwand %2</translation>
    </message>
    <message>
        <source>moved to poster session %1</source>
        <translation>verlegt in Postersession %1</translation>
    </message>
    <message>
        <source>title changed</source>
        <translation>Titel geändert</translation>
    </message>
    <message>
        <source>authors changed</source>
        <translation>Autoren geändert</translation>
    </message>
    <message>
        <source>renamed %1 → %2</source>
        <translation>umbenannt %1 → %2</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <source>photo changed</source>
        <translation>Foto geändert</translation>
    </message>
    <message>
        <source>bio changed</source>
        <translation>Biografie geändert</translation>
    </message>
</context>
</TS>
