// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// Every problem of a program folder, by file:line:column: a folder that
// could not be opened, or a draft being previewed (whose problems can be
// copied as locations and opened in an editor).
ListView {
    id: root

    required property ProblemListModel problems
    required property string folder
    // Organizer mode; null for a folder that simply failed to open.
    property DraftPreview preview: null

    readonly property bool draft: root.preview !== null && root.preview.active

    objectName: "problemList"
    model: root.problems
    clip: true
    focus: true
    keyNavigationEnabled: true
    Accessible.name: qsTr("Problems")
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    header: Column {
        width: ListView.view.width
        padding: Theme.gap
        spacing: Theme.smallGap

        QQC2.Label {
            width: parent.width - 2 * Theme.gap
            text: !root.draft ? qsTr("%1 cannot be opened: fix these problems and open it again.").arg(root.folder)
                  : root.problems.count === 0 ? qsTr("No problems: the draft is valid.")
                  : qsTr("Problems in the draft %1. Saving a file checks it again.").arg(root.folder)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.bold: true
        }
        QQC2.Label {
            objectName: "previewMessage"
            visible: root.draft && text.length > 0
            width: parent.width - 2 * Theme.gap
            text: root.preview ? root.preview.message : ""
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            opacity: 0.75
        }
    }

    Keys.onReturnPressed: root.currentItem && root.currentItem.clicked()

    delegate: ProblemRow {
        width: ListView.view.width
        highlighted: ListView.isCurrentItem && root.activeFocus
        actionsVisible: root.draft
        onCopyLocation: location => root.preview.copyLocation(location)
        onOpenFile: file => root.preview.openInEditor(file)
    }
}
