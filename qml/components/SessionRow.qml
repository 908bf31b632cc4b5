// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// A session in a list on a detail page: day, time, title, room.
QQC2.ItemDelegate {
    id: root

    required property var session // { id, title, kind, shortDay, timeRange, room, cancelled }

    readonly property string bookmarkItemId: root.session.id
    readonly property int bookmarkKind: Bookmarks.Session

    signal open(string sessionId)

    Accessible.name: root.session.title
    onClicked: root.open(root.session.id)
    Layout.fillWidth: true

    contentItem: RowLayout {
        spacing: Theme.gap

        Rectangle {
            width: 4
            Layout.fillHeight: true
            radius: 2
            color: Theme.kindAccent(root.session.kind, root.palette)
        }
        QQC2.Label {
            text: root.session.shortDay + "\n" + root.session.timeRange
            textFormat: Text.PlainText
            opacity: 0.8
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            QQC2.Label {
                text: root.session.title
                textFormat: Text.PlainText
                font.bold: true
                font.strikeout: root.session.cancelled
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                text: [Theme.kindName(root.session.kind), root.session.room].filter(s => s.length > 0).join(" · ")
                textFormat: Text.PlainText
                opacity: 0.7
                Layout.fillWidth: true
            }
        }
    }
}
