// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One problem: where it is and what is wrong. In organizer mode, choosing
// it copies its location, and its file opens in the system's editor.
QQC2.ItemDelegate {
    id: root

    required property string file
    required property string location
    required property string message
    required property bool isError
    property bool actionsVisible: false

    signal copyLocation(string location)
    signal openFile(string file)

    Accessible.name: (root.isError ? qsTr("Error") : qsTr("Warning")) + " " + root.location + " " + root.message
    onClicked: if (root.actionsVisible) root.copyLocation(root.location)

    contentItem: RowLayout {
        spacing: Theme.gap

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

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
        QQC2.Button {
            visible: root.actionsVisible
            text: qsTr("Copy location")
            flat: true
            onClicked: root.copyLocation(root.location)
        }
        QQC2.Button {
            objectName: "openInEditor"
            visible: root.actionsVisible
            text: qsTr("Open in editor")
            flat: true
            onClicked: root.openFile(root.file)
        }
    }
}
