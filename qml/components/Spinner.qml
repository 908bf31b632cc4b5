// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// The style's busy indicator, turning while it is shown.
QQC2.BusyIndicator {
    running: true
}
