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
    // Organizer mode: the draft compared with what is published, instead of
    // what updates brought; empty otherwise.
    property string draftComparison: ""

    readonly property bool draft: root.draftComparison.length > 0

    Accessible.name: qsTr("What changed")

    // Here rather than in the row: marking it seen rebuilds the list, and
    // the row with it.
    function choose(entity, itemId, route) {
        if (!root.draft)
            root.changes.markSeen(entity, itemId)
        if (route.length > 0)
            root.navigator.go(route)
    }

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
                    text: root.draft ? qsTr("Draft compared with published") : qsTr("What changed")
                    textFormat: Text.PlainText
                    font.pointSize: Qt.application.font.pointSize * 1.6
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
                QQC2.Label {
                    objectName: "changesSpan"
                    text: root.draft ? root.draftComparison
                          : root.changes.toVersion === 0 ? ""
                          : (root.changes.fromVersion > 0
                             ? qsTr("Version %1 → %2").arg(root.changes.fromVersion).arg(root.changes.toVersion)
                             : qsTr("Version %1").arg(root.changes.toVersion))
                            + (root.changes.unseenCount > 0 ? qsTr(" · %1 not seen yet").arg(root.changes.unseenCount) : "")
                    textFormat: Text.PlainText
                    opacity: 0.7
                    Layout.fillWidth: true
                }
                QQC2.Button {
                    visible: !root.draft
                    text: qsTr("Mark all as seen")
                    enabled: root.changes.unseenCount > 0
                    onClicked: root.changes.markAllSeen()
                }
            }
        }

        QQC2.Label {
            visible: root.changes.count === 0
            text: root.draft ? qsTr("The draft is the same as what is published.")
                  : root.changes.toVersion > 0 ? qsTr("The last update, to version %1, changed nothing you would see.").arg(root.changes.toVersion)
                  : qsTr("No changes yet.\nWhen the organizers update the program, what changed shows here, your bookmarked items first.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignTop
            opacity: 0.7
            Layout.fillWidth: true
            Layout.fillHeight: true
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
                onChosen: (entity, itemId, route) => root.choose(entity, itemId, route)
            }
            Keys.onReturnPressed: list.currentItem && list.currentItem.clicked()
        }
    }
}
