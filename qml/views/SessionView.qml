// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// One session: when and where, who, what about, which papers, links.
QQC2.ScrollView {
    id: root

    required property ProgramRepository repository
    required property TimeDisplay timeDisplay
    required property Bookmarks bookmarks
    required property NowNext nowNext
    required property Navigator navigator
    required property WebBrowsing web
    required property string sessionId

    // Reading useLaptopZone makes the details follow the time-zone toggle.
    readonly property var session: root.timeDisplay.useLaptopZone, root.repository.session(root.sessionId)
    readonly property bool found: root.session.id !== undefined
    readonly property string bookmarkItemId: root.found ? root.sessionId : ""
    readonly property int bookmarkKind: Bookmarks.Session

    contentWidth: availableWidth
    Accessible.name: root.found ? root.session.title : qsTr("Session not found")

    ColumnLayout {
        width: Math.min(root.availableWidth, 900)
        x: Math.max(0, (root.availableWidth - width) / 2)
        spacing: Theme.smallGap

        Item {
            implicitHeight: Theme.gap
        }

        QQC2.Label {
            visible: !root.found
            text: qsTr("This session is not in the program.")
            textFormat: Text.PlainText
            Layout.margins: Theme.gap
        }

        ColumnLayout {
            visible: root.found
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap

            QQC2.Label {
                text: root.found ? Theme.kindName(root.session.kind).toUpperCase() : ""
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.kindAccent(root.found ? root.session.kind : "", root.palette)
            }
            QQC2.Label {
                text: root.found ? root.session.title : ""
                textFormat: Text.PlainText
                font.pointSize: Qt.application.font.pointSize * 1.6
                font.bold: true
                font.strikeout: root.found && root.session.cancelled
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            QQC2.Label {
                visible: root.found && root.session.cancelled
                text: qsTr("This session is cancelled.")
                textFormat: Text.PlainText
                color: Theme.errorColor(root.palette)
                font.bold: true
            }
            QQC2.Label {
                text: root.found ? "%1 · %2 (%3)%4".arg(root.session.day).arg(root.session.timeRange)
                                   .arg(root.session.zoneLabel)
                                   .arg(root.session.room.length > 0 ? " · " + root.session.room : "") : ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                visible: root.found && root.nowNext.nowSessionIds.indexOf(root.sessionId) >= 0
                text: qsTr("On now · %1").arg(root.nowNext.nowDetail)
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.kindAccent("keynote", root.palette)
            }
            BookmarkPanel {
                visible: root.found
                bookmarks: root.bookmarks
                kind: Bookmarks.Session
                itemId: root.sessionId
                Layout.fillWidth: true
            }

            DetailHeading {
                visible: root.found && root.session.speakers.length > 0
                text: qsTr("Speakers")
            }
            Repeater {
                model: root.found ? root.session.speakers : []

                SpeakerRow {
                    required property var modelData

                    speakerId: modelData.id
                    name: modelData.name
                    affiliation: modelData.affiliation
                    photo: modelData.photo
                    initials: modelData.initials
                    avatarHue: modelData.avatarHue
                    Layout.fillWidth: true
                    onOpen: id => root.navigator.go("speaker:" + id)
                }
            }

            DetailHeading {
                visible: root.found && root.session.abstractHtml.length > 0
                text: qsTr("Abstract")
            }
            MarkdownText {
                web: root.web
                html: root.found ? root.session.abstractHtml : ""
            }

            DetailHeading {
                visible: root.found && root.session.papers.length > 0
                text: root.found && root.session.kind === "posters" ? qsTr("Posters") : qsTr("Papers presented")
            }
            Repeater {
                model: root.found ? root.session.papers : []

                PaperRow {
                    required property var modelData

                    paperId: modelData.id
                    title: modelData.title
                    authors: modelData.authors
                    posterSessionTitle: ""
                    board: modelData.board
                    retracted: modelData.retracted
                    bookmarked: false
                    clash: ""
                    bookmarks: root.bookmarks
                    showPosterSession: false
                    Layout.fillWidth: true
                    onOpen: id => root.navigator.go("paper:" + id)
                }
            }

            DetailHeading {
                visible: root.found && root.session.links.length > 0
                text: qsTr("Links")
            }
            LinkButtons {
                web: root.web
                links: root.found ? root.session.links : []
            }
        }
    }
}
