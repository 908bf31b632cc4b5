// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// Loads a part of the window that its first frame can do without (a bar, a
// switch, a scroll bar, the shortcuts) once the window has drawn that frame,
// and then without holding up the frames that follow: the file is compiled
// on the QML engine's loader thread and made between frames. The window and the
// timeline import nothing of Controls, so their first frame does not wait
// for its plugins and style, which alone take as long as an empty window
// does to appear; these parts fill the space kept for them a moment later.
Loader {
    id: root

    // The file, from the module's root (such as "components/SideBar.qml"),
    // and its initial properties (Qt.binding() values stay bindings).
    required property string file
    property var initialProperties: ({})
    readonly property bool windowDrawn: FirstFrame.drawn

    function loadOnce() {
        if (root.windowDrawn && root.source.toString().length === 0)
            root.setSource(Qt.resolvedUrl("../" + root.file), root.initialProperties)
    }

    asynchronous: true
    onWindowDrawnChanged: root.loadOnce()
    Component.onCompleted: root.loadOnce()
}
