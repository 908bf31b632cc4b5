// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One item of My Schedule: a session, or a poster with its board. Changed
// items say how; tombstones (cancelled, retracted, removed) stay struck out
// until the attendee removes them.
QQC2.ItemDelegate {
    id: root

    required property string itemId
    required property int kind
    required property string title
    required property string timeRange
    required property string room
    required property string posterSession
    required property int board
    required property string status
    required property string statusText
    required property string clash
    required property string note

    readonly property string bookmarkItemId: root.itemId
    readonly property int bookmarkKind: root.kind
    readonly property bool tombstone: root.status === "cancelled" || root.status === "retracted"
                                      || root.status === "removed"

    signal open(int kind, string itemId)
    signal acknowledge(int kind, string itemId)
    signal remove(int kind, string itemId)

    Accessible.name: [root.timeRange, root.title, root.statusText, root.clash].filter(s => s.length > 0).join(", ")
    onClicked: if (root.status !== "removed") root.open(root.kind, root.itemId)

    contentItem: RowLayout {
        spacing: Theme.gap

        QQC2.Label {
            text: root.timeRange
            textFormat: Text.PlainText
            font.bold: true
            font.strikeout: root.tombstone
            Layout.preferredWidth: 110
            Layout.alignment: Qt.AlignTop
            // Posters sit under their session, indented like a route.
            Layout.leftMargin: root.kind === Bookmarks.Paper ? Theme.gap : 0
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            QQC2.Label {
                text: root.kind === Bookmarks.Paper ? qsTr("Poster: %1").arg(root.title) : root.title
                textFormat: Text.PlainText
                font.bold: true
                font.strikeout: root.tombstone
                opacity: root.tombstone ? 0.7 : 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: text.length > 0
                text: [root.room, root.kind === Bookmarks.Paper && root.board > 0 ? qsTr("board %1").arg(root.board) : "",
                       root.kind === Bookmarks.Paper ? root.posterSession : ""].filter(s => s.length > 0).join(" · ")
                textFormat: Text.PlainText
                opacity: 0.75
                Layout.fillWidth: true
            }
            QQC2.Label {
                objectName: "statusLabel"
                visible: root.statusText.length > 0
                text: root.statusText
                textFormat: Text.PlainText
                font.bold: true
                color: root.tombstone ? Theme.errorColor(root.palette) : Theme.warningColor(root.palette)
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: root.clash.length > 0
                text: "⚠ " + root.clash
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.warningColor(root.palette)
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: root.note.length > 0
                text: root.note
                textFormat: Text.PlainText
                font.italic: true
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                opacity: 0.85
                Layout.fillWidth: true
            }
        }
        QQC2.Button {
            visible: root.status === "moved"
            text: qsTr("Got it")
            Accessible.name: qsTr("Mark the change to %1 as seen").arg(root.title)
            onClicked: root.acknowledge(root.kind, root.itemId)
        }
        QQC2.Button {
            visible: root.tombstone
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove %1 from my schedule").arg(root.title)
            onClicked: root.remove(root.kind, root.itemId)
        }
    }
}
