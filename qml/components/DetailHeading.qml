// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// A section heading on a detail page.
QQC2.Label {
    text: ""
    textFormat: Text.PlainText
    font.bold: true
    font.pointSize: Qt.application.font.pointSize * 1.15
    topPadding: 8
    Layout.fillWidth: true
    Accessible.role: Accessible.Heading
}
