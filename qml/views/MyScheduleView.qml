// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import WorkshopCompanion

// My Schedule: the attendee's bookmarks per day in time order, posters
// under their poster session; export to a calendar, print the day, move the
// bookmarks to another laptop.
FocusScope {
    id: root

    required property ProgramRepository repository
    required property Bookmarks bookmarks
    required property MyScheduleModel schedule
    required property ScheduleExporter exporter
    required property TimeDisplay timeDisplay
    required property Navigator navigator

    property int printDay: 0

    Accessible.name: qsTr("My schedule")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Layout.margins: Theme.gap

            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true

                QQC2.Label {
                    text: qsTr("My schedule")
                    textFormat: Text.PlainText
                    font.pointSize: Qt.application.font.pointSize * 1.6
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
                QQC2.Label {
                    text: (root.schedule.count === 1 ? qsTr("1 item") : qsTr("%1 items").arg(root.schedule.count))
                          + (root.schedule.changedCount > 0 ? qsTr(" · %1 changed").arg(root.schedule.changedCount) : "")
                    textFormat: Text.PlainText
                    opacity: 0.7
                    Layout.fillWidth: true
                }
                QQC2.Label {
                    text: qsTr("Times in %1").arg(root.timeDisplay.zoneLabel)
                    textFormat: Text.PlainText
                    opacity: 0.7
                }
            }
            Flow {
                spacing: Theme.smallGap
                Layout.fillWidth: true

                QQC2.Button {
                    text: qsTr("Add to calendar…")
                    enabled: root.schedule.count > 0
                    Accessible.description: qsTr("Save My Schedule as an iCalendar file")
                    onClicked: {
                        calendarDialog.wholeProgram = false
                        calendarDialog.open()
                    }
                }
                QQC2.Button {
                    text: qsTr("Whole program to calendar…")
                    onClicked: {
                        calendarDialog.wholeProgram = true
                        calendarDialog.open()
                    }
                }
                QQC2.ComboBox {
                    id: dayChoice

                    visible: root.repository.days.length > 1
                    model: root.repository.days
                    textRole: "label"
                    Accessible.name: qsTr("Day to print")
                    onActivated: index => root.printDay = index
                }
                QQC2.Button {
                    text: qsTr("Print my day as PDF…")
                    enabled: root.schedule.count > 0
                    onClicked: pdfDialog.open()
                }
                QQC2.Button {
                    text: qsTr("Export bookmarks…")
                    enabled: root.schedule.count > 0
                    Accessible.description: qsTr("Save bookmarks and notes to move them to another laptop")
                    onClicked: exportDialog.open()
                }
                QQC2.Button {
                    text: qsTr("Import bookmarks…")
                    Accessible.description: qsTr("Add bookmarks and notes from a file; nothing is removed")
                    onClicked: importDialog.open()
                }
            }
            QQC2.Label {
                objectName: "exportMessage"
                visible: text.length > 0
                text: root.exporter.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
        }

        QQC2.Label {
            visible: root.schedule.count === 0
            text: qsTr("Nothing in your schedule yet.\nAdd talks and posters with ☆, or with Ctrl+D on the focused item.")
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignTop
            opacity: 0.7
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.gap * 3
        }

        ListView {
            id: list

            objectName: "scheduleList"
            visible: root.schedule.count > 0
            focus: true
            clip: true
            model: root.schedule
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            section.property: "section"
            section.delegate: DetailHeading {
                required property string section
                text: section
                width: ListView.view.width - 2 * Theme.gap
                x: Theme.gap
            }

            delegate: ScheduleRow {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                onOpen: (kind, id) => root.navigator.go((kind === Bookmarks.Session ? "session:" : "paper:") + id)
                onAcknowledge: (kind, id) => root.bookmarks.acknowledge(kind, id)
                onRemove: (kind, id) => root.bookmarks.setBookmarked(kind, id, false)
            }
            Keys.onReturnPressed: list.currentItem && list.currentItem.clicked()
        }
    }

    FileDialog {
        id: calendarDialog

        property bool wholeProgram: false

        title: wholeProgram ? qsTr("Save the whole program as a calendar") : qsTr("Save My Schedule as a calendar")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("iCalendar files (*.ics)")]
        selectedFile: root.exporter.suggestedFile(wholeProgram ? "program.ics" : "ics")
        onAccepted: root.exporter.exportCalendar(selectedFile, wholeProgram)
    }
    FileDialog {
        id: pdfDialog

        title: qsTr("Save my day as PDF")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        selectedFile: root.exporter.suggestedFile("pdf")
        onAccepted: root.exporter.printDay(selectedFile, root.printDay)
    }
    FileDialog {
        id: exportDialog

        title: qsTr("Export bookmarks and notes")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Bookmarks (*.json)")]
        selectedFile: root.exporter.suggestedFile("bookmarks.json")
        onAccepted: root.bookmarks.exportBookmarks(selectedFile)
    }
    FileDialog {
        id: importDialog

        title: qsTr("Import bookmarks and notes")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Bookmarks (*.json)")]
        onAccepted: root.bookmarks.importBookmarks(selectedFile)
    }
}
