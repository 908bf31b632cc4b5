// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// Organizer-written Markdown, already made safe in C++ (no images, no raw
// HTML, only https/http/mailto links): shown as rich text, links open in
// the system browser.
QQC2.Label {
    id: root

    property string html

    text: root.html
    visible: root.html.length > 0
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    onLinkActivated: link => Qt.openUrlExternally(link)

    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
}
