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

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            contentHeight: canvas.height
            clip: true

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
                        height: Math.max(duration * root.minuteHeight - 2, 14)
                        isNow: root.nowNext.nowSessionIds.indexOf(sessionId) >= 0
                        bookmarks: root.bookmarks
                        onOpen: id => root.navigator.go("session:" + id)
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

    Component.onCompleted: {
        dayTabs.currentIndex = initialDay()
        Qt.callLater(root.scrollToNow)
    }
}
