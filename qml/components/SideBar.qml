// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// The views, with their shortcuts, and back and forward.
QQC2.Pane {
    id: root

    required property Navigator navigator
    required property SyncService sync
    required property ChangeListModel changes
    required property DraftPreview preview
    required property int problemCount

    padding: 0
    implicitWidth: Theme.sideBarWidth

    background: Rectangle {
        color: root.palette.base

        Rectangle {
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: root.palette.mid
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            spacing: 0
            Layout.margins: Theme.smallGap

            QQC2.ToolButton {
                text: "‹"
                font.pointSize: Qt.application.font.pointSize * 1.4
                enabled: root.navigator.canGoBack
                onClicked: root.navigator.back()
                Accessible.name: qsTr("Back")
                QQC2.ToolTip.text: qsTr("Back (Alt+Left)")
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: 600
            }
            QQC2.ToolButton {
                text: "›"
                font.pointSize: Qt.application.font.pointSize * 1.4
                enabled: root.navigator.canGoForward
                onClicked: root.navigator.forward()
                Accessible.name: qsTr("Forward")
                QQC2.ToolTip.text: qsTr("Forward (Alt+Right)")
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: 600
            }
        }

        Repeater {
            model: [
                { view: "timeline", label: qsTr("Timeline"), shortcut: "Ctrl+1" },
                { view: "schedule", label: qsTr("My schedule"), shortcut: "Ctrl+5" },
                { view: "changes", label: root.preview.active ? qsTr("Draft vs published") : qsTr("What changed"),
                  shortcut: "Ctrl+6" },
                { view: "speakers", label: qsTr("Speakers"), shortcut: "Ctrl+2" },
                { view: "papers", label: qsTr("Papers and posters"), shortcut: "Ctrl+3" },
                { view: "search", label: qsTr("Search"), shortcut: "Ctrl+F" },
                { view: "about", label: qsTr("About"), shortcut: "Ctrl+4" },
                { view: "settings", label: qsTr("Settings"), shortcut: "Ctrl+," }
            ].concat(root.preview.active ? [{ view: "problems", label: qsTr("Problems"), shortcut: "Ctrl+7" }] : [])

            QQC2.ItemDelegate {
                id: entry

                required property var modelData
                // As the desktop writes keys: "Strg+1" in German (Qt's own word).
                readonly property string shortcutText: modelData.shortcut.replace("Ctrl", qsTranslate("QShortcut", "Ctrl"))

                readonly property bool current: root.navigator.view === modelData.view
                    || (modelData.view === "timeline" && root.navigator.view === "session")
                    || (modelData.view === "speakers" && root.navigator.view === "speaker")
                    || (modelData.view === "papers" && root.navigator.view === "paper")

                highlighted: current
                Layout.fillWidth: true
                Accessible.name: modelData.label
                Accessible.description: qsTr("Shortcut: %1").arg(entry.shortcutText)
                onClicked: root.navigator.go(modelData.view)

                contentItem: RowLayout {
                    QQC2.Label {
                        text: entry.modelData.label
                        textFormat: Text.PlainText
                        font.bold: entry.current
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Loader {
                        id: badge

                        readonly property int count: entry.modelData.view === "problems" ? root.problemCount
                            : entry.modelData.view === "changes" && !root.preview.active ? root.changes.unseenCount
                            : 0
                        // Made only when there is a count to show.
                        active: count > 0
                        visible: active
                        sourceComponent: UpdateBadge {
                            label: badge.count
                            Accessible.name: entry.modelData.view === "problems" ? qsTr("%1 problems").arg(badge.count)
                                                                                  : qsTr("%1 not seen yet").arg(badge.count)
                        }
                    }
                    QQC2.Label {
                        text: entry.shortcutText
                        textFormat: Text.PlainText
                        opacity: 0.55
                        font.pointSize: Qt.application.font.pointSize * 0.85
                    }
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }

        SyncStatus {
            visible: root.sync.available
            sync: root.sync
            Layout.fillWidth: true
            Layout.margins: Theme.gap
        }
    }
}
