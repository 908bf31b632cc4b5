// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// A session on the timeline: its height follows its duration, its colour its
// kind. Cancelled sessions stay, struck out; the one on now is outlined.
//
// Plain Qt Quick items rather than a Controls button and labels: the
// timeline is the first view, and nothing in its first frame imports Qt
// Quick Controls, whose plugins and style alone cost as much as an empty
// window takes to appear. The block does what a button would: it takes the
// focus by Tab (shown by a frame), opens on click, Space or Enter, and tells
// screen readers what it is.
Item {
    id: root

    required property string sessionId
    required property string title
    required property string kind
    required property string timeRange
    required property string speakers
    required property string room
    required property bool cancelled
    required property bool bookmarked
    required property string clash
    required property string change
    // What the latest program update changed, until the attendee opens it.
    required property string update
    // Organizer mode: a published session the draft removes, shown where it was.
    required property bool removed
    required property Bookmarks bookmarks
    property bool isNow: false
    // Focus only comes by keyboard (a click opens the session instead), so
    // whenever the block has it, it shows it.
    readonly property bool visualFocus: root.activeFocus
    readonly property bool hovered: pointer.containsMouse
    // A narrow column (many rooms side by side) has no room for the time
    // beside the title: the title comes first, the time on the line below.
    readonly property bool narrow: root.width < Theme.narrowBlockWidth

    readonly property string bookmarkItemId: root.sessionId
    readonly property int bookmarkKind: Bookmarks.Session
    // What a hovered block explains in its tool tip.
    readonly property string toolTipText: [root.update.length > 0 ? qsTr("Updated: %1").arg(root.update) : "",
                                           root.change, root.clash].filter(s => s.length > 0).join("\n")

    signal open(string sessionId)

    function activate() {
        if (!root.removed)
            root.open(root.sessionId)
    }

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.focusable: true
    Accessible.name: [root.timeRange, root.title, root.speakers, root.cancelled ? qsTr("cancelled") : "",
                      root.isNow ? qsTr("on now") : "", root.bookmarked ? qsTr("in my schedule") : "",
                      root.update.length > 0 ? qsTr("updated: %1").arg(root.update) : "",
                      root.change, root.clash].filter(s => s.length > 0).join(", ")
    Accessible.onPressAction: root.activate()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.activate()
            event.accepted = true
        }
    }

    MouseArea {
        id: pointer

        anchors.fill: parent
        hoverEnabled: true
        cursorShape: root.removed ? CursorShape.Arrow : CursorShape.PointingHand
        onClicked: root.activate()
    }

    Rectangle {
        anchors.fill: parent
        radius: 4
        color: Theme.kindFill(root.kind, root.palette)
        border.width: root.isNow || root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? root.palette.highlight
                    : root.isNow ? Theme.kindAccent("keynote", root.palette)
                    : Qt.darker(color, root.hovered ? 1.35 : 1.15)
        opacity: root.cancelled || root.removed ? 0.55 : 1

        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: Theme.kindAccent(root.kind, root.palette)
        }
    }

    // Anchors rather than layouts: a day has a hundred blocks at NeurIPS
    // scale, and the first frame makes those on screen.
    Item {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 4
        clip: true

        Item {
            id: firstLine

            width: parent.width
            // Centred in a block shorter than a line (a five-minute session).
            height: Math.min(parent.height, Math.max(title.implicitHeight, star.implicitHeight))

            Text {
                id: time

                anchors.verticalCenter: parent.verticalCenter
                visible: !root.narrow
                text: root.narrow ? "" : root.timeRange
                textFormat: Text.PlainText
                color: root.palette.windowText
                // Lighter, not smaller: a font size of its own would be one
                // more font to set up before the first frame.
                opacity: 0.7
            }
            Text {
                id: title

                objectName: "blockTitle"
                anchors.left: root.narrow ? parent.left : time.right
                anchors.leftMargin: root.narrow ? 0 : Theme.smallGap
                anchors.right: marks.visible ? marks.left : star.visible ? star.left : parent.right
                anchors.rightMargin: Theme.smallGap
                anchors.verticalCenter: parent.verticalCenter
                // As much as can show: a narrow column elides most of a title.
                text: TextFit.elisionPrefix(root.title, title.width, title.font)
                textFormat: Text.PlainText
                color: root.palette.windowText
                font.bold: root.kind !== "break" && root.kind !== "meal"
                font.strikeout: root.cancelled || root.removed
                elide: Text.ElideRight
            }
            // The marks most blocks do without are made only when shown.
            Loader {
                id: marks

                anchors.right: star.visible ? star.left : parent.right
                anchors.rightMargin: star.visible ? Theme.smallGap : 0
                anchors.verticalCenter: parent.verticalCenter
                active: root.isNow || root.update.length > 0 || root.clash.length > 0
                        || root.change.length > 0
                visible: active
                sourceComponent: Row {
                    spacing: Theme.smallGap

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: root.isNow
                        text: qsTr("NOW")
                        textFormat: Text.PlainText
                        font.bold: true
                        font.pointSize: Qt.application.font.pointSize * 0.8
                        color: Theme.kindAccent("keynote", root.palette)
                    }
                    UpdateBadge {
                        objectName: "updateMark"
                        anchors.verticalCenter: parent.verticalCenter
                        visible: root.update.length > 0
                        label: root.removed ? qsTr("Removed") : qsTr("Updated")
                    }
                    Text {
                        objectName: "clashMark"
                        anchors.verticalCenter: parent.verticalCenter
                        visible: root.clash.length > 0 || root.change.length > 0
                        text: "⚠"
                        color: Theme.warningColor(root.palette)
                        font.bold: true
                    }
                }
            }
            StarToggle {
                id: star

                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: !root.removed
                bookmarks: root.bookmarks
                kind: Bookmarks.Session
                itemId: root.sessionId
            }
        }
        Text {
            id: details

            objectName: "blockDetails"
            anchors.top: firstLine.bottom
            width: parent.width
            visible: text.length > 0
            // No room for it in a short block, so nothing to lay out either.
            text: root.height <= 40 ? "" : TextFit.elisionPrefix(
                [root.cancelled ? qsTr("Cancelled") : "", root.change,
                 root.narrow ? root.timeRange : root.kind === "break" || root.kind === "meal" ? "" : Theme.kindName(root.kind),
                 root.speakers]
                .filter(s => s.length > 0).join(" · "), details.width, details.font)
            textFormat: Text.PlainText
            color: root.palette.windowText
            opacity: 0.75
            elide: Text.ElideRight
        }
    }

    HoverToolTip {
        text: root.toolTipText
        shown: root.hovered && root.toolTipText.length > 0
    }
}
