// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick

// "Updated": marks what a program update changed until the attendee has
// looked at it. A word, not only a colour, so it reads in print and for
// colour-blind eyes. Plain Qt Quick: timeline blocks show it, and the
// timeline's first frame does without Qt Quick Controls.
Rectangle {
    id: root

    property string label: qsTr("Updated")

    implicitWidth: word.implicitWidth + 10
    implicitHeight: word.implicitHeight + 2
    radius: height / 2
    color: root.palette.highlight
    // Still a badge on a highlighted (selected) row.
    border.color: root.palette.highlightedText
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: root.label

    Text {
        id: word

        anchors.centerIn: parent
        text: root.label
        textFormat: Text.PlainText
        font.bold: true
        font.pointSize: Qt.application.font.pointSize * 0.75
        color: root.palette.highlightedText
    }
}
