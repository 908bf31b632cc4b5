// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// A session on the timeline: its height follows its duration, its colour its
// kind. Cancelled sessions stay, struck out; the one on now is outlined.
QQC2.AbstractButton {
    id: root

    required property string sessionId
    required property string title
    required property string kind
    required property string timeRange
    required property string speakers
    required property string room
    required property bool cancelled
    required property bool bookmarked
    required property string clash
    required property string change
    // What the latest program update changed, until the attendee opens it.
    required property string update
    // Organizer mode: a published session the draft removes, shown where it was.
    required property bool removed
    required property Bookmarks bookmarks
    property bool isNow: false

    readonly property string bookmarkItemId: root.sessionId
    readonly property int bookmarkKind: Bookmarks.Session

    signal open(string sessionId)

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: [root.timeRange, root.title, root.speakers, root.cancelled ? qsTr("cancelled") : "",
                      root.isNow ? qsTr("on now") : "", root.bookmarked ? qsTr("in my schedule") : "",
                      root.update.length > 0 ? qsTr("updated: %1").arg(root.update) : "",
                      root.change, root.clash].filter(s => s.length > 0).join(", ")
    QQC2.ToolTip.visible: hovered && (root.clash.length > 0 || root.change.length > 0 || root.update.length > 0)
    QQC2.ToolTip.text: [root.update.length > 0 ? qsTr("Updated: %1").arg(root.update) : "",
                        root.change, root.clash].filter(s => s.length > 0).join("\n")
    onClicked: if (!root.removed) root.open(root.sessionId)

    background: Rectangle {
        radius: 4
        color: Theme.kindFill(root.kind, root.palette)
        border.width: root.isNow || root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? root.palette.highlight
                    : root.isNow ? Theme.kindAccent("keynote", root.palette)
                    : Qt.darker(color, root.hovered ? 1.35 : 1.15)
        opacity: root.cancelled || root.removed ? 0.55 : 1

        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: Theme.kindAccent(root.kind, root.palette)
        }
    }

    contentItem: ColumnLayout {
        spacing: 0
        clip: true

        RowLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 4

            QQC2.Label {
                text: root.timeRange
                textFormat: Text.PlainText
                font.pointSize: Qt.application.font.pointSize * 0.85
                opacity: 0.8
            }
            QQC2.Label {
                text: root.title
                textFormat: Text.PlainText
                font.bold: root.kind !== "break" && root.kind !== "meal"
                font.strikeout: root.cancelled || root.removed
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // The marks most blocks do without are made only when shown: a
            // day has a hundred blocks at NeurIPS scale.
            Loader {
                active: root.isNow
                visible: active
                sourceComponent: QQC2.Label {
                    text: qsTr("NOW")
                    textFormat: Text.PlainText
                    font.bold: true
                    font.pointSize: Qt.application.font.pointSize * 0.8
                    color: Theme.kindAccent("keynote", root.palette)
                }
            }
            Loader {
                active: root.update.length > 0
                visible: active
                sourceComponent: UpdateBadge {
                    objectName: "updateMark"
                    label: root.removed ? qsTr("Removed") : qsTr("Updated")
                }
            }
            Loader {
                active: root.clash.length > 0 || root.change.length > 0
                visible: active
                sourceComponent: QQC2.Label {
                    objectName: "clashMark"
                    text: "⚠"
                    color: Theme.warningColor(root.palette)
                    font.bold: true
                }
            }
            StarToggle {
                visible: !root.removed
                bookmarks: root.bookmarks
                kind: Bookmarks.Session
                itemId: root.sessionId
            }
        }
        QQC2.Label {
            visible: text.length > 0 && root.height > 40
            text: [root.cancelled ? qsTr("Cancelled") : "", root.change,
                   root.kind === "break" || root.kind === "meal" ? "" : Theme.kindName(root.kind), root.speakers]
                  .filter(s => s.length > 0).join(" · ")
            textFormat: Text.PlainText
            opacity: 0.75
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: 8
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
