// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// A message across the window that stays until dismissed: a recovered
// bookmarks file, a save that failed, a reminder with nowhere else to go,
// a program update.
QQC2.Pane {
    id: root

    required property string text
    // An optional action next to Dismiss, e.g. "Show changes".
    property string actionText
    signal dismissed()
    signal actionTriggered()

    visible: root.text.length > 0
    padding: Theme.smallGap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    background: Rectangle {
        color: Qt.rgba(Theme.warningColor(root.palette).r, Theme.warningColor(root.palette).g,
                       Theme.warningColor(root.palette).b, 0.18)
        border.color: Theme.warningColor(root.palette)
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        QQC2.Label {
            text: root.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.smallGap
        }
        QQC2.Button {
            visible: root.actionText.length > 0
            text: root.actionText
            highlighted: true
            onClicked: root.actionTriggered()
        }
        QQC2.Button {
            text: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
