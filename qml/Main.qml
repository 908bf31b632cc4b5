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
        if (root.navigator.view === "web" && root.repository.loaded)
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
        // Started on a web page: the pane knows what it may show once the
        // program (with its links) is there.
        target: root.repository
        function onProgramChanged() {
            if (root.navigator.view === "web" && !webPane.active && root.repository.loaded)
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
        ActionMenu {
            title: qsTr("&File")
            entries: [
                QQC2.Action {
                    text: qsTr("&Open draft folder…")
                    shortcut: "Ctrl+O"
                    onTriggered: draftDialog.open()
                },
                QQC2.Action {
                    text: qsTr("&Close draft")
                    enabled: root.preview.active
                    onTriggered: root.preview.close()
                },
                QQC2.MenuSeparator {},
                QQC2.Action {
                    text: qsTr("&Sync now")
                    shortcut: "Ctrl+R"
                    enabled: root.sync.available && !root.sync.busy
                    onTriggered: root.sync.syncNow()
                },
                QQC2.MenuSeparator {},
                QQC2.Action {
                    text: qsTr("&Quit")
                    shortcut: StandardKey.Quit
                    onTriggered: root.close()
                }
            ]
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

    // The bars below are rare; each is made only while it has something to say.
    Loader {
        active: root.bookmarks.notice.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "bookmarksNotice"
            text: root.bookmarks.notice
            onDismissed: root.bookmarks.dismissNotice()
        }
    }
    Loader {
        active: root.preview.active
        visible: active
        Layout.fillWidth: true
        sourceComponent: DraftBanner {
            objectName: "draftBanner"
            preview: root.preview
            problems: root.repository.problems
            onShowProblems: root.navigator.go("problems")
            onShowChanges: root.navigator.go("changes")
        }
    }
    Loader {
        // Why a draft folder could not be opened (messages during a preview
        // show on its Problems page).
        active: !root.preview.active && root.preview.message.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "previewNotice"
            text: root.preview.message
            onDismissed: root.preview.clearMessage()
        }
    }
    Loader {
        active: root.sync.updateNotice.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "updateNotice"
            text: root.sync.updateNotice
            actionText: qsTr("Show changes")
            onActionTriggered: {
                root.sync.dismissUpdateNotice()
                root.navigator.go("changes")
            }
            onDismissed: root.sync.dismissUpdateNotice()
        }
    }
    Loader {
        active: root.reminders.inAppReminder.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "reminderNotice"
            text: root.reminders.inAppReminder
            onDismissed: root.reminders.dismissInAppReminder()
        }
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

            // The view the route asks for, by file name. A view is compiled
            // when first shown, not with the window: start-up pays for the
            // timeline alone. The web pane has a loader of its own.
            readonly property string view: {
                // A draft with errors from the start has nothing to show but them.
                if (root.preview.active && !root.preview.hasValidState)
                    return root.repository.loading ? "LoadingView" : "ProblemsView"
                if (!root.repository.loaded)
                    return root.repository.loading ? "LoadingView" : "ProblemsView"
                switch (root.navigator.view) {
                case "session": return "SessionView"
                case "speakers": return "SpeakersView"
                case "speaker": return "SpeakerView"
                case "papers": return "PapersView"
                case "paper": return "PaperView"
                case "search": return "SearchView"
                case "about": return "AboutView"
                case "schedule": return "MyScheduleView"
                case "settings": return "SettingsView"
                case "changes": return "ChangesView"
                case "problems": return root.preview.active ? "ProblemsView" : "TimelineView"
                case "web": return root.web.inApp ? "" : "TimelineView"
                default: return "TimelineView"
                }
            }

            anchors.fill: parent
            focus: !webPane.visible
            // Also for the first view, when the binding above first gives it.
            onViewChanged: {
                if (content.view.length === 0)
                    content.source = ""
                else
                    content.setSource(Qt.resolvedUrl("views/%1.qml".arg(content.view)),
                                      root.viewProperties(content.view))
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

    // What each view is given: the services it uses, and what follows the
    // route as bindings, so that the view shown follows it too.
    function viewProperties(view) {
        switch (view) {
        case "LoadingView": return {}
        case "ProblemsView": return {
            problems: root.repository.problems,
            folder: Qt.binding(() => root.repository.folder),
            preview: root.preview
        }
        case "TimelineView": return {
            focus: true,
            repository: root.repository,
            nowNext: root.nowNext,
            clock: root.clock,
            timeDisplay: root.timeDisplay,
            navigator: root.navigator,
            bookmarks: root.bookmarks
        }
        case "MyScheduleView": return {
            focus: true,
            repository: root.repository,
            bookmarks: root.bookmarks,
            schedule: root.schedule,
            exporter: root.exporter,
            timeDisplay: root.timeDisplay,
            navigator: root.navigator
        }
        case "SettingsView": return {
            settings: root.settings,
            reminders: root.reminders,
            timeDisplay: root.timeDisplay,
            bookmarks: root.bookmarks,
            sync: root.sync,
            savedPapers: root.savedPapers
        }
        case "ChangesView": return {
            focus: true,
            changes: Qt.binding(() => root.preview.active ? root.preview.changes : root.changes),
            draftComparison: Qt.binding(() => root.preview.active ? root.preview.comparison : ""),
            navigator: root.navigator
        }
        case "SessionView": return {
            web: root.web,
            repository: root.repository,
            timeDisplay: root.timeDisplay,
            bookmarks: root.bookmarks,
            nowNext: root.nowNext,
            navigator: root.navigator,
            sessionId: Qt.binding(() => root.navigator.argument)
        }
        case "SpeakersView": return {
            repository: root.repository,
            navigator: root.navigator
        }
        case "SpeakerView": return {
            web: root.web,
            repository: root.repository,
            timeDisplay: root.timeDisplay,
            navigator: root.navigator,
            speakerId: Qt.binding(() => root.navigator.argument)
        }
        case "PapersView": return {
            focus: true,
            repository: root.repository,
            navigator: root.navigator,
            bookmarks: root.bookmarks,
            posterSession: Qt.binding(() => root.navigator.argument)
        }
        case "PaperView": return {
            web: root.web,
            repository: root.repository,
            timeDisplay: root.timeDisplay,
            bookmarks: root.bookmarks,
            navigator: root.navigator,
            paperId: Qt.binding(() => root.navigator.argument)
        }
        case "SearchView": return {
            focus: true,
            repository: root.repository,
            navigator: root.navigator,
            bookmarks: root.bookmarks,
            query: Qt.binding(() => root.navigator.argument)
        }
        case "AboutView": return {
            web: root.web,
            repository: root.repository,
            timeDisplay: root.timeDisplay
        }
        }
        return {}
    }
}
