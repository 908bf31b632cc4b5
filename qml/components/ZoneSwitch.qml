// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// Shows times in the laptop's zone instead of the workshop's.
QQC2.Switch {
    id: root

    required property TimeDisplay timeDisplay

    objectName: "zoneSwitch"
    text: qsTr("Show times in my laptop's zone")
    checked: root.timeDisplay.useLaptopZone
    onToggled: root.timeDisplay.useLaptopZone = root.checked
    Accessible.name: root.text
}
