// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import WorkshopCompanion

// The day as a vertical time axis: each session a block as tall as it is
// long, rooms side by side, a line at the current time.
//
// The start view: what it shows at once is plain Qt Quick, so that the
// window's first frame has the day in it without waiting for Qt Quick
// Controls. The day tabs, the time-zone switch and the scroll bar are
// Controls, loaded by LaterLoader a few frames later, in space kept for them.
FocusScope {
    id: root

    required property ProgramRepository repository
    required property NowNext nowNext
    required property Clock clock
    required property TimeDisplay timeDisplay
    required property Navigator navigator
    required property Bookmarks bookmarks

    readonly property int axisWidth: 64
    readonly property int roomCount: Math.max(1, root.repository.rooms.length)
    readonly property real minuteHeight: Theme.minuteHeight
    // However short its session, a block is this tall.
    readonly property int minimumBlockHeight: 14
    // The minutes of the day's axis at the top and the bottom of the view.
    readonly property real topMinute: (scroller.contentY - Theme.gap) / root.minuteHeight
    readonly property real bottomMinute: root.topMinute + scroller.height / root.minuteHeight
    // The first hour of the axis whose line is on screen (or just above),
    // and the day's last.
    readonly property int firstHour: Math.max(0, Math.floor(root.topMinute / 60))
    readonly property int lastHour: Math.floor(daySessions.spanMinutes / 60)
    // Whether the view has been scrolled to where it starts (see placeOnce()).
    property bool placed: false
    // The day shown, an index into the repository's days; chosen when the
    // view is complete (see initialDay()), and by the day tabs.
    property int dayIndex: 0
    property bool dayChosen: false
    // Minutes from the start of the day's axis to now, or -1 when now is not on it.
    readonly property int nowMinute: {
        const minutes = Math.floor((root.clock.now - daySessions.dayStart) / 60000)
        return minutes >= 0 && minutes <= daySessions.spanMinutes ? minutes : -1
    }

    objectName: "timeline"
    Accessible.name: qsTr("Timeline")

    // The day shown first: today's while the workshop runs, else the first.
    function initialDay() {
        const days = root.repository.days
        for (let i = 0; i < days.length; ++i) {
            if (days[i].start <= root.clock.now && root.clock.now < days[i].end)
                return i
        }
        return 0
    }

    SessionFilterModel {
        id: daySessions

        sessions: root.repository.sessions
        dayIndex: root.dayIndex
        // Blocks are made for the part of the day on screen alone, and not
        // before the view is placed: in quarter hours, so that scrolling
        // changes the rows now and then, and from far enough up for the
        // least height of a block that starts above the view.
        fromMinute: root.placed ? Math.max(0, Math.floor(
            (root.topMinute - root.minimumBlockHeight / root.minuteHeight) / 15) * 15) : 0
        toMinute: root.placed ? Math.ceil(root.bottomMinute / 15) * 15 : 0
    }

    // Anchors rather than layouts: nothing in the first frame imports
    // QtQuick.Layouts either.
    Item {
        id: header

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        anchors.topMargin: Theme.smallGap
        height: Math.max(dayTabs.height, dayLabel.implicitHeight, zoneSwitch.height)

        LaterLoader {
            id: dayTabs

            anchors.verticalCenter: parent.verticalCenter
            active: root.repository.days.length > 1
            visible: active
            file: "components/DaySwitcher.qml"
            initialProperties: ({
                days: Qt.binding(() => root.repository.days),
                dayIndex: Qt.binding(() => root.dayIndex)
            })
            // A tab bar's height before it comes, so that the day below
            // does not move when it does.
            height: !dayTabs.active ? 0 : dayTabs.item ? dayTabs.item.implicitHeight : Theme.tabBarHeight

            Connections {
                target: dayTabs.item
                function onDayChosen(index) {
                    root.dayIndex = index
                }
            }
        }
        Text {
            id: dayLabel

            anchors.verticalCenter: parent.verticalCenter
            visible: root.repository.days.length === 1
            text: root.repository.days.length > 0 ? root.repository.days[0].longLabel : ""
            textFormat: Text.PlainText
            color: root.palette.windowText
            font.bold: true
        }
        LaterLoader {
            id: zoneSwitch

            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            file: "components/ZoneSwitch.qml"
            initialProperties: ({ timeDisplay: root.timeDisplay })
            height: zoneSwitch.item ? zoneSwitch.item.implicitHeight : Theme.controlHeight
        }
    }

    // Room names over their columns.
    Row {
        id: roomNames

        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.leftMargin: root.axisWidth + Theme.gap
        width: canvas.width - root.axisWidth - 2 * Theme.gap
        visible: root.repository.rooms.length > 1

        Repeater {
            model: roomNames.visible ? root.repository.rooms : []

            Text {
                required property string modelData

                width: roomNames.width / root.roomCount
                text: modelData
                textFormat: Text.PlainText
                color: root.palette.windowText
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
        }
    }

    Flickable {
        id: scroller

        objectName: "timelineScroller"

        anchors.top: roomNames.visible ? roomNames.bottom : header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentWidth: width
        contentHeight: canvas.height
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        onHeightChanged: root.placeOnce()

        LaterLoader {
            file: "components/AttachedScrollBar.qml"
            initialProperties: ({ flickable: scroller })
        }

        Item {
            id: canvas

            width: scroller.width
            height: daySessions.spanMinutes * root.minuteHeight + 2 * Theme.gap

            readonly property real columnWidth: (width - root.axisWidth - 2 * Theme.gap) / root.roomCount

            // Hour lines and their labels, for the hours on screen alone, like
            // the blocks. As many as the view's height can show: scrolling
            // moves them to the hours they stand for rather than making new
            // ones.
            Repeater {
                model: root.placed ? Math.ceil(scroller.height / (60 * root.minuteHeight)) + 1 : 0

                Item {
                    required property int index
                    readonly property int hour: root.firstHour + index

                    visible: hour <= root.lastHour
                    y: Theme.gap + hour * 60 * root.minuteHeight
                    width: canvas.width
                    height: 1

                    Text {
                        x: Theme.smallGap
                        anchors.verticalCenter: parent.top
                        color: root.palette.windowText
                        text: root.timeDisplay.useLaptopZone, root.timeDisplay.time(
                                  new Date(daySessions.dayStart.getTime() + parent.hour * 3600000))
                        textFormat: Text.PlainText
                        opacity: 0.65
                    }
                    Rectangle {
                        x: root.axisWidth
                        width: parent.width - root.axisWidth - Theme.gap
                        height: 1
                        color: root.palette.mid
                        opacity: 0.4
                    }
                }
            }

            Repeater {
                model: daySessions

                SessionBlock {
                    required property int startMinute
                    required property int duration
                    required property int roomIndex

                    x: root.axisWidth + roomIndex * canvas.columnWidth + 2
                    y: Theme.gap + startMinute * root.minuteHeight + 1
                    width: canvas.columnWidth - 4
                    height: Math.max(duration * root.minuteHeight - 2, root.minimumBlockHeight)
                    isNow: root.nowNext.nowSessionIds.indexOf(sessionId) >= 0
                    bookmarks: root.bookmarks
                    onOpen: id => root.navigator.go("session:" + id)
                    // Tab moves through the day in time order: the block
                    // it reaches scrolls into view, and its neighbours
                    // are made.
                    onVisualFocusChanged: if (visualFocus) root.scrollIntoView(this)
                }
            }

            // The current time, while it is on this day's axis.
            Rectangle {
                id: nowLine

                objectName: "nowLine"
                z: 2
                visible: root.nowMinute >= 0
                x: root.axisWidth - 6
                y: Theme.gap + root.nowMinute * root.minuteHeight - 1
                width: canvas.width - root.axisWidth - Theme.gap + 6
                height: 2
                color: Theme.kindAccent("keynote", root.palette)
                Accessible.role: Accessible.Indicator
                Accessible.name: qsTr("Current time")

                Rectangle {
                    width: 10
                    height: 10
                    radius: 5
                    anchors.verticalCenter: parent.verticalCenter
                    color: parent.color
                }
            }
        }
    }

    // Brings the current time into view, a little below the top.
    function scrollToNow() {
        if (root.nowMinute < 0)
            return
        scroller.contentY = Math.max(0, Math.min(root.nowMinute * root.minuteHeight - scroller.height / 4,
                                              canvas.height - scroller.height))
    }

    // Scrolls to the current time as soon as the view has its height, so
    // that the first blocks made are those the first frame shows.
    function placeOnce() {
        if (root.placed || !root.dayChosen || scroller.height <= 0)
            return
        root.scrollToNow()
        root.placed = true
    }

    function scrollIntoView(block) {
        if (block.y < scroller.contentY)
            scroller.contentY = block.y
        else if (block.y + block.height > scroller.contentY + scroller.height)
            scroller.contentY = Math.min(block.y, block.y + block.height - scroller.height)
    }

    Component.onCompleted: {
        root.dayIndex = initialDay()
        root.dayChosen = true
        root.placeOnce()
    }
}
