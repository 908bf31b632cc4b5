// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// An item's links (slides, video, PDF…), opened in the app's web pane, or
// in the system browser for hosts the pane does not show. The loader only
// lets https, http and mailto links through.
Flow {
    id: root

    required property var links // [{ name, url }]
    required property WebBrowsing web

    spacing: 6
    visible: root.links.length > 0
    Layout.fillWidth: true

    Repeater {
        model: root.links

        QQC2.Button {
            required property var modelData

            text: modelData.name.length > 0 ? modelData.name.charAt(0).toUpperCase() + modelData.name.slice(1) : modelData.url
            Accessible.name: qsTr("Open %1").arg(text)
            QQC2.ToolTip.text: modelData.url
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: 600
            onClicked: root.web.open(modelData.url)
        }
    }
}
