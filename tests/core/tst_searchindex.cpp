// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The search behind the search field: folding, word and prefix matching,
// ranking, grouping and snippets, over the bundled program and over small
// programs written here so that each expectation is visible in the test.

#include "programloader.h"
#include "searchindex.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using wc::SearchField;
using wc::SearchHit;
using wc::SearchKind;

namespace {

wc::Session session(const QString &id, const QString &title, QTime start,
    const QStringList &speakers = {}, const QString &abstract = {})
{
    wc::Session s;
    s.id = id;
    s.day = QDate(2023, 12, 16);
    const QTimeZone zone("America/Chicago");
    s.start = QDateTime(s.day, start, zone);
    s.end = s.start.addSecs(30 * 60);
    s.kind = wc::SessionKind::Contributed;
    s.title = title;
    s.room = QStringLiteral("r1");
    s.speakers = speakers;
    s.abstract = abstract;
    return s;
}

wc::Speaker speaker(const QString &id, const QString &name, const QString &affiliation = {},
    const QString &bio = {})
{
    wc::Speaker s;
    s.id = id;
    s.name = name;
    s.affiliation = affiliation;
    s.bio = bio;
    return s;
}

wc::Paper paper(const QString &id, const QString &title, const QStringList &authors = {},
    const QString &abstract = {}, bool retracted = false)
{
    wc::Paper p;
    p.id = id;
    p.title = title;
    p.authors = authors;
    p.abstract = abstract;
    p.retracted = retracted;
    return p;
}

wc::Program program(const QList<wc::Session> &sessions, const QList<wc::Speaker> &speakers,
    const QList<wc::Paper> &papers)
{
    wc::Program p;
    p.workshop.id = QStringLiteral("test");
    p.workshop.timeZoneId = QStringLiteral("America/Chicago");
    p.workshop.timeZone = QTimeZone("America/Chicago");
    p.workshop.venue.rooms = {{QStringLiteral("r1"), QStringLiteral("Salle Émile")}};
    p.sessions = sessions;
    p.speakers = speakers;
    p.papers = papers;
    p.index();
    return p;
}

// "kind:id" of each hit, the easiest form to compare and to read in a failure.
QStringList keys(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const auto &hit : hits)
        out.append(wc::searchKindName(hit.kind) + u':' + hit.id);
    return out;
}

QString matched(const SearchHit &hit)
{
    return hit.snippet.mid(hit.matchStart, hit.matchLength);
}

} // namespace

class SearchIndexTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folding_data();
    void folding();
    void accentAndCaseInsensitive_data();
    void accentAndCaseInsensitive();
    void lattnerInTheBundledProgram();
    void zeroInTheBundledProgram();
    void multiWordQueriesNeedEveryWord_data();
    void multiWordQueriesNeedEveryWord();
    void wordsMatchAsPrefixes_data();
    void wordsMatchAsPrefixes();
    void rankingByField();
    void tiesKeepProgramOrder();
    void groupedByKind();
    void retractedAfterEqualScores();
    void noHits_data();
    void noHits();
    void emptyIndex();
    void snippets_data();
    void snippets();
    void longTextSnippetIsCutAtSpaces();
    void markdownIsPlainInSnippets();
    void bundledSnippetsPointAtTheMatch_data();
    void bundledSnippetsPointAtTheMatch();
    void cjkIdeographsAreWords();
    void hostileText();

private:
    wc::SearchIndex m_bundled;
};

void SearchIndexTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto result = wc::loadProgramFolder(wc::test::bundledPath());
    QVERIFY(result.ok());
    m_bundled = wc::SearchIndex(*result.program);
    QCOMPARE(m_bundled.itemCount(),
        result.program->sessions.size() + result.program->speakers.size() +
            result.program->papers.size());
    QVERIFY(m_bundled.termCount() > 500);
}

void SearchIndexTest::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("mixed case") << QStringLiteral("ZeRO++") << QStringLiteral("zero");
    QTest::newRow("acute") << QStringLiteral("Élodie Désirée") << QStringLiteral("elodie desiree");
    QTest::newRow("sharp s") << QStringLiteral("Straße STRAẞE")
                             << QStringLiteral("strasse strasse");
    QTest::newRow("slashed o") << QStringLiteral("Søren BJØRN") << QStringLiteral("soren bjorn");
    QTest::newRow("ae ligature") << QStringLiteral("Ærø") << QStringLiteral("aero");
    QTest::newRow("oe ligature") << QStringLiteral("Œuvre") << QStringLiteral("oeuvre");
    QTest::newRow("stroke l") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("stroke d") << QStringLiteral("Đorđe") << QStringLiteral("dorde");
    QTest::newRow("thorn, eth") << QStringLiteral("Þórður") << QStringLiteral("thordur");
    QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
    QTest::newRow("decomposed") << QStringLiteral("Mu\u0308ller") << QStringLiteral("muller");
    QTest::newRow("fi ligature") << QStringLiteral("\uFB01ne") << QStringLiteral("fine");
    QTest::newRow("full width") << QStringLiteral("ＧＰＵ") << QStringLiteral("gpu");
    QTest::newRow("soft hyphen") << QStringLiteral("co\u00ADdesign") << QStringLiteral("codesign");
    QTest::newRow("punctuation splits")
        << QStringLiteral("zero-shot, RL/ML (v2.1)") << QStringLiteral("zero shot rl ml v2 1");
    QTest::newRow("ideographs") << QStringLiteral("王伟") << QStringLiteral("王 伟");
    // Hangul syllables decompose into their letters, alike in text and query,
    // so a syllable still being typed matches already.
    QTest::newRow("hangul words") << QStringLiteral("김 민준")
                                  << QStringLiteral("김 민준").normalized(
                                         QString::NormalizationForm_KD);
    QTest::newRow("nothing") << QStringLiteral(" -- ") << QString();
}

void SearchIndexTest::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(wc::SearchIndex::fold(text), folded);
}

void SearchIndexTest::accentAndCaseInsensitive_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const auto muller =
        QStringList {QStringLiteral("speaker:muller"), QStringLiteral("speaker:mueller")};
    QTest::newRow("plain finds umlaut") << QStringLiteral("muller") << muller;
    QTest::newRow("umlaut finds plain") << QStringLiteral("müller") << muller;
    QTest::newRow("upper case") << QStringLiteral("MÜLLER") << muller;
    QTest::newRow("sharp s") << QStringLiteral("strasse")
                             << QStringList {QStringLiteral("speaker:strasse")};
    QTest::newRow("sharp s in query")
        << QStringLiteral("Straße") << QStringList {QStringLiteral("speaker:strasse")};
    QTest::newRow("slashed o") << QStringLiteral("soren")
                               << QStringList {QStringLiteral("speaker:soren")};
    QTest::newRow("stroke l") << QStringLiteral("lukasz")
                              << QStringList {QStringLiteral("speaker:lukasz")};
    QTest::newRow("stroke d") << QStringLiteral("dorde")
                              << QStringList {QStringLiteral("speaker:dorde")};
    QTest::newRow("ae") << QStringLiteral("aeroskobing")
                        << QStringList {QStringLiteral("speaker:soren")};
    QTest::newRow("e finds é") << QStringLiteral("elodie")
                               << QStringList {QStringLiteral("speaker:elodie")};
    QTest::newRow("é finds e") << QStringLiteral("Écosse")
                               << QStringList {QStringLiteral("speaker:elodie")};
    QTest::newRow("room name") << QStringLiteral("emile")
                               << QStringList {QStringLiteral("session:s1")};
}

void SearchIndexTest::accentAndCaseInsensitive()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const wc::SearchIndex index(
        program({session(QStringLiteral("s1"), QStringLiteral("Opening"), QTime(9, 0))},
            {
                speaker(QStringLiteral("muller"), QStringLiteral("Jürgen Müller")),
                speaker(QStringLiteral("mueller"), QStringLiteral("Anna Muller")),
                speaker(QStringLiteral("strasse"), QStringLiteral("Eva Straße")),
                speaker(QStringLiteral("soren"), QStringLiteral("Søren Kierkegaard"),
                    QStringLiteral("Ærøskøbing Institute")),
                speaker(QStringLiteral("lukasz"), QStringLiteral("Łukasz Kaiser")),
                speaker(QStringLiteral("dorde"), QStringLiteral("Đorđe Balašević")),
                speaker(QStringLiteral("elodie"), QStringLiteral("Élodie Martin"),
                    QStringLiteral("University of Ecosse")),
            },
            {}));
    QCOMPARE(keys(index.search(query)), expected);
}

void SearchIndexTest::lattnerInTheBundledProgram()
{
    const auto hits = m_bundled.search(QStringLiteral("lattner"));
    QCOMPARE(keys(hits),
        (QStringList {
            QStringLiteral("session:keynote-lattner"), QStringLiteral("speaker:chris-lattner")}));
    QCOMPARE(hits[0].field, SearchField::Speakers);
    QCOMPARE(hits[0].score, 4);
    QCOMPARE(hits[1].field, SearchField::Name);
    QCOMPARE(hits[1].score, 6);
}

void SearchIndexTest::zeroInTheBundledProgram()
{
    for (const auto &query : {QStringLiteral("zero"), QStringLiteral("ZERO")}) {
        const auto hits = m_bundled.search(query);
        QVERIFY(hits.size() >= 2);
        QCOMPARE(hits[0].kind, SearchKind::Session);
        QCOMPARE(hits[0].id, QStringLiteral("talk-zeropp"));
        QCOMPARE(hits[0].field, SearchField::Title);
        const auto firstPaper = std::find_if(hits.begin(), hits.end(),
            [](const SearchHit &hit) { return hit.kind == SearchKind::Paper; });
        QVERIFY(firstPaper != hits.end());
        QCOMPARE(firstPaper->id, QStringLiteral("32"));
        QCOMPARE(firstPaper->field, SearchField::Title);
        // Paper 2 speaks of "zero-shot learning" in its abstract only.
        QVERIFY(keys(hits).contains(QStringLiteral("paper:2")));
        QVERIFY(keys(hits).indexOf(QStringLiteral("paper:2")) >
            keys(hits).indexOf(QStringLiteral("paper:32")));
    }
}

void SearchIndexTest::multiWordQueriesNeedEveryWord_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");
    QTest::newRow("two words of a title")
        << QStringLiteral("reinforcement learning")
        << QStringList {QStringLiteral("session:talk-vmr2l"), QStringLiteral("paper:37")}
        << QStringList {QStringLiteral("session:keynote-lattner")};
    QTest::newRow("name and bio") << QStringLiteral("lattner compiler")
                                  << QStringList {QStringLiteral("speaker:chris-lattner")}
                                  << QStringList {QStringLiteral("session:keynote-lattner")};
    QTest::newRow("order does not matter")
        << QStringLiteral("learning reinforcement")
        << QStringList {QStringLiteral("session:talk-vmr2l"), QStringLiteral("paper:37")}
        << QStringList {};
    QTest::newRow("one word matching nothing")
        << QStringLiteral("reinforcement qwertyuiop") << QStringList {}
        << QStringList {QStringLiteral("session:talk-vmr2l"), QStringLiteral("paper:37")};
}

void SearchIndexTest::multiWordQueriesNeedEveryWord()
{
    QFETCH(QString, query);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    const auto found = keys(m_bundled.search(query));
    for (const auto &key : mustHave)
        QVERIFY2(found.contains(key), qPrintable(key));
    for (const auto &key : mustNotHave)
        QVERIFY2(!found.contains(key), qPrintable(key));
    if (mustHave.isEmpty())
        QVERIFY(found.isEmpty());
}

void SearchIndexTest::wordsMatchAsPrefixes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsLattner");
    QTest::newRow("whole word") << QStringLiteral("lattner") << true;
    QTest::newRow("prefix") << QStringLiteral("latt") << true;
    QTest::newRow("one letter") << QStringLiteral("l") << true;
    QTest::newRow("prefix of each word") << QStringLiteral("chr latt") << true;
    QTest::newRow("inside a word") << QStringLiteral("attner") << false;
    QTest::newRow("longer than the word") << QStringLiteral("lattners") << false;
    QTest::newRow("across words") << QStringLiteral("chrislattner") << false;
}

void SearchIndexTest::wordsMatchAsPrefixes()
{
    QFETCH(QString, query);
    QFETCH(bool, findsLattner);
    QCOMPARE(keys(m_bundled.search(query)).contains(QStringLiteral("speaker:chris-lattner")),
        findsLattner);
}

void SearchIndexTest::rankingByField()
{
    // Written worst first, so that program order alone would give it backwards.
    const wc::SearchIndex index(program({}, {},
        {
            paper(QStringLiteral("in-abstract"), QStringLiteral("Message passing"), {},
                QStringLiteral("We study a graph of tasks.")),
            paper(QStringLiteral("in-abstract-prefix"), QStringLiteral("Message passing"), {},
                QStringLiteral("We study graphs.")),
            paper(QStringLiteral("in-authors"), QStringLiteral("Message passing"),
                {QStringLiteral("Ada Graph")}),
            paper(QStringLiteral("title-prefix"), QStringLiteral("Graphs at scale")),
            paper(QStringLiteral("in-title"), QStringLiteral("Scaling graph networks")),
        }));
    const auto hits = index.search(QStringLiteral("graph"));
    QCOMPARE(keys(hits),
        (QStringList {QStringLiteral("paper:in-title"), QStringLiteral("paper:title-prefix"),
            QStringLiteral("paper:in-authors"), QStringLiteral("paper:in-abstract"),
            QStringLiteral("paper:in-abstract-prefix")}));
    QList<int> scores;
    for (const auto &hit : hits)
        scores.append(hit.score);
    QCOMPARE(scores, (QList<int> {6, 5, 4, 2, 1}));
    QCOMPARE(hits[2].field, SearchField::Authors);
    QCOMPARE(hits[3].field, SearchField::Abstract);

    // Scores add up over the words: both words in the title beats one.
    const auto two = index.search(QStringLiteral("graph scal"));
    QCOMPARE(keys(two).mid(0, 2),
        (QStringList {QStringLiteral("paper:in-title"), QStringLiteral("paper:title-prefix")}));
    QCOMPARE(two[0].score, 6 + 5);
}

void SearchIndexTest::tiesKeepProgramOrder()
{
    const wc::SearchIndex index(program(
        {
            session(QStringLiteral("late"), QStringLiteral("Poster session"), QTime(15, 0)),
            session(QStringLiteral("early"), QStringLiteral("Poster session"), QTime(9, 0)),
            session(QStringLiteral("noon"), QStringLiteral("Poster session"), QTime(12, 0)),
        },
        {
            speaker(QStringLiteral("b"), QStringLiteral("Poster Bea")),
            speaker(QStringLiteral("a"), QStringLiteral("Poster Abe")),
        },
        {
            paper(QStringLiteral("2"), QStringLiteral("Poster two")),
            paper(QStringLiteral("1"), QStringLiteral("Poster one")),
        }));
    QCOMPARE(keys(index.search(QStringLiteral("poster"))),
        (QStringList {QStringLiteral("session:early"), QStringLiteral("session:noon"),
            QStringLiteral("session:late"), QStringLiteral("speaker:b"),
            QStringLiteral("speaker:a"), QStringLiteral("paper:2"), QStringLiteral("paper:1")}));
}

void SearchIndexTest::groupedByKind()
{
    // The paper scores best and the session worst; groups still come in the
    // order sessions, speakers, papers.
    const wc::SearchIndex index(
        program({session(QStringLiteral("s"), QStringLiteral("Keynote"), QTime(9, 0),
                    {QStringLiteral("sp")}, QStringLiteral("On tensors."))},
            {speaker(QStringLiteral("sp"), QStringLiteral("Rita Tensor"))},
            {paper(QStringLiteral("p"), QStringLiteral("Tensor programs")),
                paper(QStringLiteral("q"), QStringLiteral("Compilers"), {},
                    QStringLiteral("tensor"))}));
    const auto hits = index.search(QStringLiteral("tensor"));
    QCOMPARE(keys(hits),
        (QStringList {QStringLiteral("session:s"), QStringLiteral("speaker:sp"),
            QStringLiteral("paper:p"), QStringLiteral("paper:q")}));
    // The session matches through its speaker's name, a better field than
    // its abstract.
    QCOMPARE(hits[0].field, SearchField::Speakers);
    QCOMPARE(hits[0].snippet, QStringLiteral("Rita Tensor"));
}

void SearchIndexTest::retractedAfterEqualScores()
{
    const wc::SearchIndex index(program({}, {},
        {
            paper(QStringLiteral("retracted-title"), QStringLiteral("Quantum annealing"), {}, {},
                true),
            paper(QStringLiteral("title"), QStringLiteral("Quantum circuits")),
            paper(QStringLiteral("retracted-abstract"), QStringLiteral("Circuits"), {},
                QStringLiteral("quantum"), true),
            paper(QStringLiteral("abstract"), QStringLiteral("Annealing"), {},
                QStringLiteral("quantum")),
        }));
    // A better score still comes first: retraction only breaks ties.
    QCOMPARE(keys(index.search(QStringLiteral("quantum"))),
        (QStringList {QStringLiteral("paper:title"), QStringLiteral("paper:retracted-title"),
            QStringLiteral("paper:abstract"), QStringLiteral("paper:retracted-abstract")}));
}

void SearchIndexTest::noHits_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("white space") << QStringLiteral("\t\n ");
    QTest::newRow("punctuation only") << QStringLiteral("++ -- ?");
    QTest::newRow("unknown word") << QStringLiteral("qwertyuiop");
    QTest::newRow("known and unknown") << QStringLiteral("lattner qwertyuiop");
    QTest::newRow("combining mark only") << QStringLiteral("\u0308");
}

void SearchIndexTest::noHits()
{
    QFETCH(QString, query);
    QVERIFY(m_bundled.search(query).isEmpty());
}

void SearchIndexTest::emptyIndex()
{
    QVERIFY(wc::SearchIndex().search(QStringLiteral("a")).isEmpty());
    QCOMPARE(wc::SearchIndex().itemCount(), 0);
    const wc::SearchIndex index(program({}, {}, {}));
    QVERIFY(index.search(QStringLiteral("a")).isEmpty());
    QCOMPARE(index.termCount(), 0);
}

void SearchIndexTest::snippets_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("matched");
    QTest::newRow("whole word") << QStringLiteral("muller")
                                << QStringLiteral("Jürgen Müller, Anna Straße, Mu\u0308nch Ørsted")
                                << QStringLiteral("Müller");
    QTest::newRow("prefix") << QStringLiteral("mul")
                            << QStringLiteral("Jürgen Müller, Anna Straße, Mu\u0308nch Ørsted")
                            << QStringLiteral("Mül");
    QTest::newRow("prefix ending inside ß")
        << QStringLiteral("stras")
        << QStringLiteral("Jürgen Müller, Anna Straße, Mu\u0308nch Ørsted")
        << QStringLiteral("Straß");
    QTest::newRow("decomposed accent, prefix")
        << QStringLiteral("mun") << QStringLiteral("Jürgen Müller, Anna Straße, Mu\u0308nch Ørsted")
        << QStringLiteral("Mu\u0308n");
    QTest::newRow("decomposed accent, whole word")
        << QStringLiteral("münch")
        << QStringLiteral("Jürgen Müller, Anna Straße, Mu\u0308nch Ørsted")
        << QStringLiteral("Mu\u0308nch");
    QTest::newRow("first match of several words")
        << QStringLiteral("orsted jurg")
        << QStringLiteral("Jürgen Müller, Anna Straße, Mu\u0308nch Ørsted")
        << QStringLiteral("Jürg");
    QTest::newRow("title") << QStringLiteral("circ") << QStringLiteral("Quantum circuits")
                           << QStringLiteral("circ");
}

void SearchIndexTest::snippets()
{
    QFETCH(QString, query);
    QFETCH(QString, snippet);
    QFETCH(QString, matched);
    const wc::SearchIndex index(program({}, {},
        {paper(QStringLiteral("p"), QStringLiteral("Quantum circuits"),
            {QStringLiteral("Jürgen Müller"), QStringLiteral("Anna Straße"),
                QStringLiteral("Mu\u0308nch Ørsted")})}));
    const auto hits = index.search(query);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].snippet, snippet);
    QCOMPARE(::matched(hits[0]), matched);
}

void SearchIndexTest::longTextSnippetIsCutAtSpaces()
{
    const QString before = QStringLiteral(
        "Large models are trained on many accelerators at once, and the schedule matters a lot. ");
    const QString after = QStringLiteral(
        " reported the first results on pipeline parallelism for very deep networks in 2019.");
    const QString abstract = before + QStringLiteral("Jürgen Müller") + after;
    const wc::SearchIndex index(
        program({}, {}, {paper(QStringLiteral("p"), QStringLiteral("Pipelines"), {}, abstract)}));
    const auto hits = index.search(QStringLiteral("muller"));
    QCOMPARE(hits.size(), 1);
    const auto &hit = hits[0];
    QCOMPARE(hit.field, SearchField::Abstract);
    QCOMPARE(matched(hit), QStringLiteral("Müller"));
    QVERIFY(hit.snippet.startsWith(QChar(0x2026)));
    QVERIFY(hit.snippet.endsWith(QChar(0x2026)));
    QVERIFY2(hit.snippet.size() <= 2 * 60 + 6 + 2, qPrintable(hit.snippet));
    QVERIFY(hit.snippet.size() > 60);
    // Whole words at both ends: the text around the ellipses is in the abstract
    // and starts or ends at a space there.
    const auto body = hit.snippet.mid(1, hit.snippet.size() - 2);
    const auto at = abstract.indexOf(body);
    QVERIFY(at > 0);
    QCOMPARE(abstract[at - 1], QLatin1Char(' '));
    QCOMPARE(abstract[at + body.size()], QLatin1Char(' '));
    QCOMPARE(hit.matchStart, 1 + abstract.indexOf(QStringLiteral("Müller")) - at);
}

void SearchIndexTest::markdownIsPlainInSnippets()
{
    const wc::SearchIndex index(program({}, {},
        {paper(QStringLiteral("p"), QStringLiteral("Slides"), {},
            QStringLiteral("See [the **slides**](https://example.org/deck) and\n"
                           "- the _appendix_ in $O(n \\log n)$ [[1]](https://arxiv.org/x)."))}));
    const auto hits = index.search(QStringLiteral("appendix"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(
        hits[0].snippet, QStringLiteral("See the slides and the appendix in $O(n \\log n)$ [1]."));
    QCOMPARE(matched(hits[0]), QStringLiteral("appendix"));
    // Link targets are not text a reader sees.
    QVERIFY(index.search(QStringLiteral("arxiv")).isEmpty());
    QVERIFY(index.search(QStringLiteral("example")).isEmpty());
}

void SearchIndexTest::bundledSnippetsPointAtTheMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key");
    QTest::addColumn<SearchField>("field");
    QTest::addColumn<QString>("matched");
    QTest::newRow("session title")
        << QStringLiteral("zero") << QStringLiteral("session:talk-zeropp") << SearchField::Title
        << QStringLiteral("ZeRO");
    QTest::newRow("session speakers")
        << QStringLiteral("lattn") << QStringLiteral("session:keynote-lattner")
        << SearchField::Speakers << QStringLiteral("Lattn");
    QTest::newRow("speaker bio") << QStringLiteral("mlir")
                                 << QStringLiteral("speaker:chris-lattner") << SearchField::Bio
                                 << QStringLiteral("MLIR");
    QTest::newRow("speaker affiliation")
        << QStringLiteral("modular") << QStringLiteral("speaker:chris-lattner")
        << SearchField::Affiliation << QStringLiteral("Modular");
    QTest::newRow("paper abstract") << QStringLiteral("geekbench") << QStringLiteral("paper:1")
                                    << SearchField::Abstract << QStringLiteral("Geekbench");
    QTest::newRow("paper authors") << QStringLiteral("rajbhandari") << QStringLiteral("paper:32")
                                   << SearchField::Authors << QStringLiteral("Rajbhandari");
}

void SearchIndexTest::bundledSnippetsPointAtTheMatch()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(SearchField, field);
    QFETCH(QString, matched);
    const auto hits = m_bundled.search(query);
    const auto at = keys(hits).indexOf(key);
    QVERIFY2(at >= 0, qPrintable(keys(hits).join(u' ')));
    QCOMPARE(hits[at].field, field);
    QCOMPARE(::matched(hits[at]), matched);
    QVERIFY(hits[at].snippet.size() <= 2 * 60 + matched.size() + 2 + 20);
}

void SearchIndexTest::cjkIdeographsAreWords()
{
    const wc::SearchIndex index(
        program({}, {speaker(QStringLiteral("w"), QStringLiteral("王伟"))}, {}));
    for (const auto &query : {QStringLiteral("伟"), QStringLiteral("王伟"), QStringLiteral("王")}) {
        const auto hits = index.search(query);
        QCOMPARE(keys(hits), QStringList {QStringLiteral("speaker:w")});
    }
    const auto hits = index.search(QStringLiteral("伟"));
    QCOMPARE(hits[0].matchStart, 1);
    QCOMPARE(hits[0].matchLength, 1);

    // A Hangul syllable being typed: its first two letters, as an input
    // method shows them, find the name and highlight the whole syllable.
    const wc::SearchIndex korean(
        program({}, {speaker(QStringLiteral("k"), QStringLiteral("김 민준"))}, {}));
    const auto partial = korean.search(QStringLiteral("미"));
    QCOMPARE(keys(partial), QStringList {QStringLiteral("speaker:k")});
    QCOMPARE(matched(partial[0]), QStringLiteral("민"));
}

void SearchIndexTest::hostileText()
{
    // Big enough that anything quadratic would hang the test; nothing may
    // crash, and highlights stay inside their snippets.
    const QString needle = QStringLiteral(" needle ");
    const QList<wc::Paper> papers = {
        paper(QStringLiteral("brackets"), QStringLiteral("a"), {},
            QString(200000, u'[') + needle + QString(200000, u'(') + QString(1000, u']')),
        paper(QStringLiteral("autolinks"), QStringLiteral("b"), {},
            QStringLiteral("<http://x").repeated(50000) + needle),
        paper(QStringLiteral("no spaces"), QStringLiteral("c"), {},
            QStringLiteral("x-").repeated(150000) + QStringLiteral("needle") +
                QStringLiteral("-y").repeated(150000)),
        paper(QStringLiteral("dollars"), QStringLiteral("d"), {},
            QString(100001, u'$') + needle + QString(100000, u'*')),
        paper(QStringLiteral("surrogates"), QStringLiteral("e"), {},
            QString(QChar(0xD800)) + QStringLiteral("needle") + QChar(0xDC00) + QChar(0xDC00) +
                QStringLiteral("\U0001D400 needle")),
        paper(QStringLiteral("long word"), QString(100000, u'n') + needle),
    };
    const wc::SearchIndex index(program({}, {}, papers));
    const auto hits = index.search(QStringLiteral("needle"));
    QCOMPARE(hits.size(), papers.size());
    for (const auto &hit : hits) {
        QVERIFY(hit.matchStart >= 0);
        QVERIFY(hit.matchStart + hit.matchLength <= hit.snippet.size());
        QCOMPARE(wc::SearchIndex::fold(matched(hit)), QStringLiteral("needle"));
        QVERIFY2(hit.snippet.size() < 2 * 60 + 10, qPrintable(hit.id));
    }
    const auto longWord = index.search(QStringLiteral("nnn"));
    QCOMPARE(keys(longWord), QStringList {QStringLiteral("paper:long word")});
    QCOMPARE(longWord[0].matchLength, 3);
    QVERIFY(index.search(QString(QChar(0xD800))).isEmpty());
    QCOMPARE(index.search(QStringLiteral("needle ").repeated(1000)).size(), papers.size());
}

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "tst_searchindex.moc"
