// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// The sessions of the program in time order.
ListView {
    id: root

    clip: true
    spacing: 1
    reuseItems: true
    Accessible.name: qsTr("Sessions")
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    delegate: SessionRow {
        width: ListView.view.width
    }
}
