// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Dialogs

// File → Open draft folder…, in a file of its own: Main.qml loads it only
// when asked for, so start-up never pays for Qt Quick Dialogs.
FolderDialog {
    id: root

    signal chosen(url folder)

    title: qsTr("Open a draft program folder")
    onAccepted: root.chosen(root.selectedFolder)
}
