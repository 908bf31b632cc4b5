// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

pragma Singleton

import QtQuick

// Colours and sizes shared by the views. Session kinds get their own hue;
// breaks and meals stay quiet. Every colour has a light and a dark variant.
QtObject {
    id: root

    readonly property int gap: 12
    readonly property int smallGap: 6
    readonly property int sideBarWidth: 200
    // What the style's bars and controls measure, kept for them while they
    // load (see LaterLoader) so that nothing moves when they come: Fusion
    // gives a line of text 6 px of padding above and below (2 in a tab), and
    // a tool bar a 1 px line under it. tst_timeline checks them against the
    // real ones.
    readonly property FontMetrics fontMetrics: FontMetrics {}
    readonly property int textHeight: Math.ceil(root.fontMetrics.height)
    readonly property int menuBarHeight: root.textHeight + 12
    readonly property int toolBarHeight: root.textHeight + 12 + 1
    readonly property int controlHeight: root.textHeight + 12
    readonly property int tabBarHeight: root.textHeight + 4
    readonly property int spinnerSize: 48
    // A timeline block narrower than this shows its title first and its time
    // below it: the time, a few words of title and the star need about this.
    readonly property real narrowBlockWidth: root.fontMetrics.averageCharacterWidth * 24
    readonly property real minuteHeight: 3.6

    function isDark(palette) {
        return palette.window.hslLightness < 0.5
    }

    function kindHue(kind) {
        switch (kind) {
        case "keynote": return 0.02
        case "invited": return 0.08
        case "contributed": return 0.58
        case "panel": return 0.75
        case "posters": return 0.33
        case "competition": return 0.88
        case "opening": return 0.13
        default: return -1
        }
    }

    function kindFill(kind, palette) {
        const hue = kindHue(kind)
        const dark = isDark(palette)
        if (hue < 0)
            return dark ? Qt.lighter(palette.window, 1.25) : Qt.darker(palette.window, 1.04)
        return dark ? Qt.hsla(hue, 0.35, 0.24, 1) : Qt.hsla(hue, 0.65, 0.92, 1)
    }

    function kindAccent(kind, palette) {
        const hue = kindHue(kind)
        const dark = isDark(palette)
        if (hue < 0)
            return dark ? Qt.lighter(palette.window, 1.7) : Qt.darker(palette.window, 1.3)
        return dark ? Qt.hsla(hue, 0.6, 0.6, 1) : Qt.hsla(hue, 0.7, 0.42, 1)
    }

    function kindName(kind) {
        switch (kind) {
        case "opening": return qsTr("Opening")
        case "keynote": return qsTr("Keynote")
        case "invited": return qsTr("Invited talk")
        case "contributed": return qsTr("Contributed talk")
        case "panel": return qsTr("Panel")
        case "posters": return qsTr("Posters")
        case "competition": return qsTr("Competition")
        case "break": return qsTr("Break")
        case "meal": return qsTr("Meal")
        default: return qsTr("Other")
        }
    }

    function errorColor(palette) {
        return isDark(palette) ? "#ef9a9a" : "#b71c1c"
    }

    // Organizer mode's banner: unlike anything attendees see.
    function draftColor(palette) {
        return isDark(palette) ? "#b39ddb" : "#5e35b1"
    }

    function warningColor(palette) {
        return isDark(palette) ? "#ffcc80" : "#8a4b00"
    }
}
