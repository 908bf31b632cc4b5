// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// On a detail page: the bookmark toggle, what changed and what clashes, and
// the attendee's private note.
ColumnLayout {
    id: root

    required property Bookmarks bookmarks
    required property int kind // Bookmarks.Session or Bookmarks.Paper
    required property string itemId

    // Re-read on every change of the schedule (the calls are not bindable).
    property int revision: 0
    readonly property string change: root.revision, root.bookmarks.changeText(root.kind, root.itemId)
    readonly property string clash: root.revision, root.bookmarks.clashText(root.kind, root.itemId)

    spacing: Theme.smallGap

    Connections {
        target: root.bookmarks
        function onScheduleChanged() {
            root.revision++
            if (!note.activeFocus)
                note.text = root.bookmarks.note(root.kind, root.itemId)
        }
    }

    BookmarkButton {
        objectName: "bookmarkButton"
        bookmarks: root.bookmarks
        kind: root.kind
        itemId: root.itemId
    }
    RowLayout {
        visible: root.change.length > 0
        spacing: Theme.smallGap

        QQC2.Label {
            objectName: "changeLabel"
            text: root.change
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.warningColor(root.palette)
        }
        QQC2.Button {
            text: qsTr("Got it")
            Accessible.name: qsTr("Mark the change as seen")
            onClicked: root.bookmarks.acknowledge(root.kind, root.itemId)
        }
    }
    QQC2.Label {
        objectName: "clashLabel"
        visible: text.length > 0
        text: root.clash.length > 0 ? "⚠ " + root.clash : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.warningColor(root.palette)
        Layout.fillWidth: true
    }
    QQC2.TextArea {
        id: note

        objectName: "noteField"
        text: root.bookmarks.note(root.kind, root.itemId)
        placeholderText: qsTr("A private note (kept with your bookmarks)")
        wrapMode: TextEdit.Wrap
        Accessible.name: qsTr("Private note")
        Layout.fillWidth: true
        Layout.maximumWidth: 640
        // Saved while typing, after a pause, and when the page goes away: a
        // note is never lost to a window closed without leaving the field.
        onTextChanged: if (activeFocus) noteSaver.restart()
        onEditingFinished: root.saveNote()
        Component.onDestruction: root.saveNote()
    }
    Timer {
        id: noteSaver

        interval: 800
        onTriggered: root.saveNote()
    }

    function saveNote() {
        noteSaver.stop()
        root.bookmarks.setNote(root.kind, root.itemId, note.text)
    }
}
