// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQuickItem;
class QQuickWindow;

// FirstFrame.drawn, attached to an item: whether the window it is in has
// drawn a frame. What waits for it (LaterLoader, the parts of the window
// that use Qt Quick Controls) starts loading only then, so that loading
// them neither takes the QML loader thread from the first frame's own
// files nor holds the type registry's lock while that frame is made.
class FirstFrameAttached : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool drawn READ isDrawn NOTIFY drawnChanged)

public:
    explicit FirstFrameAttached(QObject *attachee);

    bool isDrawn() const { return m_drawn; }

Q_SIGNALS:
    void drawnChanged();

private:
    // Whether `window` has drawn a frame since it was first watched here.
    static bool hasDrawn(QQuickWindow *window);
    void watch(QQuickWindow *window);
    void setDrawn();

    QMetaObject::Connection m_frame;
    bool m_drawn = false;
};

class FirstFrame : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FirstFrame is only an attached property")
    QML_ATTACHED(FirstFrameAttached)

public:
    static FirstFrameAttached *qmlAttachedProperties(QObject *object)
    {
        return new FirstFrameAttached(object);
    }
};
