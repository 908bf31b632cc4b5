// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One speaker: photo, affiliation, bio and their sessions.
QQC2.ScrollView {
    id: root

    required property ProgramRepository repository
    required property TimeDisplay timeDisplay
    required property Navigator navigator
    required property WebBrowsing web
    required property string speakerId

    readonly property var speaker: root.timeDisplay.useLaptopZone, root.repository.speaker(root.speakerId)
    readonly property bool found: root.speaker.id !== undefined

    contentWidth: availableWidth
    Accessible.name: root.found ? root.speaker.name : qsTr("Speaker not found")

    ColumnLayout {
        width: Math.min(root.availableWidth, 900)
        x: Math.max(0, (root.availableWidth - width) / 2)
        spacing: Theme.smallGap

        QQC2.Label {
            visible: !root.found
            text: qsTr("This speaker is not in the program.")
            textFormat: Text.PlainText
            Layout.margins: Theme.gap
        }

        RowLayout {
            visible: root.found
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.margins: Theme.gap

            Avatar {
                name: root.found ? root.speaker.name : ""
                photo: root.found ? root.speaker.photo : ""
                initials: root.found ? root.speaker.initials : ""
                hue: root.found ? root.speaker.avatarHue : 0
                size: 96
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true

                QQC2.Label {
                    text: root.found ? root.speaker.name : ""
                    textFormat: Text.PlainText
                    font.pointSize: Qt.application.font.pointSize * 1.6
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                QQC2.Label {
                    text: root.found ? root.speaker.affiliation : ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                LinkButtons {
                    web: root.web
                    links: root.found ? root.speaker.links : []
                }
            }
        }

        ColumnLayout {
            visible: root.found
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap

            DetailHeading {
                visible: root.found && root.speaker.bioHtml.length > 0
                text: qsTr("Biography")
            }
            MarkdownText {
                web: root.web
                html: root.found ? root.speaker.bioHtml : ""
            }
            DetailHeading {
                visible: root.found && root.speaker.sessions.length > 0
                text: qsTr("Sessions")
            }
            Repeater {
                model: root.found ? root.speaker.sessions : []

                SessionRow {
                    required property var modelData

                    session: modelData
                    onOpen: id => root.navigator.go("session:" + id)
                }
            }
        }
    }
}
