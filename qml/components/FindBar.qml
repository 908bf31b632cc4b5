// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// Find in page: a field, the match count, previous and next. Enter finds
// the next match, Shift+Enter the previous, Escape closes the bar.
QQC2.ToolBar {
    id: root

    // "3 of 12"; empty before a search.
    property string matches
    signal find(string text, bool backward)
    signal closed()

    function open() {
        root.visible = true
        field.forceActiveFocus()
        field.selectAll()
    }

    function close() {
        root.visible = false
        root.closed()
    }

    visible: false

    RowLayout {
        anchors.fill: parent
        spacing: Theme.smallGap

        QQC2.TextField {
            id: field

            placeholderText: qsTr("Find in page")
            Accessible.name: qsTr("Find in page")
            Layout.preferredWidth: 280
            onTextChanged: root.find(field.text, false)
            Keys.onReturnPressed: event => root.find(field.text, (event.modifiers & Qt.ShiftModifier) !== 0)
            Keys.onEnterPressed: event => root.find(field.text, (event.modifiers & Qt.ShiftModifier) !== 0)
            Keys.onEscapePressed: root.close()
        }
        QQC2.Label {
            text: field.text.length > 0 ? root.matches : ""
            textFormat: Text.PlainText
            opacity: 0.75
        }
        QQC2.ToolButton {
            text: qsTr("Previous")
            enabled: field.text.length > 0
            Accessible.name: qsTr("Previous match")
            onClicked: root.find(field.text, true)
        }
        QQC2.ToolButton {
            text: qsTr("Next")
            enabled: field.text.length > 0
            Accessible.name: qsTr("Next match")
            onClicked: root.find(field.text, false)
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.ToolButton {
            text: qsTr("Close")
            Accessible.name: qsTr("Close find bar")
            onClicked: root.close()
        }
    }
}
