// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtTest
import WorkshopCompanion
import WorkshopCompanionTest

// What changed: bookmarked items first, opening one marks it seen, and
// "Mark all as seen" clears the rest.
TestCase {
    id: testCase

    name: "Changes"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: changesComponent

        ChangesView {
            width: 1100
            height: 700
            changes: TestServices.changes
            navigator: TestServices.navigator
        }
    }

    function test_whatChanged() {
        verify(TestServices.load("bundled"))
        const view = createTemporaryObject(changesComponent, testCase)
        waitForRendering(view)
        const list = findChild(view, "changesList")
        verify(!list.visible)

        TestServices.recordUpdate()
        compare(list.count, 2)
        verify(list.visible)
        compare(findChild(view, "changesSpan").text, "Version 1 → 2 · 2 not seen yet")
        tryVerify(() => list.itemAtIndex(1) !== null)
        compare(list.itemAtIndex(0).itemId, "keynote-lattner")
        compare(list.itemAtIndex(0).summary, "retimed 10:00–10:55 → 10:05–10:55")

        // A bookmarked paper goes first.
        TestServices.bookmarks.toggle(Bookmarks.Paper, "9")
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).itemId === "9")
        verify(list.itemAtIndex(0).bookmarked)

        // Opening the keynote's change goes to its page and marks it seen.
        const keynote = list.itemAtIndex(1)
        compare(keynote.itemId, "keynote-lattner")
        verify(!keynote.seen)
        mouseClick(keynote)
        compare(TestServices.navigator.route, "session:keynote-lattner")
        compare(TestServices.changes.unseenCount, 1)
        TestServices.navigator.back()

        TestServices.changes.markAllSeen()
        compare(TestServices.changes.unseenCount, 0)
        compare(findChild(view, "changesSpan").text, "Version 1 → 2")
        TestServices.bookmarks.toggle(Bookmarks.Paper, "9")
    }

    // File → Open draft folder… loads its dialog only when asked for.
    function test_draftFolderDialogLoads() {
        const component = Qt.createComponent("qrc:/WorkshopCompanion/components/DraftFolderDialog.qml")
        compare(component.status, Component.Ready, component.errorString())
        const dialog = createTemporaryObject(component, testCase)
        verify(dialog)
        compare(dialog.title, "Open a draft program folder")
    }
}
