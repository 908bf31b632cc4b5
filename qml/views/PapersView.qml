// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// Every accepted paper, filterable by the poster session that shows it;
// retracted papers last.
FocusScope {
    id: root

    required property ProgramRepository repository
    required property Navigator navigator
    required property Bookmarks bookmarks
    // A poster session id from the route ("papers:posters-1"), or empty for all.
    property string posterSession

    Accessible.name: qsTr("Papers and posters")

    PaperFilterModel {
        id: filtered

        papers: root.repository.papers
        posterSession: root.posterSession
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.margins: Theme.gap

            QQC2.Label {
                text: qsTr("Papers (%1)").arg(filtered.count)
                textFormat: Text.PlainText
                font.bold: true
                font.pointSize: Qt.application.font.pointSize * 1.3
                Accessible.role: Accessible.Heading
                Layout.fillWidth: true
            }
            QQC2.Label {
                text: qsTr("Poster session:")
                textFormat: Text.PlainText
            }
            QQC2.ComboBox {
                id: sessionFilter

                readonly property var entries: [{ id: "", title: qsTr("All papers") }].concat(root.repository.posterSessions)

                model: entries.map(e => e.id.length > 0 ? "%1 (%2)".arg(e.title).arg(e.timeRange) : e.title)
                currentIndex: Math.max(0, entries.findIndex(e => e.id === root.posterSession))
                Accessible.name: qsTr("Poster session")
                onActivated: index => root.navigator.replace(index === 0 ? "papers" : "papers:" + entries[index].id)
            }
        }

        ListView {
            id: list

            objectName: "paperList"
            model: filtered
            clip: true
            reuseItems: true
            keyNavigationEnabled: true
            focus: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: PaperRow {
                width: ListView.view.width
                bookmarks: root.bookmarks
                highlighted: ListView.isCurrentItem
                onOpen: id => root.navigator.go("paper:" + id)
                Keys.onReturnPressed: clicked()
            }
        }
    }
}
