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
    required property SavedPapers savedPapers

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
            text: qsTr("Offline papers")
        }
        QQC2.Switch {
            id: offlineSwitch

            objectName: "offlinePapersSwitch"
            text: qsTr("Keep papers for offline reading")
            checked: root.settings.offlinePapers !== AppSettings.None
            onToggled: root.settings.offlinePapers = checked ? AppSettings.All : AppSettings.None
        }
        QQC2.Label {
            text: qsTr("Their PDFs are saved on this computer whenever the app checks for updates, and open in the app when there is no network.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.75
            Layout.fillWidth: true
        }
        RowLayout {
            enabled: offlineSwitch.checked
            spacing: Theme.gap

            QQC2.RadioButton {
                text: qsTr("All papers")
                checked: root.settings.offlinePapers === AppSettings.All
                onToggled: root.settings.offlinePapers = AppSettings.All
            }
            QQC2.RadioButton {
                objectName: "offlineBookmarkedOnly"
                text: qsTr("Only bookmarked papers")
                checked: root.settings.offlinePapers === AppSettings.Bookmarked
                onToggled: root.settings.offlinePapers = AppSettings.Bookmarked
            }
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true

            QQC2.Label {
                objectName: "savedPapersUsage"
                text: root.savedPapers.usage
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Button {
                text: qsTr("Delete saved papers")
                enabled: !root.savedPapers.empty
                onClicked: root.savedPapers.clear()
            }
        }
        QQC2.Label {
            visible: text.length > 0
            text: root.savedPapers.problem
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.warningColor(root.palette)
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
