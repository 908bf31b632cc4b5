// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// What the web pane may show: the program's own hosts and the homes of ML
// papers, their subdomains, and nothing that merely looks like them.

#include "programloader.h"
#include "testsupport.h"
#include "weballowlist.h"

#include <QTest>

class WebAllowlistTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bundledProgram_data();
    void bundledProgram();
    void hostsOfTheProgram();
    void paperPdf();
};

void WebAllowlistTest::bundledProgram_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("site") << "https://mlforsystems.org/neurips2023/" << true;
    QTest::newRow("paper pdf") << "https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf" << true;
    QTest::newRow("openreview") << "https://openreview.net/forum?id=abc" << true;
    QTest::newRow("arxiv subdomain") << "https://export.arxiv.org/abs/2310.00001" << true;
    QTest::newRow("kaggle link") << "https://www.kaggle.com/competitions/predict-ai-model-runtime" << true;
    QTest::newRow("plain http to a listed host") << "http://arxiv.org/abs/1" << false;
    QTest::newRow("plain http to this computer") << "http://127.0.0.1:8765/" << false;
    QTest::newRow("site subdomain") << "https://www.mlforsystems.org/" << true;
    QTest::newRow("link host, www twin") << "https://kaggle.com/competitions" << true;
    QTest::newRow("link host's subdomain") << "https://evil.kaggle.com/" << false;
    QTest::newRow("look-alike") << "https://evilarxiv.org/" << false;
    QTest::newRow("suffix trick") << "https://arxiv.org.example.com/" << false;
    QTest::newRow("other host") << "https://example.com/" << false;
    QTest::newRow("user info") << "https://user@arxiv.org/" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("data") << "data:text/html,<h1>hi</h1>" << false;
    QTest::newRow("mailto") << "mailto:mlforsystems@googlegroups.com" << false;
    QTest::newRow("trailing dot") << "https://arxiv.org./abs/1" << true;
    QTest::newRow("upper case") << "https://ArXiv.ORG/abs/1" << true;
}

void WebAllowlistTest::bundledProgram()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto result = wc::loadProgramFolder(wc::test::bundledPath());
    QVERIFY(result.program);
    const auto list = wc::WebAllowlist::forProgram(*result.program);
    QCOMPARE(list.allows(QUrl(url)), allowed);
}

void WebAllowlistTest::hostsOfTheProgram()
{
    const auto result = wc::loadProgramFolder(wc::test::dataPath(QStringLiteral("valid")));
    QVERIFY(result.program);
    const auto hosts = wc::WebAllowlist::forProgram(*result.program).hosts();
    // The site with its subdomains, the two homes of papers, the links of
    // sessions, speakers and papers as hosts; mailto: links add nothing.
    QVERIFY(hosts.contains(QStringLiteral("*.example.org")));
    QVERIFY(hosts.contains(QStringLiteral("*.openreview.net")));
    QVERIFY(hosts.contains(QStringLiteral("*.arxiv.org")));
    QVERIFY(!hosts.contains(QString()));
    QVERIFY(std::is_sorted(hosts.cbegin(), hosts.cend()));
    QVERIFY(!wc::WebAllowlist().allows(QUrl(QStringLiteral("https://example.org/"))));
    // Plain http only to this computer, when the program links there.
    wc::WebAllowlist local;
    local.addHost(QStringLiteral("127.0.0.1"));
    QVERIFY(local.allows(QUrl(QStringLiteral("http://127.0.0.1:8765/paper.pdf"))));
    local.addHost(QStringLiteral("example.com"));
    QVERIFY(!local.allows(QUrl(QStringLiteral("http://example.com/"))));
    QVERIFY(local.allows(QUrl(QStringLiteral("https://example.com/"))));
}

void WebAllowlistTest::paperPdf()
{
    wc::Paper paper;
    QCOMPARE(wc::paperPdfUrl(paper), QString());
    paper.links = {{QStringLiteral("code"), QStringLiteral("https://github.com/x/y")},
        {QStringLiteral("preprint"), QStringLiteral("https://arxiv.org/pdf/2310.1.PDF")}};
    QCOMPARE(wc::paperPdfUrl(paper), QStringLiteral("https://arxiv.org/pdf/2310.1.PDF"));
    paper.links.append({QStringLiteral("PDF"), QStringLiteral("https://example.org/p.pdf")});
    QCOMPARE(wc::paperPdfUrl(paper), QStringLiteral("https://example.org/p.pdf"));
}

QTEST_GUILESS_MAIN(WebAllowlistTest)
#include "tst_weballowlist.moc"
