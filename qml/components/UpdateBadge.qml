// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// "Updated": marks what a program update changed until the attendee has
// looked at it. A word, not only a colour, so it reads in print and for
// colour-blind eyes.
QQC2.Label {
    id: root

    property string label: qsTr("Updated")

    text: root.label
    textFormat: Text.PlainText
    font.bold: true
    font.pointSize: Qt.application.font.pointSize * 0.75
    color: root.palette.highlightedText
    leftPadding: 5
    rightPadding: 5
    topPadding: 1
    bottomPadding: 1
    background: Rectangle {
        radius: height / 2
        color: root.palette.highlight
        // Still a badge on a highlighted (selected) row.
        border.color: root.palette.highlightedText
        border.width: 1
    }
}
