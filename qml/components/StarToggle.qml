// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// The small star on rows and timeline blocks: bookmarks the item in place.
QQC2.ToolButton {
    id: root

    objectName: "starToggle"

    required property Bookmarks bookmarks
    required property int kind // Bookmarks.Session or Bookmarks.Paper
    required property string itemId
    property bool bookmarked: root.bookmarks.contains(root.kind, root.itemId)

    visible: root.bookmarked || root.bookmarks.canBookmark(root.kind, root.itemId)
    text: root.bookmarked ? "★" : "☆"
    focusPolicy: Qt.NoFocus // the row has the focus; Ctrl+D toggles from there
    padding: 2
    implicitWidth: implicitContentWidth + 8
    implicitHeight: implicitContentHeight + 4
    Accessible.name: root.bookmarked ? qsTr("Remove from my schedule") : qsTr("Add to my schedule")
    QQC2.ToolTip.visible: hovered
    QQC2.ToolTip.text: root.Accessible.name
    onClicked: root.bookmarks.toggle(root.kind, root.itemId)

    Connections {
        target: root.bookmarks
        function onScheduleChanged() {
            root.bookmarked = root.bookmarks.contains(root.kind, root.itemId)
        }
    }
}
