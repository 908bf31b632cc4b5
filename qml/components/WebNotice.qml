// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// What the web pane shows instead of a page it cannot show: offline with
// no saved copy, a crashed page, a link that leaves the allowed sites.
// Never a blank page or a bare error code.
QQC2.Page {
    id: root

    required property string heading
    required property string text
    // Up to three actions, [{ text, action }]; the first is the default.
    required property var actions
    signal triggered(string action)

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.heading

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.gap, 560)
        spacing: Theme.gap

        QQC2.Label {
            text: root.heading
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: 22
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        QQC2.Label {
            text: root.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.85
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.smallGap
            Layout.fillWidth: true

            Repeater {
                model: root.actions

                QQC2.Button {
                    required property var modelData
                    required property int index

                    text: modelData.text
                    highlighted: index === 0
                    objectName: "webNotice_" + modelData.action
                    onClicked: root.triggered(modelData.action)
                }
            }
        }
    }
}
