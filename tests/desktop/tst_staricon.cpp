// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The bookmark star is drawn: an outline with nothing in its middle, or
// filled, in the colour it is given, at any size.

#include "staricon.h"

#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

class StarIconTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outlineAndFilled_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("small") << 12;
        QTest::newRow("text line") << 16;
        QTest::newRow("high DPI") << 48;
    }

    void outlineAndFilled()
    {
        QFETCH(int, side);
        const QColor color(0x20, 0x40, 0x60);
        const QPoint middle(side / 2, side / 2);
        // Just inside the top point, where the outline runs.
        const QPoint top(side / 2, side / 6);

        const auto outline = StarIcon::image(side, color, false);
        QCOMPARE(qAlpha(outline.pixel(middle)), 0);
        QVERIFY(qAlpha(outline.pixel(top)) > 128);
        // Centred: as many empty rows above it as below.
        auto emptyRows = [&outline, side](int from, int step) {
            int rows = 0;
            for (int y = from; y >= 0 && y < side; y += step, ++rows) {
                for (int x = 0; x < side; ++x) {
                    if (qAlpha(outline.pixel(x, y)) > 32)
                        return rows;
                }
            }
            return rows;
        };
        QVERIFY(std::abs(emptyRows(0, 1) - emptyRows(side - 1, -1)) <= 1);

        const auto filled = StarIcon::image(side, color, true);
        QCOMPARE(filled.pixelColor(middle), color);
        QVERIFY(qAlpha(filled.pixel(top)) > 128);
        // Between the points it stays empty.
        QCOMPARE(qAlpha(filled.pixel(1, side / 2 + side / 4)), 0);
    }

    void changesNotifyOnce()
    {
        StarIcon star;
        QSignalSpy filled(&star, &StarIcon::filledChanged);
        QSignalSpy color(&star, &StarIcon::colorChanged);
        star.setFilled(true);
        star.setFilled(true);
        star.setColor(Qt::red);
        star.setColor(Qt::red);
        QCOMPARE(filled.size(), 1);
        QCOMPARE(color.size(), 1);
        QVERIFY(star.isFilled());
        QCOMPARE(star.color(), QColor(Qt::red));
    }
};

QTEST_MAIN(StarIconTest)
#include "tst_staricon.moc"
