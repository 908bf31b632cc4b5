// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// Organizer mode, unmistakably: what is shown is a draft, not what attendees
// have. Says whether the draft is valid and how it differs from what is
// published, with the way to the problems, the changes, and out.
QQC2.Pane {
    id: root

    required property DraftPreview preview
    required property ProblemListModel problems

    signal showProblems()
    signal showChanges()

    visible: root.preview.active
    padding: Theme.smallGap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: [qsTr("Draft preview — not published"), root.preview.statusText, root.preview.comparison]
                     .filter(s => s.length > 0).join(". ")

    background: Rectangle {
        color: Qt.rgba(Theme.draftColor(root.palette).r, Theme.draftColor(root.palette).g,
                       Theme.draftColor(root.palette).b, 0.2)
        border.color: Theme.draftColor(root.palette)
        border.width: 2
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.leftMargin: Theme.smallGap

            QQC2.Label {
                objectName: "draftTitle"
                text: qsTr("Draft preview — not published · %1").arg(root.preview.folder)
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            QQC2.Label {
                objectName: "draftStatus"
                text: [root.preview.statusText, root.preview.comparison].filter(s => s.length > 0).join(" · ")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: root.problems.errorCount > 0 ? Theme.errorColor(root.palette) : root.palette.windowText
                Layout.fillWidth: true
            }
        }
        QQC2.Button {
            objectName: "draftProblemsButton"
            text: root.problems.count > 0 ? qsTr("Problems (%1)").arg(root.problems.count) : qsTr("No problems")
            enabled: root.problems.count > 0
            onClicked: root.showProblems()
        }
        QQC2.Button {
            text: qsTr("Changes")
            enabled: root.preview.hasValidState
            onClicked: root.showChanges()
        }
        QQC2.Button {
            text: qsTr("Close draft")
            onClicked: root.preview.close()
        }
    }
}
