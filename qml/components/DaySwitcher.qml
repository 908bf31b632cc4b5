// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// One tab per day of a multi-day workshop. The view owns the day shown: the
// tabs follow it, and say when the attendee picks another.
QQC2.TabBar {
    id: root

    required property var days // [{ index, label }]
    required property int dayIndex

    signal dayChosen(int index)

    objectName: "dayTabs"
    Accessible.name: qsTr("Day")

    // As tabs are added (a few frames after the view, by LaterLoader), the
    // tab bar moves its current index by itself, after the count changes:
    // the view's day is shown again once that is done.
    onCountChanged: Qt.callLater(root.showDay)
    onDayIndexChanged: root.showDay()

    function showDay() {
        root.currentIndex = root.dayIndex
    }

    Repeater {
        model: root.days

        QQC2.TabButton {
            required property var modelData
            required property int index

            text: modelData.label
            width: implicitWidth
            onClicked: root.dayChosen(index)
        }
    }
}
