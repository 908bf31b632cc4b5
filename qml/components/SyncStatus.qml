// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// Where the program shown comes from, said truthfully ("Up to date ·
// version 7 · checked 09:12", "Offline — showing version 6 from 08:40"),
// with Sync now and, after a refused rollback, the way to accept it.
ColumnLayout {
    id: root

    required property SyncService sync

    spacing: Theme.smallGap

    QQC2.Label {
        objectName: "syncStatusText"
        text: root.sync.statusText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pointSize: Qt.application.font.pointSize * 0.85
        color: root.sync.state === SyncService.Rejected || root.sync.state === SyncService.Failed
               ? Theme.warningColor(root.palette) : root.palette.windowText
        opacity: root.sync.state === SyncService.Rejected || root.sync.state === SyncService.Failed ? 1 : 0.75
        Layout.fillWidth: true
        Accessible.role: Accessible.StatusBar
        Accessible.name: text
    }
    RowLayout {
        spacing: Theme.smallGap
        Layout.fillWidth: true

        QQC2.Button {
            objectName: "syncNowButton"
            text: root.sync.busy ? qsTr("Checking…") : qsTr("Sync now")
            enabled: !root.sync.busy
            flat: true
            onClicked: root.sync.syncNow()
            Accessible.description: qsTr("Check the workshop's site for an updated program (Ctrl+R)")
            QQC2.ToolTip.text: qsTr("Check for an updated program (Ctrl+R)")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: 600
        }
        // Made only while a check runs, as the button below only when offered.
        Loader {
            active: root.sync.busy
            visible: active
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
            sourceComponent: QQC2.BusyIndicator {
                running: true
            }
        }
    }
    Loader {
        active: root.sync.canForce
        visible: active
        sourceComponent: QQC2.Button {
            text: qsTr("Use the older version")
            flat: true
            onClicked: root.sync.acceptOlderVersion()
            Accessible.description: qsTr("The site now offers an older program; take it anyway")
        }
    }
}
