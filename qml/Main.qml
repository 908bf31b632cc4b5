// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

QQC2.ApplicationWindow {
    id: root

    required property ProgramRepository repository
    required property Navigator navigator
    required property Clock clock
    required property TimeDisplay timeDisplay
    required property Bookmarks bookmarks
    required property NowNext nowNext
    required property AppSettings settings
    required property MyScheduleModel schedule
    required property ScheduleExporter exporter
    required property Reminders reminders
    required property SyncService sync
    required property ChangeListModel changes
    required property DraftPreview preview
    required property WebBrowsing web
    required property SavedPapers savedPapers
    // Colours by palette role when --theme forces them; empty to follow the system.
    required property var forcedColors

    width: root.settings.windowSize.width
    height: root.settings.windowSize.height
    minimumWidth: 640
    minimumHeight: 400
    visible: true
    title: root.repository.loaded ? qsTr("%1 — Workshop Companion").arg(root.repository.title)
                                  : qsTr("Workshop Companion")

    onClosing: root.settings.windowSize = Qt.size(root.width, root.height)
    Component.onCompleted: {
        for (const role in root.forcedColors)
            root.palette[role] = root.forcedColors[role]
        if (root.navigator.view === "web")
            webPane.show(root.navigator.argument)
    }

    Connections {
        target: root.navigator
        function onRouteChanged() {
            // Problems belong to a draft, which is not open at the next
            // start; a web page would start WebEngine with the app.
            if (root.navigator.view !== "problems" && root.navigator.view !== "web")
                root.settings.lastRoute = root.navigator.route
            if (root.navigator.view === "web")
                webPane.show(root.navigator.argument)
        }
    }
    Connections {
        target: root.preview
        function onStateChanged() {
            if (!root.preview.active && root.navigator.view === "problems")
                root.navigator.go("timeline")
        }
    }

    menuBar: QQC2.MenuBar {
        QQC2.Menu {
            title: qsTr("&File")

            QQC2.Action {
                text: qsTr("&Open draft folder…")
                shortcut: "Ctrl+O"
                onTriggered: draftDialog.open()
            }
            QQC2.Action {
                text: qsTr("&Close draft")
                enabled: root.preview.active
                onTriggered: root.preview.close()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Sync now")
                shortcut: "Ctrl+R"
                enabled: root.sync.available && !root.sync.busy
                onTriggered: root.sync.syncNow()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: root.close()
            }
        }
    }

    Loader {
        id: draftDialog

        function open() {
            if (item)
                item.open()
            else
                active = true
        }

        active: false
        source: Qt.resolvedUrl("components/DraftFolderDialog.qml")
        onLoaded: item.open()

        Connections {
            target: draftDialog.item
            function onChosen(folder) {
                root.preview.openFolder(folder)
                root.navigator.go("timeline")
            }
        }
    }

    header: NowNextBar {
        visible: root.repository.loaded
        title: root.repository.title
        nowNext: root.nowNext
        timeDisplay: root.timeDisplay
        onOpenSession: id => root.navigator.go("session:" + id)
    }

    Shortcut {
        sequences: [StandardKey.Back, "Alt+Left"]
        onActivated: root.navigator.back()
    }
    Shortcut {
        sequences: [StandardKey.Forward, "Alt+Right"]
        onActivated: root.navigator.forward()
    }
    Shortcut {
        sequences: [StandardKey.Find, "/"]
        context: Qt.ApplicationShortcut
        // The web pane finds in its page instead.
        enabled: root.navigator.view !== "web"
        onActivated: root.navigator.go(root.navigator.view === "search" ? root.navigator.route : "search")
    }
    Shortcut {
        sequence: "Ctrl+1"
        onActivated: root.navigator.go("timeline")
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: root.navigator.go("speakers")
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: root.navigator.go("papers")
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: root.navigator.go("about")
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: root.navigator.go("schedule")
    }
    Shortcut {
        sequence: "Ctrl+6"
        onActivated: root.navigator.go("changes")
    }
    Shortcut {
        sequence: "F5"
        // F5 reloads the page in the web pane.
        enabled: root.navigator.view !== "web"
        onActivated: root.sync.syncNow()
    }
    Shortcut {
        sequence: "Ctrl+7"
        enabled: root.preview.active
        onActivated: root.navigator.go("problems")
    }
    Shortcut {
        sequence: StandardKey.Preferences
        onActivated: root.navigator.go("settings")
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: root.navigator.go("settings")
    }
    BookmarkShortcut {
        bookmarks: root.bookmarks
        window: root
    }

    // Mouse back and forward buttons, anywhere in the window.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.BackButton | Qt.ForwardButton
        z: 1
        onClicked: mouse => mouse.button === Qt.BackButton ? root.navigator.back() : root.navigator.forward()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

    NoticeBar {
        objectName: "bookmarksNotice"
        text: root.bookmarks.notice
        Layout.fillWidth: true
        onDismissed: root.bookmarks.dismissNotice()
    }
    DraftBanner {
        objectName: "draftBanner"
        preview: root.preview
        problems: root.repository.problems
        Layout.fillWidth: true
        onShowProblems: root.navigator.go("problems")
        onShowChanges: root.navigator.go("changes")
    }
    NoticeBar {
        // Why a draft folder could not be opened (messages during a preview
        // show on its Problems page).
        objectName: "previewNotice"
        text: root.preview.active ? "" : root.preview.message
        Layout.fillWidth: true
        onDismissed: root.preview.clearMessage()
    }
    NoticeBar {
        objectName: "updateNotice"
        text: root.sync.updateNotice
        actionText: qsTr("Show changes")
        Layout.fillWidth: true
        onActionTriggered: {
            root.sync.dismissUpdateNotice()
            root.navigator.go("changes")
        }
        onDismissed: root.sync.dismissUpdateNotice()
    }
    NoticeBar {
        objectName: "reminderNotice"
        text: root.reminders.inAppReminder
        Layout.fillWidth: true
        onDismissed: root.reminders.dismissInAppReminder()
    }

    RowLayout {
        spacing: 0
        Layout.fillWidth: true
        Layout.fillHeight: true

        SideBar {
            visible: root.repository.loaded
            navigator: root.navigator
            sync: root.sync
            changes: root.changes
            preview: root.preview
            problemCount: root.repository.problems.count
            Layout.fillHeight: true
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

        Loader {
            id: content

            anchors.fill: parent
            focus: !webPane.visible
            sourceComponent: {
                // A draft with errors from the start has nothing to show but them.
                if (root.preview.active && !root.preview.hasValidState)
                    return root.repository.loading ? loadingView : problemsView
                if (!root.repository.loaded)
                    return root.repository.loading ? loadingView : problemsView
                switch (root.navigator.view) {
                case "session": return sessionView
                case "speakers": return speakersView
                case "speaker": return speakerView
                case "papers": return papersView
                case "paper": return paperView
                case "search": return searchView
                case "about": return aboutView
                case "schedule": return scheduleView
                case "settings": return settingsView
                case "changes": return changesView
                case "problems": return root.preview.active ? problemsView : timelineView
                case "web": return root.web.inApp ? null : timelineView
                default: return timelineView
                }
            }
        }
        Loader {
            // Kept once made, so that a page, its history and its scroll
            // position are still there after a look at the timeline.
            id: webPane

            function show(address) {
                if (!root.web.inApp)
                    return
                if (!active) {
                    setSource(Qt.resolvedUrl("views/WebView.qml"), { web: root.web, navigator: root.navigator })
                    active = true
                }
                item.show(address)
            }

            anchors.fill: parent
            active: false
            visible: active && root.navigator.view === "web"
            focus: visible
        }
        }
    }
    }

    Component {
        id: loadingView

        ColumnLayout {
            QQC2.BusyIndicator {
                running: true
                Layout.alignment: Qt.AlignHCenter
            }
            QQC2.Label {
                text: qsTr("Loading the program…")
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }
    Component {
        id: problemsView

        ProblemsView {
            problems: root.repository.problems
            folder: root.repository.folder
            preview: root.preview
        }
    }
    Component {
        id: timelineView

        TimelineView {
            focus: true
            repository: root.repository
            nowNext: root.nowNext
            clock: root.clock
            timeDisplay: root.timeDisplay
            navigator: root.navigator
            bookmarks: root.bookmarks
        }
    }
    Component {
        id: scheduleView

        MyScheduleView {
            focus: true
            repository: root.repository
            bookmarks: root.bookmarks
            schedule: root.schedule
            exporter: root.exporter
            timeDisplay: root.timeDisplay
            navigator: root.navigator
        }
    }
    Component {
        id: settingsView

        SettingsView {
            settings: root.settings
            reminders: root.reminders
            timeDisplay: root.timeDisplay
            bookmarks: root.bookmarks
            sync: root.sync
            savedPapers: root.savedPapers
        }
    }
    Component {
        id: changesView

        ChangesView {
            focus: true
            changes: root.preview.active ? root.preview.changes : root.changes
            draftComparison: root.preview.active ? root.preview.comparison : ""
            navigator: root.navigator
        }
    }
    Component {
        id: sessionView

        SessionView {
            web: root.web
            repository: root.repository
            timeDisplay: root.timeDisplay
            bookmarks: root.bookmarks
            nowNext: root.nowNext
            navigator: root.navigator
            sessionId: root.navigator.argument
        }
    }
    Component {
        id: speakersView

        SpeakersView {
            repository: root.repository
            navigator: root.navigator
        }
    }
    Component {
        id: speakerView

        SpeakerView {
            web: root.web
            repository: root.repository
            timeDisplay: root.timeDisplay
            navigator: root.navigator
            speakerId: root.navigator.argument
        }
    }
    Component {
        id: papersView

        PapersView {
            focus: true
            repository: root.repository
            navigator: root.navigator
            bookmarks: root.bookmarks
            posterSession: root.navigator.argument
        }
    }
    Component {
        id: paperView

        PaperView {
            web: root.web
            repository: root.repository
            timeDisplay: root.timeDisplay
            bookmarks: root.bookmarks
            navigator: root.navigator
            paperId: root.navigator.argument
        }
    }
    Component {
        id: searchView

        SearchView {
            focus: true
            repository: root.repository
            navigator: root.navigator
            bookmarks: root.bookmarks
            query: root.navigator.argument
        }
    }
    Component {
        id: aboutView

        AboutView {
            web: root.web
            repository: root.repository
            timeDisplay: root.timeDisplay
        }
    }
}
