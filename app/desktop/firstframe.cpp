// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "firstframe.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace {

// Set on a window once it has drawn: items attached later (a view opened
// afterwards, a tool tip) need not wait for another frame.
constexpr auto drawnProperty = "_wc_firstFrameDrawn";

} // namespace

FirstFrameAttached::FirstFrameAttached(QObject *attachee)
    : QObject(attachee)
{
    auto *item = qobject_cast<QQuickItem *>(attachee);
    if (!item) {
        // Nothing to wait for outside a scene.
        m_drawn = true;
        return;
    }
    connect(item, &QQuickItem::windowChanged, this, &FirstFrameAttached::watch);
    watch(item->window());
}

bool FirstFrameAttached::hasDrawn(QQuickWindow *window)
{
    return window && window->property(drawnProperty).toBool();
}

void FirstFrameAttached::watch(QQuickWindow *window)
{
    disconnect(m_frame);
    if (m_drawn || !window)
        return;
    if (hasDrawn(window)) {
        setDrawn();
        return;
    }
    // frameSwapped comes from the render thread where there is one: queued,
    // it is handled here, after the frame is on screen.
    m_frame = connect(
        window, &QQuickWindow::frameSwapped, this,
        [this, window] {
            window->setProperty(drawnProperty, true);
            setDrawn();
        },
        Qt::QueuedConnection);
    // A window already on screen when first watched may draw no frame
    // until something changes: ask for one.
    if (window->isExposed())
        window->update();
}

void FirstFrameAttached::setDrawn()
{
    disconnect(m_frame);
    if (m_drawn)
        return;
    m_drawn = true;
    Q_EMIT drawnChanged();
}
