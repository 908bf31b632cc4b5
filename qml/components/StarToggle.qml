// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// The small star on rows and timeline blocks: bookmarks the item in place.
// A drawn star and a mouse area rather than a ToolButton: the timeline's first
// frame makes one per block, and a styled button (background, icon label,
// its own palette and font resolution) cost about a million instructions
// each, besides importing Qt Quick Controls. The mouse area takes the press,
// so the row or block under the star is not opened as well.
MouseArea {
    id: root

    objectName: "starToggle"

    required property Bookmarks bookmarks
    required property int kind // Bookmarks.Session or Bookmarks.Paper
    required property string itemId
    // Read with the schedule's count, which changes with every change to
    // the schedule, so that the star follows it (without a Connections
    // object per star: the timeline's first frame makes one per block).
    readonly property bool bookmarked: root.bookmarks.count >= 0 && root.bookmarks.contains(root.kind, root.itemId)

    visible: root.bookmarked || root.bookmarks.canBookmark(root.kind, root.itemId)
    implicitWidth: glyph.width + 8
    // As high as a line of text, as the ☆ character it replaces was.
    implicitHeight: Theme.textHeight + 4
    hoverEnabled: true
    cursorShape: CursorShape.PointingHand
    // The row has the focus; Ctrl+D toggles from there.
    Accessible.role: Accessible.Button
    Accessible.name: root.bookmarked ? qsTr("Remove from my schedule") : qsTr("Add to my schedule")
    Accessible.onPressAction: root.bookmarks.toggle(root.kind, root.itemId)
    onClicked: root.bookmarks.toggle(root.kind, root.itemId)

    Rectangle {
        anchors.fill: parent
        radius: 3
        visible: root.containsMouse
        color: root.pressed ? root.palette.mid : root.palette.midlight
        opacity: 0.6
    }
    StarIcon {
        id: glyph

        objectName: "starIcon"

        anchors.centerIn: parent
        width: Math.round(Theme.textHeight * 0.8)
        height: glyph.width
        filled: root.bookmarked
        color: root.palette.windowText
    }
    HoverToolTip {
        text: root.Accessible.name
        shown: root.containsMouse
    }
}
