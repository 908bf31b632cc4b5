// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// The day as a vertical time axis: each session a block as tall as it is
// long, rooms side by side, a line at the current time.
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
    readonly property real topMinute: (scroller.contentItem.contentY - Theme.gap) / root.minuteHeight
    readonly property real bottomMinute: root.topMinute + scroller.height / root.minuteHeight
    // Whether the view has been scrolled to where it starts (see placeOnce()).
    property bool placed: false
    // Minutes from the start of the day's axis to now, or -1 when now is not on it.
    readonly property int nowMinute: {
        const minutes = Math.floor((root.clock.now - daySessions.dayStart) / 60000)
        return minutes >= 0 && minutes <= daySessions.spanMinutes ? minutes : -1
    }

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
        dayIndex: dayTabs.currentIndex
        // Blocks are made for the part of the day on screen alone, and not
        // before the view is placed: in quarter hours, so that scrolling
        // changes the rows now and then, and from far enough up for the
        // least height of a block that starts above the view.
        fromMinute: root.placed ? Math.max(0, Math.floor(
            (root.topMinute - root.minimumBlockHeight / root.minuteHeight) / 15) * 15) : 0
        toMinute: root.placed ? Math.ceil(root.bottomMinute / 15) * 15 : 0
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.topMargin: Theme.smallGap

            DaySwitcher {
                id: dayTabs

                objectName: "dayTabs"
                days: root.repository.days
                visible: root.repository.days.length > 1
            }
            QQC2.Label {
                visible: root.repository.days.length === 1
                text: root.repository.days.length > 0 ? root.repository.days[0].longLabel : ""
                textFormat: Text.PlainText
                font.bold: true
            }
            Item {
                Layout.fillWidth: true
            }
            QQC2.Switch {
                id: zoneSwitch

                objectName: "zoneSwitch"
                text: qsTr("Show times in my laptop's zone")
                checked: root.timeDisplay.useLaptopZone
                onToggled: root.timeDisplay.useLaptopZone = checked
                Accessible.name: text
            }
        }

        // Room names over their columns.
        RowLayout {
            visible: root.repository.rooms.length > 1
            spacing: 0
            Layout.fillWidth: true
            Layout.leftMargin: root.axisWidth + Theme.gap
            Layout.rightMargin: Theme.gap

            Repeater {
                model: root.repository.rooms

                QQC2.Label {
                    required property string modelData

                    text: modelData
                    textFormat: Text.PlainText
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
            }
        }

        QQC2.ScrollView {
            id: scroller

            objectName: "timelineScroller"

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            contentHeight: canvas.height
            clip: true
            // No height until the layout gives it one (rather than its
            // content's), so that placeOnce() waits for the real one.
            implicitHeight: 0
            onHeightChanged: root.placeOnce()

            Item {
                id: canvas

                width: scroller.availableWidth
                height: daySessions.spanMinutes * root.minuteHeight + 2 * Theme.gap

                readonly property real columnWidth: (width - root.axisWidth - 2 * Theme.gap) / root.roomCount

                // Hour lines and their labels.
                Repeater {
                    model: Math.floor(daySessions.spanMinutes / 60) + 1

                    Item {
                        required property int index

                        y: Theme.gap + index * 60 * root.minuteHeight
                        width: canvas.width
                        height: 1

                        QQC2.Label {
                            x: Theme.smallGap
                            anchors.verticalCenter: parent.top
                            text: root.timeDisplay.useLaptopZone, root.timeDisplay.time(
                                      new Date(daySessions.dayStart.getTime() + parent.index * 3600000))
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
    }

    // Brings the current time into view, a little below the top.
    function scrollToNow() {
        if (root.nowMinute < 0)
            return
        const flick = scroller.contentItem
        flick.contentY = Math.max(0, Math.min(root.nowMinute * root.minuteHeight - scroller.height / 4,
                                              canvas.height - scroller.height))
    }

    // Scrolls to the current time as soon as the view has its height, so
    // that the first blocks made are those the first frame shows.
    function placeOnce() {
        if (root.placed || scroller.height <= 0)
            return
        root.scrollToNow()
        root.placed = true
    }

    function scrollIntoView(block) {
        const flick = scroller.contentItem
        if (block.y < flick.contentY)
            flick.contentY = block.y
        else if (block.y + block.height > flick.contentY + scroller.height)
            flick.contentY = Math.min(block.y, block.y + block.height - scroller.height)
    }

    Component.onCompleted: {
        dayTabs.currentIndex = initialDay()
        root.placeOnce()
    }
}
