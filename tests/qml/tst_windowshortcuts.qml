// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtTest
import WorkshopCompanion
import WorkshopCompanionTest

// The window's keyboard shortcuts, and the mouse's back and forward buttons,
// move through the views and the attendee's history.
TestCase {
    id: testCase

    name: "WindowShortcuts"
    when: windowShown
    width: 400
    height: 300

    Component {
        id: shortcutsComponent

        WindowShortcuts {
            anchors.fill: parent
            navigator: TestServices.navigator
            sync: TestServices.sync
            preview: TestServices.preview
            bookmarks: TestServices.bookmarks
            window: testCase.Window.window
        }
    }

    function test_keysAndMouseButtonsMoveThroughViews() {
        const shortcuts = createTemporaryObject(shortcutsComponent, testCase)
        verify(shortcuts)
        const navigator = TestServices.navigator
        navigator.go("timeline")
        // The shortcuts act in the active window.
        testCase.Window.window.requestActivate()
        tryVerify(() => testCase.Window.window.active)

        keySequence("Ctrl+2")
        compare(navigator.route, "speakers")
        keySequence("Ctrl+3")
        compare(navigator.route, "papers")
        keySequence("Alt+Left")
        compare(navigator.route, "speakers")
        keySequence("Alt+Right")
        compare(navigator.route, "papers")
        keySequence("/")
        compare(navigator.route, "search")
        keySequence("Ctrl+,")
        compare(navigator.route, "settings")

        // The mouse's back and forward buttons anywhere in the window; the
        // others pass through to what is under it. (Qt Quick Test's clicks
        // with those buttons reach no MouseArea in Qt 6.4, not even a bare
        // one, so only what this one takes is checked.)
        compare(findChild(shortcuts, "historyButtons").acceptedButtons, Qt.BackButton | Qt.ForwardButton)

        // The draft's problems have a shortcut only while a draft is open.
        verify(!TestServices.preview.active)
        keySequence("Ctrl+7")
        compare(navigator.route, "settings")
    }
}
