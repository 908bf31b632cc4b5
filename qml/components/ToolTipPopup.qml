// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// What HoverToolTip shows: the style's tool tip over the item it fills,
// there as long as it is loaded.
Item {
    id: root

    property alias text: tip.text

    QQC2.ToolTip {
        id: tip

        visible: true
    }
}
