// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// The web pane's controls: history, reload, the address, zoom, find, and
// the ways out (the system browser, the clipboard).
QQC2.ToolBar {
    id: root

    required property bool canGoBack
    required property bool canGoForward
    required property bool loading
    required property string address
    // The page shown is the copy saved for offline reading.
    required property bool savedCopy
    required property real zoomFactor
    signal back()
    signal forward()
    signal reload()
    signal stop()
    signal zoomIn()
    signal zoomOut()
    signal zoomReset()
    signal find()
    signal openInBrowser()
    signal copyLink()

    component ToolTipButton: QQC2.ToolButton {
        id: button

        property string tip

        Accessible.name: button.tip
        QQC2.ToolTip.text: button.tip
        QQC2.ToolTip.visible: button.hovered
        QQC2.ToolTip.delay: 600
    }

    RowLayout {
        anchors.fill: parent
        spacing: 2

        ToolTipButton {
            text: "←"
            tip: qsTr("Back in page history")
            enabled: root.canGoBack
            onClicked: root.back()
        }
        ToolTipButton {
            text: "→"
            tip: qsTr("Forward in page history")
            enabled: root.canGoForward
            onClicked: root.forward()
        }
        ToolTipButton {
            objectName: "reloadButton"
            text: root.loading ? "✕" : "⟳"
            tip: root.loading ? qsTr("Stop loading") : qsTr("Reload (F5)")
            onClicked: root.loading ? root.stop() : root.reload()
        }
        QQC2.Label {
            objectName: "savedCopyBadge"
            visible: root.savedCopy
            text: qsTr("Saved copy")
            textFormat: Text.PlainText
            leftPadding: Theme.smallGap
            rightPadding: Theme.smallGap
            background: Rectangle {
                radius: 3
                color: "transparent"
                border.color: root.palette.highlight
            }
        }
        QQC2.TextField {
            objectName: "addressField"
            text: root.address
            readOnly: true
            selectByMouse: true
            Accessible.name: qsTr("Address")
            Layout.fillWidth: true
        }
        ToolTipButton {
            text: "−"
            tip: qsTr("Zoom out (Ctrl+−)")
            onClicked: root.zoomOut()
        }
        ToolTipButton {
            text: qsTr("%1%").arg(Math.round(root.zoomFactor * 100))
            tip: qsTr("Reset zoom (Ctrl+0)")
            onClicked: root.zoomReset()
        }
        ToolTipButton {
            text: "+"
            tip: qsTr("Zoom in (Ctrl++)")
            onClicked: root.zoomIn()
        }
        ToolTipButton {
            text: qsTr("Find")
            tip: qsTr("Find in page (Ctrl+F)")
            onClicked: root.find()
        }
        ToolTipButton {
            text: qsTr("Copy link")
            tip: qsTr("Copy the page's address")
            onClicked: root.copyLink()
        }
        ToolTipButton {
            text: qsTr("Open in browser")
            tip: qsTr("Open this page in your web browser")
            onClicked: root.openInBrowser()
        }
    }
}
