// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// A menu whose items are made when it first opens: the style's menu items
// take a good part of a start, and a menu is seldom opened before the
// window is in use. Its actions, with their shortcuts, are there from the
// start.
QQC2.Menu {
    id: root

    // Actions, and separators between them, in the menu's order.
    required property list<QtObject> entries

    onAboutToShow: {
        if (root.count > 0)
            return
        for (let i = 0; i < root.entries.length; ++i) {
            const entry = root.entries[i]
            if (entry instanceof QQC2.Action)
                root.addAction(entry)
            else
                root.addItem(entry)
        }
    }
}
