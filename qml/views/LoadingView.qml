// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// While a program loads: what the first frame of a large edition shows.
// The words come at once; the style's spinner, which needs Qt Quick
// Controls, a few frames later.
Item {
    id: root

    Column {
        anchors.centerIn: parent
        spacing: Theme.smallGap

        LaterLoader {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.spinnerSize
            height: Theme.spinnerSize
            file: "components/Spinner.qml"
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Loading the program…")
            textFormat: Text.PlainText
            color: root.palette.windowText
        }
    }
}
