// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// One speaker in a list: photo or initials, name, affiliation.
QQC2.ItemDelegate {
    id: root

    required property string speakerId
    required property string name
    required property string affiliation
    required property url photo
    required property string initials
    required property real avatarHue

    signal open(string speakerId)

    Accessible.name: root.affiliation.length > 0 ? root.name + ", " + root.affiliation : root.name
    onClicked: root.open(root.speakerId)

    contentItem: RowLayout {
        spacing: Theme.gap

        Avatar {
            name: root.name
            photo: root.photo
            initials: root.initials
            hue: root.avatarHue
            size: 44
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            QQC2.Label {
                text: root.name
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: text.length > 0
                text: root.affiliation
                textFormat: Text.PlainText
                opacity: 0.75
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
