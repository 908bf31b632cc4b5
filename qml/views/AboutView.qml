// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// The workshop itself: its pages, where and when, who organizes it.
QQC2.ScrollView {
    id: root

    required property ProgramRepository repository
    required property TimeDisplay timeDisplay
    required property WebBrowsing web

    readonly property var info: root.repository.workshopInfo()

    contentWidth: availableWidth
    Accessible.name: qsTr("About")

    ColumnLayout {
        width: Math.min(root.availableWidth - 2 * Theme.gap, 900)
        x: Math.max(Theme.gap, (root.availableWidth - width) / 2)
        spacing: Theme.smallGap

        Item {
            implicitHeight: Theme.gap
        }
        QQC2.Label {
            text: root.info.title
            textFormat: Text.PlainText
            font.pointSize: Qt.application.font.pointSize * 1.8
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        QQC2.Label {
            visible: text.length > 0
            text: root.info.subtitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QQC2.Label {
            text: [root.info.dates.join(", "), [root.info.venue, root.info.city].filter(s => s.length > 0).join(", "),
                   root.info.rooms.join(", ")].filter(s => s.length > 0).join(" · ")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QQC2.Label {
            text: qsTr("Time zone: %1").arg(root.info.timeZone)
            textFormat: Text.PlainText
            opacity: 0.75
        }
        LinkButtons {
            web: root.web
            links: root.info.links
        }

        Repeater {
            model: root.info.pages

            ColumnLayout {
                required property var modelData

                spacing: Theme.smallGap
                Layout.fillWidth: true

                DetailHeading {
                    text: modelData.title
                }
                MarkdownText {
                    web: root.web
                    html: modelData.html
                }
            }
        }

        Repeater {
            model: root.info.committees

            ColumnLayout {
                id: committee

                required property var modelData

                spacing: 2
                Layout.fillWidth: true

                DetailHeading {
                    text: committee.modelData.name
                }
                Repeater {
                    model: committee.modelData.members

                    QQC2.Label {
                        required property var modelData

                        text: modelData.link.length > 0
                              ? "<a href=\"%1\">%2</a>%3".arg(modelData.link).arg(escapedText(modelData.name))
                                .arg(modelData.affiliation.length > 0 ? " · " + escapedText(modelData.affiliation) : "")
                              : escapedText(modelData.name) + (modelData.affiliation.length > 0 ? " · " + escapedText(modelData.affiliation) : "")
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        onLinkActivated: link => root.web.open(link)

                        function escapedText(text) {
                            return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                        }
                    }
                }
            }
        }
        Item {
            implicitHeight: Theme.gap
        }
    }
}
