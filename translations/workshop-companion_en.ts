<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutView</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <source>★ In my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkPanel</name>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the change as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private note (kept with your bookmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source> Bookmarks you add now will not be saved until it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and notes cannot be changed while a draft is previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 in %2 to %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now ends at %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and notes exported to %1 (bookmarks: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: you already have everything in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and notes imported (new or changed: %1); nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <source>New in this update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft compared with published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as what is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last update, to version %1, changed nothing you would see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.
When the organizers update the program, what changed shows here, your bookmarked items first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySwitcher</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Draft preview — not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft preview — not published · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftFolderDialog</name>
    <message>
        <source>Open a draft program folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft folder is gone — showing the last valid state until it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — nothing of the draft can be shown until the errors are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — showing the last valid state · checked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors, %1 · reloaded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors or warnings · reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published copy of this edition on this laptop to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the published version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the published version %1: 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the published version %1: %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkButtons</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Loading the program…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Workshop Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyScheduleModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by its authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer among the papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyScheduleView</name>
    <message>
        <source>My schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save My Schedule as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole program to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my day as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bookmarks and notes to move them to another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bookmarks and notes from a file; nothing is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your schedule yet.
Add talks and posters with ☆, or with Ctrl+D on the focused item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole program as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save My Schedule as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my day as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NowNext</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min left · %1 sessions at once</source>
        <translation>
            <numerusform>%n min left · %1 sessions at once</numerusform>
            <numerusform>%n min left · %1 sessions at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n days</source>
        <translation>
            <numerusform>Starts in %n day</numerusform>
            <numerusform>Starts in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NowNextBar</name>
    <message>
        <source>Now: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperRow</name>
    <message>
        <source>Retracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster session not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · board %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Paper not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paper is not in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paper has been retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster session not announced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersView</name>
    <message>
        <source>Papers and posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: fix these problems and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the draft is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the draft %1. Saving a file checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>At %1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n min: %1</source>
        <translation>
            <numerusform>In %n min: %1</numerusform>
            <numerusform>In %n min: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPapers</name>
    <message>
        <source>No papers saved for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paper saved · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers saved · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paper could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers could not be saved; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some saved papers could not be deleted from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar saved to %1 (events: %2). Importing a newer one later updates these events instead of adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters without a poster session yet were left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing bookmarked on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poster, board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your day to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Poster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the change to %1 as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from my schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <comment>day · start–end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time · speakers</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions, speakers and papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search titles, names, authors and abstracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBlock</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Removed in this draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Session not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On now · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before my bookmarked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come as desktop notifications; when the desktop has none, they show in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder coming: no bookmarked session ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workshop&apos;s site for updates while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in this laptop&apos;s zone instead of the workshop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are shown in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this laptop in %1, with a backup of the previous save next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep papers for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PDFs are saved on this computer whenever the app checks for updates, and open in the app when there is no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only bookmarked papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft vs published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers and posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerView</name>
    <message>
        <source>Speaker not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This speaker is not in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersView</name>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speakers are listed for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarToggle</name>
    <message>
        <source>Remove from my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Updates wait until the program is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates are off while a draft or a folder of your own is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no address to update from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was updated to version %1: 1 change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was updated to version %1: %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (built in) · not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · version %1 · checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated to version %1 · checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing version %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the built-in version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update failed: %1 — still showing version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rejected: %1 — still showing version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workshop&apos;s site for an updated program (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for an updated program (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site now offers an older program; take it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributed talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeDisplay</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>The pattern of a full date (QLocale::toString), e.g. &quot;Saturday 16 December 2023&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>The pattern of a short date (QLocale::toString), e.g. &quot;Sat 16 Dec&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in my laptop&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateBadge</name>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebBrowsing</name>
    <message>
        <source>this computer is not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its address could not be looked up; the network may be down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached from this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network changed while loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebToolBar</name>
    <message>
        <source>Back in page history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward in page history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the page&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebView</name>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are not saved from here. Open the page in your browser to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not shown in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paper is not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process showing it ended unexpectedly. The rest of the app is fine; reloading usually brings the page back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be loaded: %2. No copy of it is saved on this computer, but its abstract is in the app. With “Keep papers for offline reading” on in Settings, papers are saved whenever the app checks for updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the workshop&apos;s sites, so it opens in your web browser, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wc::ProgramDiff</name>
    <message>
        <source>the main room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speakers changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retimed %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retitled “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>papers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind changed %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in a poster session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to poster session %1 board %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to poster session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bio changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
