// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// TextFit.elisionPrefix: a long text cut to what an elided line can show.
// Elided, the prefix reads exactly as the whole text would.

#include "textfit.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

class TextFitTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void elidesAsTheWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        QTest::newRow("title") << QStringLiteral(
            "ℓ1-Regularized Pipeline Pipeline for Uncertainty-Aware Representation") << true;
        QTest::newRow("speakers")
            << QStringLiteral("Contributed talk · Midalma Lixkor, Tomo Namiberg, Vimo Kaliski, "
                              "Saswat Padhi, Sunil Kumar Bhasin, Udaya Kiran Ammu")
            << false;
        QTest::newRow("narrow letters") << QString(QStringLiteral("illi.ilil ")).repeated(12) << false;
        QTest::newRow("wide letters") << QString(QStringLiteral("WMWM—MWWM ")).repeated(12) << true;
    }

    void elidesAsTheWholeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, bold);
        auto font = QGuiApplication::font();
        font.setBold(bold);
        const QFontMetricsF metrics(font);
        const TextFit fit;
        bool cut = false;
        for (const qreal width : {30.0, 90.0, 160.0, 400.0, 4000.0}) {
            const auto prefix = fit.elisionPrefix(text, width, font);
            QVERIFY(text.startsWith(prefix));
            QCOMPARE(metrics.elidedText(prefix, Qt::ElideRight, width),
                metrics.elidedText(text, Qt::ElideRight, width));
            cut = cut || prefix.size() < text.size();
        }
        // The narrow lines are given less than the whole text.
        QVERIFY(cut);
        // A line wide enough for all of it gets all of it.
        QCOMPARE(fit.elisionPrefix(text, metrics.horizontalAdvance(text) + 1, font), text);
    }

    void leftWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("Coffee Break");
        QTest::newRow("Arabic") << QStringLiteral(
            "التعلم الآلي للأنظمة: جدولة الآلات الافتراضية باستخدام التعلم المعزز");
        QTest::newRow("Devanagari") << QStringLiteral(
            "प्रणालियों के लिए मशीन लर्निंग: सुदृढीकरण सीखने का उपयोग करके आभासी मशीनों का समय निर्धारण");
        QTest::newRow("beyond the BMP") << QStringLiteral(
            "Scheduling 🚀 Virtual Machines with Reinforcement Learning in Data Centers");
    }

    void leftWhole()
    {
        QFETCH(QString, text);
        QCOMPARE(TextFit().elisionPrefix(text, 40, QGuiApplication::font()), text);
    }

    void nothingBeforeLayout()
    {
        QCOMPARE(TextFit().elisionPrefix(QStringLiteral("A title"), 0, QGuiApplication::font()),
            QString());
    }
};

QTEST_MAIN(TextFitTest)
#include "tst_textfit.moc"
