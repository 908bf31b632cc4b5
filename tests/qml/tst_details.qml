// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
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
            web: TestServices.web
            sessionId: "keynote-lattner"
        }
    }

    Component {
        id: paperComponent

        PaperView {
            width: 1100
            height: 700
            repository: TestServices.repository
            timeDisplay: TestServices.timeDisplay
            bookmarks: TestServices.bookmarks
            navigator: TestServices.navigator
            web: TestServices.web
            paperId: "37"
        }
    }

    Component {
        id: aboutComponent

        AboutView {
            width: 1100
            height: 700
            repository: TestServices.repository
            timeDisplay: TestServices.timeDisplay
            web: TestServices.web
        }
    }

    function findButton(item, label) {
        if (item instanceof QQC2.Button && item.text === label)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findButton(item.children[i], label)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findButton(item.contentItem, label)
            if (found)
                return found
        }
        return null
    }

    function test_paperPdfOpensInTheWebPane() {
        const view = createTemporaryObject(paperComponent, testCase)
        const pdf = findButton(view, "Pdf")
        verify(pdf, "the paper's PDF link is a button")
        mouseClick(pdf)
        compare(TestServices.navigator.view, "web")
        compare(TestServices.navigator.argument, "https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf")
    }

    function test_mailLinksGoToTheSystem() {
        const before = TestServices.openedExternally.length
        const view = createTemporaryObject(aboutComponent, testCase)
        const contact = findButton(view, "Contact")
        verify(contact, "the workshop's contact link is a button")
        mouseClick(contact)
        compare(TestServices.openedExternally.length, before + 1)
        compare(TestServices.openedExternally[before], "mailto:mlforsystems@googlegroups.com")
        verify(TestServices.navigator.view !== "web")
    }

    Component {
        id: papersComponent

        PapersView {
            width: 1100
            height: 700
            repository: TestServices.repository
            navigator: TestServices.navigator
            bookmarks: TestServices.bookmarks
        }
    }

    Component {
        id: scheduleComponent

        MyScheduleView {
            width: 1100
            height: 700
            repository: TestServices.repository
            bookmarks: TestServices.bookmarks
            schedule: TestServices.schedule
            exporter: TestServices.exporter
            timeDisplay: TestServices.timeDisplay
            navigator: TestServices.navigator
        }
    }

    function test_noteIsKeptWithTheBookmarks() {
        verify(TestServices.load("bundled"))
        const view = createTemporaryObject(sessionComponent, testCase)
        waitForRendering(view)
        const note = findChild(view, "noteField")
        verify(note)
        note.text = "Sit near the front"
        note.editingFinished()
        compare(TestServices.bookmarks.note(Bookmarks.Session, "keynote-lattner"), "Sit near the front")
        // Typed and never left: saved after a pause all the same.
        note.forceActiveFocus()
        note.selectAll()
        keyClick(Qt.Key_X)
        tryVerify(() => TestServices.bookmarks.note(Bookmarks.Session, "keynote-lattner") === "x", 3000)
        // A change from elsewhere shows, once the field is left.
        note.focus = false
        TestServices.bookmarks.setNote(Bookmarks.Session, "keynote-lattner", "")
        compare(note.text, "")
    }

    function test_myScheduleListsWhatIsBookmarked() {
        verify(TestServices.load("bundled"))
        const view = createTemporaryObject(scheduleComponent, testCase)
        waitForRendering(view)
        const list = findChild(view, "scheduleList")
        verify(!list.visible)
        TestServices.bookmarks.toggle(Bookmarks.Session, "keynote-lattner")
        TestServices.bookmarks.toggle(Bookmarks.Session, "opening")
        compare(list.count, 2)
        verify(list.visible)
        tryVerify(() => list.itemAtIndex(1) !== null)
        compare(list.itemAtIndex(0).itemId, "opening")
        // Opening a row goes to its page.
        mouseClick(list.itemAtIndex(1))
        compare(TestServices.navigator.route, "session:keynote-lattner")
        TestServices.navigator.back()
        TestServices.bookmarks.toggle(Bookmarks.Session, "keynote-lattner")
        TestServices.bookmarks.toggle(Bookmarks.Session, "opening")
        compare(list.count, 0)
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
