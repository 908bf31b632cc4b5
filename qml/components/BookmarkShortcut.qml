// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// Ctrl+D: bookmarks the focused item. Timeline blocks, list rows and detail
// pages say what they stand for with bookmarkKind and bookmarkItemId; the
// nearest of those around the focus is the item.
Shortcut {
    id: root

    required property Bookmarks bookmarks
    required property QtObject window // a Window, or the QQuickView of a test

    sequence: "Ctrl+D"
    context: Qt.ApplicationShortcut
    onActivated: {
        for (let item = root.window.activeFocusItem; item; item = item.parent) {
            if (item.bookmarkItemId !== undefined && item.bookmarkItemId.length > 0) {
                root.bookmarks.toggle(item.bookmarkKind, item.bookmarkItemId)
                return
            }
        }
    }
}
