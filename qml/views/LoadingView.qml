// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// While a program loads: what the first frame of a large edition shows.
ColumnLayout {
    QQC2.BusyIndicator {
        running: true
        Layout.alignment: Qt.AlignHCenter
    }
    QQC2.Label {
        text: qsTr("Loading the program…")
        textFormat: Text.PlainText
        Layout.alignment: Qt.AlignHCenter
    }
}
