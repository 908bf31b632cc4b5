// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One paper: title, authors, where it is presented, abstract, PDF.
QQC2.ScrollView {
    id: root

    required property ProgramRepository repository
    required property TimeDisplay timeDisplay
    required property Bookmarks bookmarks
    required property Navigator navigator
    required property WebBrowsing web
    required property string paperId

    readonly property var paper: root.timeDisplay.useLaptopZone, root.repository.paper(root.paperId)
    readonly property bool found: root.paper.id !== undefined
    readonly property string bookmarkItemId: root.found ? root.paperId : ""
    readonly property int bookmarkKind: Bookmarks.Paper

    contentWidth: availableWidth
    Accessible.name: root.found ? root.paper.title : qsTr("Paper not found")

    ColumnLayout {
        width: Math.min(root.availableWidth, 900)
        x: Math.max(0, (root.availableWidth - width) / 2)
        spacing: Theme.smallGap

        Item {
            implicitHeight: Theme.gap
        }
        QQC2.Label {
            visible: !root.found
            text: qsTr("This paper is not in the program.")
            textFormat: Text.PlainText
            Layout.margins: Theme.gap
        }

        ColumnLayout {
            visible: root.found
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap

            QQC2.Label {
                visible: root.found && root.paper.retracted
                text: qsTr("This paper has been retracted.")
                textFormat: Text.PlainText
                color: Theme.errorColor(root.palette)
                font.bold: true
            }
            QQC2.Label {
                text: root.found ? root.paper.title : ""
                textFormat: Text.PlainText
                font.pointSize: Qt.application.font.pointSize * 1.5
                font.bold: true
                font.strikeout: root.found && root.paper.retracted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            QQC2.Label {
                text: root.found ? root.paper.authors : ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: root.found && root.paper.posterSession.length === 0 && !root.paper.retracted
                text: qsTr("Poster session not announced yet.")
                textFormat: Text.PlainText
                font.italic: true
                opacity: 0.7
            }
            LinkButtons {
                web: root.web
                links: root.found ? root.paper.links : []
            }
            BookmarkPanel {
                visible: root.found
                bookmarks: root.bookmarks
                kind: Bookmarks.Paper
                itemId: root.paperId
                Layout.fillWidth: true
            }

            DetailHeading {
                visible: root.found && root.paper.sessions.length > 0
                text: qsTr("Presented in")
            }
            Repeater {
                model: root.found ? root.paper.sessions : []

                SessionRow {
                    required property var modelData

                    session: modelData
                    onOpen: id => root.navigator.go("session:" + id)
                }
            }

            DetailHeading {
                visible: root.found && root.paper.abstractHtml.length > 0
                text: qsTr("Abstract")
            }
            MarkdownText {
                web: root.web
                html: root.found ? root.paper.abstractHtml : ""
            }
        }
    }
}
