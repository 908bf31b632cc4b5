// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import WorkshopCompanion

// The File menu's items are made when it first opens; its shortcuts work
// from the start.
TestCase {
    id: testCase

    name: "ActionMenu"
    when: windowShown
    visible: true
    width: 640
    height: 480

    Component {
        id: menuComponent

        ActionMenu {
            id: menu

            property int triggered: 0

            entries: [
                QQC2.Action {
                    text: "&First"
                    shortcut: "Ctrl+Shift+Y"
                    onTriggered: menu.triggered += 1
                },
                QQC2.MenuSeparator {},
                QQC2.Action {
                    text: "&Second"
                    enabled: false
                }
            ]
        }
    }

    function test_itemsAreMadeWhenFirstOpened() {
        const menu = createTemporaryObject(menuComponent, testCase)
        verify(menu)
        compare(menu.count, 0)
        keySequence("Ctrl+Shift+Y")
        compare(menu.triggered, 1)

        menu.open()
        tryCompare(menu, "opened", true)
        compare(menu.count, 3)
        compare(menu.itemAt(0).text, "&First")
        verify(menu.itemAt(1) instanceof QQC2.MenuSeparator)
        compare(menu.itemAt(2).text, "&Second")
        verify(!menu.itemAt(2).enabled)
        compare(menu.itemAt(0).action, menu.entries[0])
        menu.close()
        tryCompare(menu, "opened", false)

        // Made once: opening it again shows the same items.
        menu.open()
        tryCompare(menu, "opened", true)
        compare(menu.count, 3)
        menu.close()
        keySequence("Ctrl+Shift+Y")
        compare(menu.triggered, 2)
    }
}
