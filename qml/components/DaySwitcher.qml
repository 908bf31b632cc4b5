// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// One tab per day of a multi-day workshop.
QQC2.TabBar {
    id: root

    required property var days // [{ index, label }]

    Accessible.name: qsTr("Day")

    Repeater {
        model: root.days

        QQC2.TabButton {
            required property var modelData

            text: modelData.label
            width: implicitWidth
        }
    }
}
