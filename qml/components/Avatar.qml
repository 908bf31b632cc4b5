// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2

// A speaker's photo when a copy is on disk, otherwise their initials on a
// colour of their own: never a broken image.
Item {
    id: root

    required property string name
    required property url photo
    required property string initials
    required property real hue
    property int size: 40

    implicitWidth: root.size
    implicitHeight: root.size
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Photo of %1").arg(root.name)

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        visible: photoImage.status !== Image.Ready
        color: Qt.hsla(root.hue, 0.45, 0.45, 1)

        QQC2.Label {
            anchors.centerIn: parent
            text: root.initials
            textFormat: Text.PlainText
            color: "white"
            font.bold: true
            font.pixelSize: root.size * 0.38
        }
    }

    Image {
        id: photoImage

        anchors.fill: parent
        visible: status === Image.Ready
        source: root.photo
        sourceSize.width: root.size * 2
        sourceSize.height: root.size * 2
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        layer.enabled: false
    }
}
