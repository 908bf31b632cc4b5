// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "staricon.h"

#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QSGImageNode>

#include <cmath>
#include <numbers>

namespace {

// The stars drawn so far, shared by every item and window: a handful of
// sizes and colours at most. Scene graphs of several windows may ask at
// once, each from its render thread.
QImage sharedImage(int side, const QColor &color, bool filled)
{
    static QMutex mutex;
    static QHash<quint64, QImage> images;
    const quint64 key = quint64(side) << 33 | quint64(filled) << 32 | color.rgba();
    const QMutexLocker locker(&mutex);
    auto found = images.constFind(key);
    if (found == images.constEnd())
        found = images.insert(key, StarIcon::image(side, color, filled));
    return *found;
}

} // namespace

StarIcon::StarIcon(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void StarIcon::setFilled(bool filled)
{
    if (m_filled == filled)
        return;
    m_filled = filled;
    update();
    Q_EMIT filledChanged();
}

void StarIcon::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

QImage StarIcon::image(int side, const QColor &color, bool filled)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // A five-pointed star, as large as fits with its outline: 2 cos 18° of
    // its outer radius wide, 1 + cos 36° high.
    const qreal pen = std::max(1.0, side / 12.0);
    const qreal outer = (side - pen) / (2 * std::cos(std::numbers::pi / 10));
    const qreal inner = outer * 0.4;
    const qreal starHeight = outer * (1 + std::cos(std::numbers::pi / 5));
    const QPointF centre(side / 2.0, (side - starHeight) / 2 + outer);
    QPainterPath star;
    for (int corner = 0; corner < 10; ++corner) {
        const qreal radius = corner % 2 == 0 ? outer : inner;
        const qreal angle = -std::numbers::pi / 2 + corner * std::numbers::pi / 5;
        const QPointF point = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
        if (corner == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawPath(star);
    return image;
}

void StarIcon::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemDevicePixelRatioHasChanged)
        update();
    QQuickItem::itemChange(change, value);
}

QSGNode *StarIcon::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    const qreal side = std::min(width(), height());
    const int pixels = int(std::ceil(side * window()->effectiveDevicePixelRatio()));
    if (pixels <= 0) {
        delete oldNode;
        return nullptr;
    }
    auto *node = static_cast<QSGImageNode *>(oldNode);
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
    }
    node->setTexture(window()->createTextureFromImage(sharedImage(pixels, m_color, m_filled)));
    node->setRect(QRectF((width() - side) / 2, (height() - side) / 2, side, side));
    return node;
}
