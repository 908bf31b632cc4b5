// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// Every speaker, by name.
ListView {
    id: root

    required property ProgramRepository repository
    required property Navigator navigator

    model: root.repository.speakers
    clip: true
    reuseItems: true
    keyNavigationEnabled: true
    focus: true
    Accessible.name: qsTr("Speakers")
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    header: QQC2.Label {
        width: ListView.view.width
        padding: Theme.gap
        text: qsTr("Speakers (%1)").arg(root.count)
        textFormat: Text.PlainText
        font.bold: true
        font.pointSize: Qt.application.font.pointSize * 1.3
        Accessible.role: Accessible.Heading
    }

    delegate: SpeakerRow {
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onOpen: id => root.navigator.go("speaker:" + id)
        Keys.onReturnPressed: clicked()
    }

    QQC2.Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("No speakers are listed for this workshop.")
        textFormat: Text.PlainText
    }
}
