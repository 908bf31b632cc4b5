// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One paper in a list: title, authors, where its poster is.
QQC2.ItemDelegate {
    id: root

    required property string paperId
    required property string title
    required property string authors
    required property string posterSessionTitle
    required property int board
    required property bool retracted
    required property bool bookmarked
    required property Bookmarks bookmarks
    required property string clash // "Clashes with …", or empty
    property bool showPosterSession: true

    readonly property string bookmarkItemId: root.paperId
    readonly property int bookmarkKind: Bookmarks.Paper

    signal open(string paperId)

    Accessible.name: root.retracted ? qsTr("Retracted: %1").arg(root.title) : root.title
    onClicked: root.open(root.paperId)

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true

            QQC2.Label {
                visible: root.retracted
                text: qsTr("Retracted")
                textFormat: Text.PlainText
                color: Theme.errorColor(root.palette)
                font.bold: true
            }
            QQC2.Label {
                text: root.title
                textFormat: Text.PlainText
                font.bold: !root.retracted
                font.strikeout: root.retracted
                opacity: root.retracted ? 0.6 : 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            StarToggle {
                bookmarks: root.bookmarks
                kind: Bookmarks.Paper
                itemId: root.paperId
            }
        }
        QQC2.Label {
            text: root.authors
            textFormat: Text.PlainText
            opacity: 0.75
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        QQC2.Label {
            visible: root.showPosterSession
            text: root.posterSessionTitle.length === 0
                  ? qsTr("Poster session not announced")
                  : root.board > 0 ? qsTr("%1 · board %2").arg(root.posterSessionTitle).arg(root.board)
                                   : root.posterSessionTitle
            textFormat: Text.PlainText
            opacity: 0.6
            font.italic: root.posterSessionTitle.length === 0
            Layout.fillWidth: true
        }
        QQC2.Label {
            visible: root.clash.length > 0
            text: "⚠ " + root.clash
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.warningColor(root.palette)
            Layout.fillWidth: true
        }
    }
}
