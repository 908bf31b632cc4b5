// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// Every problem of a program folder that could not be opened.
ListView {
    id: root

    required property ProblemListModel problems
    required property string folder

    model: root.problems
    clip: true
    Accessible.name: qsTr("Problems")
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    header: QQC2.Label {
        width: ListView.view.width
        padding: Theme.gap
        text: qsTr("%1 cannot be opened: fix these problems and open it again.").arg(root.folder)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.bold: true
    }

    delegate: ProblemRow {
        width: ListView.view.width
    }
}
