// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The search field's model: consistent under QAbstractItemModelTester while
// the query changes, and serving what the result rows show, with session times
// in the workshop's zone (the tests run with TZ=UTC, far from New Orleans).

#include "programloader.h"
#include "searchresultsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class SearchResultsModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consistentWhileTyping();
    void roleNamesOfTheRows();
    void rows_data();
    void rows();
    void sectionsAreContiguousAndOrdered();
    void queryAndCountProperties();
    void setProgramRerunsTheQuery();
    void retractedPapers();

private:
    QVariant roleOfRow(const SearchResultsModel &model, const QString &itemId, int role) const;

    std::shared_ptr<const wc::Program> m_bundled;
};

void SearchResultsModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Day names in the subtitles follow the locale; pin the one expected here.
    QLocale::setDefault(QLocale::c());
    auto result = wc::loadProgramFolder(wc::test::bundledPath());
    QVERIFY(result.ok());
    m_bundled = std::make_shared<const wc::Program>(std::move(*result.program));
}

QVariant SearchResultsModelTest::roleOfRow(
    const SearchResultsModel &model, const QString &itemId, int role) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto index = model.index(row, 0);
        if (index.data(SearchResultsModel::ItemIdRole).toString() == itemId)
            return index.data(role);
    }
    return {};
}

void SearchResultsModelTest::consistentWhileTyping()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("l"));
    QCOMPARE(model.rowCount(), 0); // no program yet
    model.setProgram(m_bundled);
    QVERIFY(model.rowCount() > 0);
    // Typing, a backspace, more words, clearing: each a reset the tester checks.
    const QStringList keystrokes = {QStringLiteral("la"), QStringLiteral("lat"),
        QStringLiteral("la"), QStringLiteral("lar"), QStringLiteral("large "),
        QStringLiteral("large m"), QStringLiteral("large mo"), QStringLiteral("large mox"),
        QStringLiteral(""), QStringLiteral("  "), QStringLiteral("zero")};
    for (const auto &query : keystrokes) {
        model.setQuery(query);
        QCOMPARE(model.query(), query);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(model.rowCount() > 0);
    model.setProgram(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void SearchResultsModelTest::roleNamesOfTheRows()
{
    // The names SearchResultRow.qml and ListView.section use.
    const auto names = SearchResultsModel().roleNames();
    for (const QByteArray name : {"kind", "itemId", "title", "subtitle", "snippet", "matchStart",
             "matchLength", "section", "retracted", "field"})
        QVERIFY2(names.values().contains(name), name.constData());
    QCOMPARE(names.size(), QSet<QByteArray>(names.cbegin(), names.cend()).size());
}

void SearchResultsModelTest::rows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subtitle");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("highlighted");

    // 10:00 in New Orleans; a conversion to the laptop's zone would say 16:00.
    QTest::newRow("session with a speaker")
        << QStringLiteral("lattner") << QStringLiteral("keynote-lattner")
        << QStringLiteral("session")
        << QStringLiteral("Programming Languages Challenges in Large Scale Machine Learning")
        << QStringLiteral("Sat 16 Dec · 10:00–10:55 · Chris Lattner") << QStringLiteral("Sessions")
        << QStringLiteral("speakers") << QStringLiteral("Lattner");
    QTest::newRow("session without speakers")
        << QStringLiteral("zero") << QStringLiteral("talk-zeropp") << QStringLiteral("session")
        << QStringLiteral(
               "ZeRO++: Extremely Efficient Collective Communication for Large Model Training")
        << QStringLiteral("Sat 16 Dec · 11:20–11:30") << QStringLiteral("Sessions")
        << QStringLiteral("title") << QStringLiteral("ZeRO");
    QTest::newRow("speaker") << QStringLiteral("latt") << QStringLiteral("chris-lattner")
                             << QStringLiteral("speaker") << QStringLiteral("Chris Lattner")
                             << QStringLiteral("Modular AI") << QStringLiteral("Speakers")
                             << QStringLiteral("name") << QStringLiteral("Latt");
    QTest::newRow("paper")
        << QStringLiteral("geekb") << QStringLiteral("1") << QStringLiteral("paper")
        << QStringLiteral("Predicting User Experience on Laptops from Hardware Specifications")
        << QStringLiteral("Saswat Padhi, Sunil Kumar Bhasin, Udaya Kiran Ammu, Alex Bergman, "
                          "Allan Knies")
        << QStringLiteral("Papers") << QStringLiteral("abstract") << QStringLiteral("Geekb");
}

void SearchResultsModelTest::rows()
{
    QFETCH(QString, query);
    QFETCH(QString, itemId);
    QFETCH(QString, kind);
    QFETCH(QString, title);
    QFETCH(QString, subtitle);
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(QString, highlighted);

    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProgram(m_bundled);
    model.setQuery(query);
    const auto role = [&](int r) { return roleOfRow(model, itemId, r); };
    QVERIFY2(role(SearchResultsModel::ItemIdRole).isValid(), "no such row");
    QCOMPARE(role(SearchResultsModel::KindRole).toString(), kind);
    QCOMPARE(role(SearchResultsModel::TitleRole).toString(), title);
    QCOMPARE(role(Qt::DisplayRole).toString(), title);
    QCOMPARE(role(SearchResultsModel::SubtitleRole).toString(), subtitle);
    QCOMPARE(role(SearchResultsModel::SectionRole).toString(), section);
    QCOMPARE(role(SearchResultsModel::FieldRole).toString(), field);
    QCOMPARE(role(SearchResultsModel::RetractedRole).toBool(), false);
    const auto snippet = role(SearchResultsModel::SnippetRole).toString();
    const auto start = role(SearchResultsModel::MatchStartRole);
    const auto length = role(SearchResultsModel::MatchLengthRole);
    QCOMPARE(start.metaType(), QMetaType::fromType<int>());
    QCOMPARE(length.metaType(), QMetaType::fromType<int>());
    QCOMPARE(snippet.mid(start.toInt(), length.toInt()), highlighted);
}

void SearchResultsModelTest::sectionsAreContiguousAndOrdered()
{
    SearchResultsModel model;
    model.setProgram(m_bundled);
    model.setQuery(QStringLiteral("learning"));
    QStringList sections;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto section = model.index(row, 0).data(SearchResultsModel::SectionRole).toString();
        if (sections.isEmpty() || sections.last() != section)
            sections.append(section);
    }
    QCOMPARE(sections,
        (QStringList {
            QStringLiteral("Sessions"), QStringLiteral("Speakers"), QStringLiteral("Papers")}));
}

void SearchResultsModelTest::queryAndCountProperties()
{
    SearchResultsModel model;
    model.setProgram(m_bundled);
    QSignalSpy queryChanged(&model, &SearchResultsModel::queryChanged);
    QSignalSpy countChanged(&model, &SearchResultsModel::countChanged);
    QVERIFY(model.setProperty("query", QStringLiteral("lattner")));
    QCOMPARE(model.property("count").toInt(), 2);
    QCOMPARE(queryChanged.size(), 1);
    QCOMPARE(countChanged.size(), 1);
    // The same query again changes nothing.
    model.setQuery(QStringLiteral("lattner"));
    QCOMPARE(queryChanged.size(), 1);
    // Another query with as many hits: the count stays, so no signal.
    model.setQuery(QStringLiteral("Lattner"));
    QCOMPARE(queryChanged.size(), 2);
    QCOMPARE(countChanged.size(), 1);
    model.setQuery(QString());
    QCOMPARE(model.property("count").toInt(), 0);
    QCOMPARE(countChanged.size(), 2);
}

void SearchResultsModelTest::setProgramRerunsTheQuery()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countChanged(&model, &SearchResultsModel::countChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(QStringLiteral("lattner"));
    QCOMPARE(model.count(), 0);
    model.setProgram(m_bundled);
    QCOMPARE(model.count(), 2);
    QCOMPARE(countChanged.size(), 1);
    QVERIFY(reset.size() >= 2);
    model.setProgram(nullptr);
    QCOMPARE(model.count(), 0);
    QCOMPARE(countChanged.size(), 2);
}

void SearchResultsModelTest::retractedPapers()
{
    auto program = std::make_shared<wc::Program>();
    program->workshop.timeZone = QTimeZone("America/Chicago");
    wc::Paper retracted;
    retracted.id = QStringLiteral("7");
    retracted.title = QStringLiteral("Sparse attention kernels");
    retracted.authors = {QStringLiteral("Ada Lovelace")};
    retracted.retracted = true;
    wc::Paper kept = retracted;
    kept.id = QStringLiteral("8");
    kept.retracted = false;
    program->papers = {retracted, kept};
    program->index();

    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProgram(program);
    model.setQuery(QStringLiteral("sparse"));
    QCOMPARE(model.count(), 2);
    QCOMPARE(
        model.index(0, 0).data(SearchResultsModel::ItemIdRole).toString(), QStringLiteral("8"));
    QCOMPARE(model.index(0, 0).data(SearchResultsModel::RetractedRole).toBool(), false);
    QCOMPARE(
        model.index(1, 0).data(SearchResultsModel::ItemIdRole).toString(), QStringLiteral("7"));
    QCOMPARE(model.index(1, 0).data(SearchResultsModel::RetractedRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(SearchResultsModel::SubtitleRole).toString(),
        QStringLiteral("Ada Lovelace"));
}

QTEST_GUILESS_MAIN(SearchResultsModelTest)
#include "tst_searchresultsmodel.moc"
