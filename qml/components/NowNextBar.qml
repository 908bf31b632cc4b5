// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// The line at the top of the window: what is on now and next, or how long
// until the workshop starts, or that it has ended.
QQC2.ToolBar {
    id: root

    required property string title
    required property NowNext nowNext
    required property TimeDisplay timeDisplay

    signal openSession(string sessionId)

    // As tall as with its buttons whether they show or not (before and after
    // the event they do not), so that the window does not move when the
    // event starts, nor when the bar first comes (see Theme.toolBarHeight).
    implicitHeight: nowButton.implicitHeight + root.topPadding + root.bottomPadding

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap

        QQC2.Label {
            text: root.title
            textFormat: Text.PlainText
            font.bold: true
            font.pointSize: Qt.application.font.pointSize * 1.25
            elide: Text.ElideRight
            Layout.maximumWidth: root.width * 0.3
        }

        QQC2.Label {
            visible: root.nowNext.state !== NowNext.During
            text: root.nowNext.headline
            textFormat: Text.PlainText
            opacity: 0.8
            elide: Text.ElideRight
            Layout.fillWidth: true
        }

        QQC2.ToolButton {
            id: nowButton

            visible: root.nowNext.nowSessionIds.length > 0
            text: qsTr("Now: %1 · %2").arg(root.nowNext.nowTitle).arg(root.nowNext.nowDetail)
            font.bold: true
            Layout.maximumWidth: root.width * 0.42
            Accessible.name: text
            onClicked: root.openSession(root.nowNext.nowSessionIds[0])

            contentItem: QQC2.Label {
                text: nowButton.text
                textFormat: Text.PlainText
                font: nowButton.font
                elide: Text.ElideRight
            }
        }

        QQC2.ToolButton {
            id: nextButton

            visible: root.nowNext.state === NowNext.During && root.nowNext.nextSessionId.length > 0
                     || root.nowNext.state === NowNext.Before
            text: qsTr("Next: %1 · %2").arg(root.nowNext.nextTitle).arg(root.nowNext.nextDetail)
            Layout.maximumWidth: root.width * 0.36
            Accessible.name: text
            onClicked: root.openSession(root.nowNext.nextSessionId)

            contentItem: QQC2.Label {
                text: nextButton.text
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }
        }

        Item {
            visible: root.nowNext.state === NowNext.During
            Layout.fillWidth: true
        }

        QQC2.Label {
            text: qsTr("Times in %1").arg(root.timeDisplay.zoneLabel)
            textFormat: Text.PlainText
            opacity: 0.7
        }
    }
}
