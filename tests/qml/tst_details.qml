// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtTest
import WorkshopCompanion
import WorkshopCompanionTest

TestCase {
    id: testCase

    name: "Details"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: sessionComponent

        SessionView {
            width: 1100
            height: 700
            repository: TestServices.repository
            timeDisplay: TestServices.timeDisplay
            bookmarks: TestServices.bookmarks
            nowNext: TestServices.nowNext
            navigator: TestServices.navigator
            sessionId: "keynote-lattner"
        }
    }

    Component {
        id: papersComponent

        PapersView {
            width: 1100
            height: 700
            repository: TestServices.repository
            navigator: TestServices.navigator
        }
    }

    function test_bookmarkToggle() {
        verify(TestServices.load("bundled"))
        const view = createTemporaryObject(sessionComponent, testCase)
        waitForRendering(view)
        const button = findChild(view, "bookmarkButton")
        verify(button)
        verify(!button.bookmarked)
        mouseClick(button)
        verify(TestServices.bookmarks.contains(Bookmarks.Session, "keynote-lattner"))
        verify(button.bookmarked)
        // A change made elsewhere (a list, a shortcut) shows here too.
        TestServices.bookmarks.toggle(Bookmarks.Session, "keynote-lattner")
        verify(!button.bookmarked)
    }

    function test_detailsFollowTheTimeZone() {
        verify(TestServices.load("bundled"))
        TestServices.timeDisplay.useLaptopZone = false
        const view = createTemporaryObject(sessionComponent, testCase)
        compare(view.session.timeRange, "10:00–10:55")
        TestServices.timeDisplay.useLaptopZone = true
        compare(view.session.timeRange, "17:00–17:55")
        compare(view.session.zoneLabel, "CET")
        TestServices.timeDisplay.useLaptopZone = false
    }

    function test_unknownSessionSaysSo() {
        verify(TestServices.load("bundled"))
        const view = createTemporaryObject(sessionComponent, testCase, { sessionId: "no-such-session" })
        verify(!view.found)
    }

    function test_papersFilteredByPosterSession() {
        verify(TestServices.load("valid"))
        const view = createTemporaryObject(papersComponent, testCase)
        const list = findChild(view, "paperList")
        waitForRendering(view)
        compare(list.count, 4)
        view.posterSession = "posters-1"
        compare(list.count, 2)
        // The retracted paper comes last.
        list.currentIndex = 1
        verify(list.currentItem.retracted)
        compare(list.currentItem.paperId, "late-breaking-1")
        view.posterSession = ""
        compare(list.count, 4)
    }
}
