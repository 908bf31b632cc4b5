// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// What changed: the changes program updates brought, the attendee's
// bookmarked items first, then what they have not seen yet.
FocusScope {
    id: root

    required property ChangeListModel changes
    required property Navigator navigator

    Accessible.name: qsTr("What changed")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Layout.margins: Theme.gap

            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true

                QQC2.Label {
                    text: qsTr("What changed")
                    textFormat: Text.PlainText
                    font.pointSize: Qt.application.font.pointSize * 1.6
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
                QQC2.Label {
                    objectName: "changesSpan"
                    text: root.changes.toVersion === 0 ? ""
                          : (root.changes.fromVersion > 0
                             ? qsTr("Version %1 → %2").arg(root.changes.fromVersion).arg(root.changes.toVersion)
                             : qsTr("Version %1").arg(root.changes.toVersion))
                            + (root.changes.unseenCount > 0 ? qsTr(" · %1 not seen yet").arg(root.changes.unseenCount) : "")
                    textFormat: Text.PlainText
                    opacity: 0.7
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    text: qsTr("Mark all as seen")
                    enabled: root.changes.unseenCount > 0
                    onClicked: root.changes.markAllSeen()
                }
            }
        }

        QQC2.Label {
            visible: root.changes.count === 0
            text: qsTr("No changes yet.\nWhen the organizers update the program, what changed shows here, your bookmarked items first.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.7
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap * 3
        }

        ListView {
            id: list

            objectName: "changesList"
            visible: root.changes.count > 0
            focus: true
            clip: true
            model: root.changes
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: ChangeRow {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                onOpen: route => root.navigator.go(route)
            }
            Keys.onReturnPressed: list.currentItem && list.currentItem.clicked()
        }
    }
}
