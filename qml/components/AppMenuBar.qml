// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// The window's menus. Their actions carry the shortcuts (Ctrl+O, Ctrl+R,
// Quit), which work from when the bar has loaded, a few frames after the
// window's first.
QQC2.MenuBar {
    id: root

    required property DraftPreview preview
    required property SyncService sync

    signal openDraftFolder()
    signal quit()

    ActionMenu {
        title: qsTr("&File")
        entries: [
            QQC2.Action {
                text: qsTr("&Open draft folder…")
                shortcut: "Ctrl+O"
                onTriggered: root.openDraftFolder()
            },
            QQC2.Action {
                text: qsTr("&Close draft")
                enabled: root.preview.active
                onTriggered: root.preview.close()
            },
            QQC2.MenuSeparator {},
            QQC2.Action {
                text: qsTr("&Sync now")
                shortcut: "Ctrl+R"
                enabled: root.sync.available && !root.sync.busy
                onTriggered: root.sync.syncNow()
            },
            QQC2.MenuSeparator {},
            QQC2.Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: root.quit()
            }
        ]
    }
}
