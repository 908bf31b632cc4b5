// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The mouse cursors QML items ask for, as CursorShape.PointingHand and so
// on. Qt 6.4's QML compiler does not know the type of cursorShape, so its
// bindings run in the interpreter; there the first look-up of a Qt enum
// (Qt.PointingHandCursor) builds a table of every enum in the Qt namespace,
// about 3 ms on the way to the timeline's first frame. This namespace's
// table has two entries.
namespace CursorShape {
Q_NAMESPACE
QML_ELEMENT

enum Shape {
    Arrow = Qt::ArrowCursor,
    PointingHand = Qt::PointingHandCursor,
};
Q_ENUM_NS(Shape)
} // namespace CursorShape
