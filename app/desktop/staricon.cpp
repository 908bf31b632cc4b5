// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "staricon.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

StarIcon::StarIcon(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
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

void StarIcon::paint(QPainter *painter)
{
    // A five-pointed star, point up, as large as fits in the item with its
    // outline: 2 cos 18° of its outer radius wide, 1 + cos 36° high.
    const qreal side = std::min(width(), height());
    const qreal pen = std::max(1.0, side / 12);
    const qreal outer = (side - pen) / (2 * std::cos(std::numbers::pi / 10));
    const qreal inner = outer * 0.4;
    const qreal starHeight = outer * (1 + std::cos(std::numbers::pi / 5));
    const QPointF centre(width() / 2, (height() - starHeight) / 2 + outer);
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
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(m_filled ? QBrush(m_color) : QBrush(Qt::NoBrush));
    painter->drawPath(star);
}
