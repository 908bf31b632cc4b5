// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One field that searches sessions, speakers and papers as you type; the
// search itself runs in C++.
FocusScope {
    id: root

    required property ProgramRepository repository
    required property Navigator navigator
    required property Bookmarks bookmarks
    required property string query

    Accessible.name: qsTr("Search")

    Binding {
        target: root.repository.search
        property: "query"
        value: root.query
    }


    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QQC2.TextField {
            id: field

            text: root.query
            focus: true
            placeholderText: qsTr("Search sessions, speakers and papers")
            selectByMouse: true
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Accessible.name: qsTr("Search")
            onTextEdited: root.navigator.replace(text.length > 0 ? "search:" + text : "search")
            Keys.onDownPressed: {
                results.forceActiveFocus()
                results.currentIndex = 0
            }
            Keys.onReturnPressed: if (results.count > 0) results.itemAtIndex(0).clicked()
            Component.onCompleted: field.forceActiveFocus()
        }

        ListView {
            id: results

            objectName: "searchResults"
            model: root.repository.search
            clip: true
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            section.property: "section"
            section.delegate: QQC2.Label {
                required property string section

                width: ListView.view.width
                padding: Theme.smallGap
                leftPadding: Theme.gap
                text: section
                textFormat: Text.PlainText
                font.bold: true
                opacity: 0.8
                Accessible.role: Accessible.Heading
            }

            delegate: SearchResultRow {
                width: ListView.view.width
                bookmarks: root.bookmarks
                highlighted: ListView.isCurrentItem
                onOpen: route => root.navigator.go(route)
                Keys.onReturnPressed: clicked()
            }

            QQC2.Label {
                anchors.centerIn: parent
                visible: results.count === 0
                text: root.query.trim().length === 0 ? qsTr("Type to search titles, names, authors and abstracts.")
                                                      : qsTr("Nothing matches “%1”.").arg(root.query)
                textFormat: Text.PlainText
                opacity: 0.7
            }
        }
    }
}
