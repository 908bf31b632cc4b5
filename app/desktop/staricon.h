// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QColor>
#include <QImage>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

// The bookmark star, drawn: outlined, or filled when the item is in the
// attendee's schedule. Drawn rather than a ☆ or ★ character, which few
// interface fonts have (Noto Sans and Cantarell do not): each would make
// the timeline's first frame look for a fallback font and set it up, and
// show whatever star that font happens to draw.
//
// Every timeline block and list row has one, so the star is drawn once per
// size, colour and fill, and the items show that image.
class StarIcon : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool filled READ isFilled WRITE setFilled NOTIFY filledChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)

public:
    explicit StarIcon(QQuickItem *parent = nullptr);

    bool isFilled() const { return m_filled; }
    void setFilled(bool filled);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    // The star `side` device pixels square, point up, on transparent.
    static QImage image(int side, const QColor &color, bool filled);

Q_SIGNALS:
    void filledChanged();
    void colorChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    // A window moved to a screen of another scale draws the star anew, sharp.
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    bool m_filled = false;
    QColor m_color = Qt::black;
};
