// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick

// The tool tip of an item built without Qt Quick Controls (a timeline block,
// a star): the Controls tool tip is made the first time it is shown, so
// that the item itself imports nothing of Controls and the timeline's first
// frame does not wait for them.
Loader {
    id: root

    property string text
    property bool shown: false

    anchors.fill: parent
    active: root.shown
    source: "ToolTipPopup.qml"
    onLoaded: root.item.text = Qt.binding(() => root.text)
}
