// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// One session in a list: its time, title, speakers and room.
QQC2.ItemDelegate {
    id: root

    required property string title
    required property string timeRange
    required property string speakers
    required property string room
    required property string kind
    required property bool cancelled

    Accessible.name: root.timeRange + " " + root.title

    contentItem: RowLayout {
        spacing: 16

        QQC2.Label {
            text: root.timeRange
            textFormat: Text.PlainText
            Layout.preferredWidth: 110
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            QQC2.Label {
                text: root.title
                textFormat: Text.PlainText
                font.bold: root.kind !== "break" && root.kind !== "meal"
                font.strikeout: root.cancelled
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: text.length > 0
                text: [root.speakers, root.room].filter(s => s.length > 0).join(" · ")
                textFormat: Text.PlainText
                opacity: 0.7
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
