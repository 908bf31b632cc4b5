// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtTest
import WorkshopCompanion

// LaterLoader keeps the parts of the window that use Qt Quick Controls out
// of its first frame: they load once the window has drawn one.
TestCase {
    id: testCase

    name: "LaterLoader"
    when: windowShown

    Component {
        id: windowComponent

        Window {
            property alias loader: loader

            width: 200
            height: 100

            LaterLoader {
                id: loader

                file: "components/Spinner.qml"
            }
        }
    }
    Component {
        id: loaderComponent

        LaterLoader {
            file: "components/Spinner.qml"
        }
    }

    function test_loadsOnceTheWindowHasDrawn() {
        const window = createTemporaryObject(windowComponent, testCase)
        verify(window)
        // Not shown, so never drawn: nothing loads.
        wait(50)
        verify(!window.loader.FirstFrame.drawn)
        compare(window.loader.status, Loader.Null)
        verify(window.loader.item === null)

        window.visible = true
        tryVerify(() => window.loader.item !== null)
        verify(window.loader.FirstFrame.drawn)
        compare(window.loader.status, Loader.Ready)
        verify(window.loader.item.running)

        // Made later in a window that has drawn: it need not wait for a frame.
        const later = createTemporaryObject(loaderComponent, window.contentItem)
        verify(later.FirstFrame.drawn)
        verify(later.source.toString().endsWith("components/Spinner.qml"))
        tryVerify(() => later.item !== null)
    }

    // An inactive one loads nothing until it is made active.
    function test_inactiveLoadsNothing() {
        const loader = createTemporaryObject(loaderComponent, testCase, { active: false })
        tryVerify(() => loader.FirstFrame.drawn)
        wait(50)
        verify(loader.item === null)
        loader.active = true
        tryVerify(() => loader.item !== null)
    }
}
