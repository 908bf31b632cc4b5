// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// One problem: where it is and what is wrong.
QQC2.ItemDelegate {
    id: root

    required property string location
    required property string message
    required property bool isError

    Accessible.name: (root.isError ? qsTr("Error") : qsTr("Warning")) + " " + root.location + " " + root.message

    contentItem: ColumnLayout {
        spacing: 2

        QQC2.Label {
            text: (root.isError ? qsTr("Error") : qsTr("Warning")) + " · " + root.location
            textFormat: Text.PlainText
            color: root.isError ? Theme.errorColor(root.palette) : Theme.warningColor(root.palette)
            font.bold: true
            Layout.fillWidth: true
        }
        QQC2.Label {
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
