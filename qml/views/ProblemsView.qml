// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// Every problem of a program folder that could not be opened.
ListView {
    id: root

    clip: true
    Accessible.name: qsTr("Problems")
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    delegate: ProblemRow {
        width: ListView.view.width
    }
}
