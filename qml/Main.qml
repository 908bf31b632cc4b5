// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// The main window. A plain Qt Quick window with the view in it, and the
// bars around it (menus, now and next, the side bar, notices) loaded by
// LaterLoader: the first frame shows the timeline without waiting for Qt
// Quick Controls, and the bars fill the space kept for them a few frames
// later.
Window {
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
    color: root.palette.window
    title: root.repository.loaded ? qsTr("%1 — Workshop Companion").arg(root.repository.title)
                                  : qsTr("Workshop Companion")

    // The size is remembered by main.cpp when the window closes: Qt 6.4's
    // QML compiler crashes on a closing handler of a plain Window.
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

    // Shortcuts and the mouse's back and forward buttons, over the whole
    // window (a MouseArea that takes only those buttons).
    LaterLoader {
        anchors.fill: parent
        z: 1
        file: "components/WindowShortcuts.qml"
        initialProperties: ({
            navigator: root.navigator,
            sync: root.sync,
            preview: root.preview,
            bookmarks: root.bookmarks,
            window: root
        })
    }

    // The bars across the top. Anchors rather than layouts: nothing in the
    // first frame imports QtQuick.Layouts either.
    Column {
        id: bars

        width: parent.width

        LaterLoader {
            id: menuBar

            width: parent.width
            height: menuBar.item ? menuBar.item.implicitHeight : Theme.menuBarHeight
            file: "components/AppMenuBar.qml"
            initialProperties: ({ preview: root.preview, sync: root.sync })

            Connections {
                target: menuBar.item
                function onOpenDraftFolder() {
                    draftDialog.open()
                }
                function onQuit() {
                    root.close()
                }
            }
        }
        LaterLoader {
            id: header

            visible: root.repository.loaded
            width: parent.width
            height: header.item ? header.item.implicitHeight : Theme.toolBarHeight
            file: "components/NowNextBar.qml"
            initialProperties: ({
                title: Qt.binding(() => root.repository.title),
                nowNext: root.nowNext,
                timeDisplay: root.timeDisplay
            })

            Connections {
                target: header.item
                function onOpenSession(id) {
                    root.navigator.go("session:" + id)
                }
            }
        }
        LaterLoader {
            id: notices

            width: parent.width
            height: notices.item ? notices.item.implicitHeight : 0
            file: "components/NoticeBars.qml"
            initialProperties: ({
                bookmarks: root.bookmarks,
                preview: root.preview,
                repository: root.repository,
                sync: root.sync,
                reminders: root.reminders,
                navigator: root.navigator
            })
        }
    }

    LaterLoader {
        id: sideBar

        anchors.top: bars.bottom
        anchors.bottom: parent.bottom
        width: Theme.sideBarWidth
        visible: root.repository.loaded
        file: "components/SideBar.qml"
        initialProperties: ({
            navigator: root.navigator,
            sync: root.sync,
            changes: root.changes,
            preview: root.preview,
            problemCount: Qt.binding(() => root.repository.problems.count)
        })
    }

    Item {
        anchors.top: bars.bottom
        anchors.bottom: parent.bottom
        anchors.left: sideBar.visible ? sideBar.right : parent.left
        anchors.right: parent.right

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
