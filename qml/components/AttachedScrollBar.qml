// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// The style's vertical scroll bar for a plain Flickable (the timeline's,
// which has no Controls in its first frame), attached to it once loaded as
// a ScrollView would have it.
QQC2.ScrollBar {
    id: root

    required property Flickable flickable

    Component.onCompleted: {
        // Laid out by the flickable it belongs to, not by the loader.
        root.parent = root.flickable
        root.flickable.QQC2.ScrollBar.vertical = root
    }
}
