// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// The window's keyboard shortcuts, and the mouse's back and forward buttons
// anywhere in it. The window loads them just after its first frame: their
// key sequences, context and buttons are Qt enums that Qt 6.4's QML
// compiler leaves to the interpreter, and the interpreter's first look-up
// in the Qt namespace builds the table of all its enums, about as long as
// two timeline blocks take to make.
Item {
    id: root

    required property Navigator navigator
    required property SyncService sync
    required property DraftPreview preview
    required property Bookmarks bookmarks
    required property QtObject window // for the focused item Ctrl+D bookmarks

    // The platform's keys and the ones the app promises everywhere. Where
    // they are the same (Back is Alt+Left on Linux), the key is this
    // shortcut's twice, and Qt calls that ambiguous.
    Shortcut {
        sequences: [StandardKey.Back, "Alt+Left"]
        onActivated: root.navigator.back()
        onActivatedAmbiguously: root.navigator.back()
    }
    Shortcut {
        sequences: [StandardKey.Forward, "Alt+Right"]
        onActivated: root.navigator.forward()
        onActivatedAmbiguously: root.navigator.forward()
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
        sequences: [StandardKey.Preferences, "Ctrl+,"]
        onActivated: root.navigator.go("settings")
        onActivatedAmbiguously: root.navigator.go("settings")
    }
    BookmarkShortcut {
        bookmarks: root.bookmarks
        window: root.window
    }

    MouseArea {
        objectName: "historyButtons"
        anchors.fill: parent
        acceptedButtons: Qt.BackButton | Qt.ForwardButton
        onClicked: mouse => mouse.button === Qt.BackButton ? root.navigator.back() : root.navigator.forward()
    }
}
