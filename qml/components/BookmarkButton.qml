// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import WorkshopCompanion

// Adds an item to, or removes it from, the attendee's own schedule.
QQC2.Button {
    id: root

    required property Bookmarks bookmarks
    required property int kind // Bookmarks.Session or Bookmarks.Paper
    required property string itemId
    property bool bookmarked: root.bookmarks.contains(root.kind, root.itemId)

    // A retracted paper can be removed from the schedule, never added anew.
    enabled: root.bookmarked || root.bookmarks.canBookmark(root.kind, root.itemId)
    checkable: true
    checked: root.bookmarked
    text: root.bookmarked ? qsTr("★ In my schedule") : qsTr("☆ Add to my schedule")
    Accessible.name: root.bookmarked ? qsTr("Remove from my schedule") : qsTr("Add to my schedule")
    QQC2.ToolTip.visible: hovered
    QQC2.ToolTip.text: qsTr("Ctrl+D")
    onClicked: root.bookmarks.toggle(root.kind, root.itemId)

    Connections {
        target: root.bookmarks
        function onScheduleChanged() {
            root.bookmarked = root.bookmarks.contains(root.kind, root.itemId)
        }
    }
}
