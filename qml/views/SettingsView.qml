// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import WorkshopCompanion

// Settings: reminders before bookmarked sessions, program updates, and the
// time zone shown.
QQC2.ScrollView {
    id: root

    required property AppSettings settings
    required property Reminders reminders
    required property TimeDisplay timeDisplay
    required property Bookmarks bookmarks
    required property SyncService sync

    contentWidth: availableWidth
    Accessible.name: qsTr("Settings")

    ColumnLayout {
        width: Math.min(root.availableWidth - 2 * Theme.gap, 800)
        x: Theme.gap
        spacing: Theme.smallGap

        QQC2.Label {
            text: qsTr("Settings")
            textFormat: Text.PlainText
            font.pointSize: Qt.application.font.pointSize * 1.6
            font.bold: true
            Layout.topMargin: Theme.gap
            Accessible.role: Accessible.Heading
        }

        DetailHeading {
            text: qsTr("Reminders")
        }
        QQC2.Switch {
            id: remindersSwitch

            objectName: "remindersSwitch"
            text: qsTr("Remind me before my bookmarked sessions")
            checked: root.settings.remindersEnabled
            onToggled: root.settings.remindersEnabled = checked
        }
        RowLayout {
            enabled: remindersSwitch.checked
            spacing: Theme.smallGap

            QQC2.SpinBox {
                id: minutes

                from: 1
                to: 60
                editable: true
                value: root.settings.reminderMinutes
                Accessible.name: qsTr("Minutes before the session")
                onValueModified: root.settings.reminderMinutes = value
            }
            QQC2.Label {
                text: qsTr("minutes before it starts")
                textFormat: Text.PlainText
            }
        }
        QQC2.Label {
            text: !root.settings.remindersEnabled
                  ? qsTr("Reminders come as desktop notifications; when the desktop has none, they show in this window.")
                  : root.reminders.nextReminder.length > 0 ? qsTr("Next reminder: %1").arg(root.reminders.nextReminder)
                                                          : qsTr("No reminder coming: no bookmarked session ahead.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.75
            Layout.fillWidth: true
        }

        DetailHeading {
            text: qsTr("Program updates")
        }
        QQC2.Switch {
            id: syncSwitch

            objectName: "syncSwitch"
            text: qsTr("Check the workshop's site for updates while the app is open")
            checked: root.settings.syncAutomatically
            onToggled: root.settings.syncAutomatically = checked
        }
        RowLayout {
            enabled: syncSwitch.checked
            spacing: Theme.smallGap

            QQC2.Label {
                text: qsTr("Every")
                textFormat: Text.PlainText
            }
            QQC2.SpinBox {
                from: 5
                to: 120
                editable: true
                value: root.settings.syncIntervalMinutes
                Accessible.name: qsTr("Minutes between checks")
                onValueModified: root.settings.syncIntervalMinutes = value
            }
            QQC2.Label {
                text: qsTr("minutes")
                textFormat: Text.PlainText
            }
        }
        QQC2.Label {
            text: root.sync.statusText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.75
            Layout.fillWidth: true
        }

        DetailHeading {
            text: qsTr("Time zone")
        }
        QQC2.Switch {
            text: qsTr("Show times in this laptop's zone instead of the workshop's")
            checked: root.timeDisplay.useLaptopZone
            onToggled: root.timeDisplay.useLaptopZone = checked
        }
        QQC2.Label {
            text: qsTr("Times are shown in %1.").arg(root.timeDisplay.zoneLabel)
            textFormat: Text.PlainText
            opacity: 0.75
        }

        DetailHeading {
            text: qsTr("Your bookmarks")
        }
        QQC2.Label {
            text: qsTr("Kept on this laptop in %1, with a backup of the previous save next to it.")
                  .arg(root.bookmarks.storeFile)
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            opacity: 0.75
            Layout.fillWidth: true
        }
    }
}
