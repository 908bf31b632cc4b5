// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// Organizer-written Markdown, already made safe in C++ (no images, no raw
// HTML, only https/http/mailto links): shown as rich text, links open in
// the web pane or the system browser (WebBrowsing decides).
QQC2.Label {
    id: root

    property string html
    required property WebBrowsing web

    text: root.html
    visible: root.html.length > 0
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    onLinkActivated: link => root.web.open(link)

    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? CursorShape.PointingHand : CursorShape.Arrow
    }
}
