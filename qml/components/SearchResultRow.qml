// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One search hit: what it is, where the words matched.
QQC2.ItemDelegate {
    id: root

    required property string kind
    required property string itemId
    required property string title
    required property string subtitle
    required property string snippet
    required property int matchStart
    required property int matchLength
    required property bool retracted

    required property Bookmarks bookmarks
    readonly property bool bookmarkable: root.kind === "session" || root.kind === "paper"
    readonly property string bookmarkItemId: root.bookmarkable ? root.itemId : ""
    readonly property int bookmarkKind: root.kind === "paper" ? Bookmarks.Paper : Bookmarks.Session

    signal open(string route)

    Accessible.name: root.title
    onClicked: root.open(root.kind + ":" + root.itemId)

    // The snippet with the match in bold; everything escaped as plain text first.
    function escaped(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true

            QQC2.Label {
                text: root.title
                textFormat: Text.PlainText
                font.bold: true
                font.strikeout: root.retracted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Loader {
                active: root.bookmarkable
                sourceComponent: StarToggle {
                    bookmarks: root.bookmarks
                    kind: root.bookmarkKind
                    itemId: root.itemId
                }
            }
        }
        QQC2.Label {
            visible: text.length > 0
            text: root.subtitle
            textFormat: Text.PlainText
            opacity: 0.75
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        QQC2.Label {
            visible: root.snippet.length > 0
            text: root.matchLength > 0
                  ? root.escaped(root.snippet.substring(0, root.matchStart)) + "<b>"
                    + root.escaped(root.snippet.substring(root.matchStart, root.matchStart + root.matchLength)) + "</b>"
                    + root.escaped(root.snippet.substring(root.matchStart + root.matchLength))
                  : root.escaped(root.snippet)
            textFormat: Text.StyledText
            opacity: 0.85
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
