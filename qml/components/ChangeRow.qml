// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One change a program update brought: what it is about, and how it changed.
// Unseen changes are marked; opening one marks it seen.
QQC2.ItemDelegate {
    id: root

    required property string entity
    required property string itemId
    required property string change
    required property string title
    required property string summary
    required property bool bookmarked
    required property bool seen
    required property string route

    // Chosen by click or Enter: seen now, and opened where it has a page.
    signal chosen(string entity, string itemId, string route)

    readonly property string entityLabel: root.entity === "session" ? qsTr("Session")
                                        : root.entity === "paper" ? qsTr("Paper")
                                        : root.entity === "speaker" ? qsTr("Speaker")
                                        : qsTr("Workshop")

    Accessible.name: [root.entityLabel, root.title, root.summary, root.bookmarked ? qsTr("in my schedule") : "",
                      root.seen ? "" : qsTr("not seen yet")].filter(s => s.length > 0).join(", ")
    onClicked: root.chosen(root.entity, root.itemId, root.route)

    contentItem: RowLayout {
        spacing: Theme.gap

        QQC2.Label {
            text: root.entityLabel
            textFormat: Text.PlainText
            opacity: 0.7
            font.pointSize: Qt.application.font.pointSize * 0.85
            Layout.preferredWidth: 70
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            RowLayout {
                spacing: Theme.smallGap
                Layout.fillWidth: true

                QQC2.Label {
                    visible: root.bookmarked
                    text: "★"
                    Accessible.ignored: true
                }
                QQC2.Label {
                    text: root.title
                    textFormat: Text.PlainText
                    font.bold: !root.seen
                    font.strikeout: root.change === "removed"
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                UpdateBadge {
                    visible: !root.seen
                    label: root.change === "added" ? qsTr("New") : root.change === "removed" ? qsTr("Removed")
                                                                                           : qsTr("Updated")
                }
            }
            QQC2.Label {
                text: root.summary
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
        }
    }
}
