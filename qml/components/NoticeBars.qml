// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Layouts
import WorkshopCompanion

// The bars across the top of the window that tell of something: a damaged
// bookmarks file, a draft being previewed or one that could not be opened,
// a program update, a reminder. They are rare; each is made only while it
// has something to say.
ColumnLayout {
    id: root

    required property Bookmarks bookmarks
    required property DraftPreview preview
    required property ProgramRepository repository
    required property SyncService sync
    required property Reminders reminders
    required property Navigator navigator

    spacing: 0

    Loader {
        active: root.bookmarks.notice.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "bookmarksNotice"
            text: root.bookmarks.notice
            onDismissed: root.bookmarks.dismissNotice()
        }
    }
    Loader {
        active: root.preview.active
        visible: active
        Layout.fillWidth: true
        sourceComponent: DraftBanner {
            objectName: "draftBanner"
            preview: root.preview
            problems: root.repository.problems
            onShowProblems: root.navigator.go("problems")
            onShowChanges: root.navigator.go("changes")
        }
    }
    Loader {
        // Why a draft folder could not be opened (messages during a preview
        // show on its Problems page).
        active: !root.preview.active && root.preview.message.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "previewNotice"
            text: root.preview.message
            onDismissed: root.preview.clearMessage()
        }
    }
    Loader {
        active: root.sync.updateNotice.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "updateNotice"
            text: root.sync.updateNotice
            actionText: qsTr("Show changes")
            onActionTriggered: {
                root.sync.dismissUpdateNotice()
                root.navigator.go("changes")
            }
            onDismissed: root.sync.dismissUpdateNotice()
        }
    }
    Loader {
        active: root.reminders.inAppReminder.length > 0
        visible: active
        Layout.fillWidth: true
        sourceComponent: NoticeBar {
            objectName: "reminderNotice"
            text: root.reminders.inAppReminder
            onDismissed: root.reminders.dismissInAppReminder()
        }
    }

}
