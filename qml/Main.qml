// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

QQC2.ApplicationWindow {
    id: root

    required property ProgramRepository repository

    width: 1100
    height: 720
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    title: root.repository.loaded ? root.repository.title : qsTr("Workshop Companion")

    header: QQC2.ToolBar {
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            spacing: 0

            QQC2.Label {
                text: root.repository.loaded ? root.repository.title : qsTr("This program folder has errors")
                textFormat: Text.PlainText
                font.pointSize: 16
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: text.length > 0
                text: root.repository.loaded
                      ? root.repository.subtitle
                      : qsTr("%1 — fix the files and open the folder again").arg(root.repository.folder)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    SessionListView {
        anchors.fill: parent
        visible: root.repository.loaded
        model: root.repository.sessions
    }

    ProblemsView {
        anchors.fill: parent
        visible: !root.repository.loaded
        model: root.repository.problems
    }
}
