// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import WorkshopCompanion
import WorkshopCompanionTest

TestCase {
    id: testCase

    name: "Timeline"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: timelineComponent

        TimelineView {
            width: 1200
            height: 700
            repository: TestServices.repository
            nowNext: TestServices.nowNext
            clock: TestServices.clock
            timeDisplay: TestServices.timeDisplay
            navigator: TestServices.navigator
            bookmarks: TestServices.bookmarks
        }
    }

    // The session blocks on screen, found by their properties.
    function blocks(item) {
        let found = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.sessionId !== undefined && child.timeRange !== undefined)
                found.push(child)
            found = found.concat(blocks(child))
        }
        return found
    }

    function block(view, id) {
        return blocks(view).find(b => b.sessionId === id)
    }

    // The bundled day in time order.
    readonly property var bundledDay: ["opening", "talk-dally", "break-morning", "keynote-lattner",
        "coffee-break", "talk-vmr2l", "talk-zeropp", "posters-1", "lunch", "talk-wang", "tea-break-1",
        "talk-foundation-cloud", "talk-laptop-ux", "posters-2", "tea-break-2", "competition-highlights",
        "competition-winners", "competition-qa"]

    function scroller(view) {
        return findChild(view, "timelineScroller")
    }

    // Whether a block shows, at least in part, in the view.
    function onScreen(view, block) {
        const flick = scroller(view)
        return block.y + block.height > flick.contentY && block.y < flick.contentY + flick.height
    }

    function scrollTo(view, contentY) {
        scroller(view).contentY = contentY
        waitForRendering(view)
    }

    function createTimeline(folder, now) {
        verify(TestServices.load(folder))
        TestServices.setNow(now)
        TestServices.timeDisplay.useLaptopZone = false
        const view = createTemporaryObject(timelineComponent, testCase)
        verify(view)
        waitForRendering(view)
        return view
    }

    function test_blocksFollowTheDay() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        const keynote = block(view, "keynote-lattner")
        const lunch = block(view, "lunch")
        // Height follows duration: 55 against 60 minutes.
        fuzzyCompare(keynote.height / lunch.height, 55 / 60, 0.02)
        verify(keynote.y < lunch.y)
        compare(keynote.timeRange, "10:00–10:55")
    }

    // Blocks are made for the part of the day on screen, and the nearest
    // session on either side; scrolling makes the others.
    function test_onlyTheBlocksOnScreenAreMade() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        const made = () => blocks(view).map(b => b.sessionId).sort((a, b) => bundledDay.indexOf(a) - bundledDay.indexOf(b))
        let ids = made()
        verify(ids.length < bundledDay.length)
        verify(ids.indexOf("talk-vmr2l") >= 0)
        verify(ids.indexOf("opening") < 0)
        verify(ids.indexOf("competition-qa") < 0)
        // They follow one another in the day and cover the view; all but
        // the nearest on either side are at most a quarter hour (and the
        // least height of a block) off it.
        const first = bundledDay.indexOf(ids[0])
        compare(ids, bundledDay.slice(first, first + ids.length))
        const flick = scroller(view)
        verify(block(view, ids[0]).y <= flick.contentY)
        const last = block(view, ids[ids.length - 1])
        verify(last.y + last.height >= flick.contentY + scroller(view).height)
        const margin = 15 * Theme.minuteHeight + 14
        const far = blocks(view).filter(b => b.y + b.height < flick.contentY - margin
                                        || b.y > flick.contentY + scroller(view).height + margin)
        verify(far.length <= 2)

        scrollTo(view, flick.contentHeight - scroller(view).height)
        ids = made()
        compare(ids[ids.length - 1], "competition-qa")
        verify(ids.indexOf("talk-vmr2l") < 0)
        scrollTo(view, 0)
        ids = made()
        compare(ids[0], "opening")
        verify(ids.indexOf("competition-qa") < 0)
        verify(block(view, "opening").y < block(view, "talk-dally").y)
    }

    // Tab goes through the whole day in time order, each block scrolled
    // into view with its focus shown, and Shift+Tab back.
    function test_tabMovesThroughTheDay() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        const start = block(view, "talk-vmr2l")
        start.forceActiveFocus(Qt.TabFocusReason)
        let visited = []
        let item = start
        while (item && item.sessionId !== undefined && item.timeRange !== undefined) {
            visited.push(item.sessionId)
            verify(item.visualFocus)
            verify(onScreen(view, item), item.sessionId)
            verify(item.Accessible.name.indexOf(item.title) >= 0)
            keyClick(Qt.Key_Tab)
            item = view.Window.activeFocusItem
        }
        compare(visited, bundledDay.slice(bundledDay.indexOf("talk-vmr2l")))

        block(view, "competition-qa").forceActiveFocus(Qt.TabFocusReason)
        visited = []
        item = view.Window.activeFocusItem
        while (item && item.sessionId !== undefined && item.timeRange !== undefined) {
            visited.push(item.sessionId)
            verify(onScreen(view, item), item.sessionId)
            keyClick(Qt.Key_Backtab)
            item = view.Window.activeFocusItem
        }
        compare(visited, bundledDay.slice().reverse())
    }

    function test_nowIsMarked() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        verify(block(view, "talk-vmr2l").isNow)
        verify(!block(view, "keynote-lattner").isNow)
        const line = findChild(view, "nowLine")
        verify(line.visible)
        verify(line.y > block(view, "talk-vmr2l").y && line.y < block(view, "talk-zeropp").y)
        TestServices.setNow("2023-12-16T12:45")
        verify(block(view, "lunch").isNow)
        verify(!block(view, "talk-vmr2l").isNow)
    }

    function test_noNowLineOutsideTheEvent() {
        const view = createTimeline("bundled", "2023-12-13T12:00")
        verify(!findChild(view, "nowLine").visible)
        compare(TestServices.nowNext.headline, "Starts in 3 days")
        TestServices.setNow("2023-12-16T18:00")
        verify(!findChild(view, "nowLine").visible)
        compare(TestServices.nowNext.headline, "This edition has ended")
        verify(blocks(view).every(b => !b.isNow))
    }

    function test_timeZoneToggle() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        // The switch, a Control, comes a few frames after the view.
        tryVerify(() => findChild(view, "zoneSwitch") !== null)
        const toggle = findChild(view, "zoneSwitch")
        waitForRendering(toggle)
        mouseClick(toggle)
        verify(TestServices.timeDisplay.useLaptopZone)
        compare(TestServices.timeDisplay.zoneLabel, "CET")
        compare(block(view, "keynote-lattner").timeRange, "17:00–17:55")
        mouseClick(toggle)
        verify(!TestServices.timeDisplay.useLaptopZone)
        compare(block(view, "keynote-lattner").timeRange, "10:00–10:55")
    }

    function test_daySwitching() {
        // During the second day the timeline opens on it.
        const view = createTimeline("valid", "2024-07-27T10:10")
        // The tabs, Controls, come a few frames after the view.
        tryVerify(() => findChild(view, "dayTabs") !== null && findChild(view, "dayTabs").count === 2)
        const tabs = findChild(view, "dayTabs")
        verify(tabs.visible)
        compare(view.dayIndex, 1)
        tryCompare(tabs, "currentIndex", 1)
        compare(blocks(view).map(b => b.sessionId).sort(), ["closing", "invited-1", "panel"])
        verify(block(view, "panel").isNow)
        // Parallel rooms sit side by side.
        verify(block(view, "invited-1").x > block(view, "panel").x)
        verify(block(view, "invited-1").cancelled)
        // A tab picks the day; the tabs follow the view's day.
        waitForRendering(tabs)
        mouseClick(tabs.itemAt(0))
        compare(view.dayIndex, 0)
        compare(blocks(view).length, 5)
        verify(!findChild(view, "nowLine").visible)
        view.dayIndex = 1
        compare(tabs.currentIndex, 1)
        compare(blocks(view).map(b => b.sessionId).sort(), ["closing", "invited-1", "panel"])
    }

    BookmarkShortcut {
        id: bookmarkShortcut

        bookmarks: TestServices.bookmarks
        window: testCase.Window.window
    }

    function test_narrowBlockShowsTitleFirst() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        const talk = block(view, "keynote-lattner")
        verify(!talk.narrow)
        const title = findChild(talk, "blockTitle")
        const details = findChild(talk, "blockDetails")
        verify(title.x > 0)
        verify(details.text.indexOf(talk.timeRange) < 0)

        // As in a column of twelve rooms side by side.
        view.width = Theme.narrowBlockWidth
        tryVerify(() => talk.narrow)
        compare(title.x, 0)
        verify(title.width > 0)
        verify(title.truncated)
        // The time, then the speakers, as far as they show.
        verify(details.text.startsWith(talk.timeRange))
        verify(talk.speakers.length > 0)
        verify((talk.timeRange + " · " + talk.speakers).startsWith(details.text))
        verify(details.text.length > talk.timeRange.length + 3)
        // A short block has room for its title alone.
        const brief = block(view, "talk-vmr2l")
        verify(brief.narrow)
        compare(findChild(brief, "blockDetails").text, "")
        verify(findChild(brief, "blockTitle").text.length > 0)
    }

    function test_starAndCtrlDBookmarkTheFocusedBlock() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        const talk = block(view, "talk-vmr2l")
        verify(!TestServices.bookmarks.contains(Bookmarks.Session, "talk-vmr2l"))
        talk.forceActiveFocus()
        keyClick(Qt.Key_D, Qt.ControlModifier)
        verify(TestServices.bookmarks.contains(Bookmarks.Session, "talk-vmr2l"))
        compare(talk.bookmarked, true)
        keyClick(Qt.Key_D, Qt.ControlModifier)
        verify(!TestServices.bookmarks.contains(Bookmarks.Session, "talk-vmr2l"))

        // The star on the block toggles it in place, without opening it.
        const star = findChild(talk, "starToggle")
        verify(star)
        const icon = findChild(star, "starIcon")
        verify(!icon.filled)
        mouseClick(star)
        verify(TestServices.bookmarks.contains(Bookmarks.Session, "talk-vmr2l"))
        compare(TestServices.navigator.route.indexOf("session:"), -1)
        verify(icon.filled)
        mouseClick(star)
        verify(!TestServices.bookmarks.contains(Bookmarks.Session, "talk-vmr2l"))
        verify(!icon.filled)
    }

    Component {
        id: zoneSwitchComponent

        ZoneSwitch {
            timeDisplay: TestServices.timeDisplay
        }
    }
    Component {
        id: daySwitcherComponent

        DaySwitcher {
            days: [{ index: 0, label: "Fri 26" }, { index: 1, label: "Sat 27" }]
            dayIndex: 0
        }
    }
    Component {
        id: nowNextBarComponent

        NowNextBar {
            title: "ML for Systems"
            nowNext: TestServices.nowNext
            timeDisplay: TestServices.timeDisplay
        }
    }
    Component {
        id: menuBarComponent

        QQC2.MenuBar {
            QQC2.Menu {
                title: "&File"
            }
        }
    }

    // The window and the timeline keep space for the Controls that come a
    // few frames after their first: it must be what the Controls take, or
    // the timeline moves when they come.
    function test_spaceKeptForControlsFitsThem() {
        verify(TestServices.load("bundled"))
        compare(createTemporaryObject(zoneSwitchComponent, testCase).implicitHeight, Theme.controlHeight)
        compare(createTemporaryObject(daySwitcherComponent, testCase).implicitHeight, Theme.tabBarHeight)
        compare(createTemporaryObject(menuBarComponent, testCase).implicitHeight, Theme.menuBarHeight)
        // During the event (with its buttons), and before it (without).
        TestServices.setNow("2023-12-16T11:15")
        const bar = createTemporaryObject(nowNextBarComponent, testCase)
        compare(bar.implicitHeight, Theme.toolBarHeight)
        TestServices.setNow("2023-12-13T12:00")
        compare(bar.implicitHeight, Theme.toolBarHeight)
    }

    function test_clickOpensTheSession() {
        const view = createTimeline("bundled", "2023-12-16T11:15")
        const keynote = block(view, "keynote-lattner")
        mouseClick(keynote)
        compare(TestServices.navigator.route, "session:keynote-lattner")
        TestServices.navigator.back()
    }
}
