// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Importing an accepted-papers CSV: the CSV reader on the quirks of real
// exports, author names, the merge into papers.yaml and the file it writes.

#include "paperimport.h"
#include "programloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace wc;
using Outcome = PaperMerge::Outcome;

namespace {

const QByteArray bom("\xEF\xBB\xBF");

QString fixtureCsv()
{
    return test::dataPath(QStringLiteral("import/papers.csv"));
}

QString papersPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("papers.yaml"));
}

bool samePaper(const Paper &a, const Paper &b)
{
    return a.id == b.id && a.title == b.title && a.authors == b.authors &&
        a.abstract == b.abstract && a.posterSession == b.posterSession && a.board == b.board &&
        a.links == b.links && a.retracted == b.retracted;
}

const Paper *findPaper(const Program &program, const char *id)
{
    return program.paper(QString::fromLatin1(id));
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const auto *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

QList<QStringList> records(std::initializer_list<std::initializer_list<const char *>> list)
{
    QList<QStringList> result;
    for (const auto &record : list)
        result.append(strings(record));
    return result;
}

QStringList ids(const QList<Paper> &papers)
{
    QStringList result;
    for (const auto &paper : papers)
        result.append(paper.id);
    return result;
}

// A CSV of `papers` as a spreadsheet would save it.
QByteArray csvOf(const QList<Paper> &papers)
{
    const auto quoted = [](QString s) {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
            QLatin1Char('"');
    };
    QString csv = QStringLiteral("id,title,authors,abstract\r\n");
    for (const auto &paper : papers) {
        csv += paper.id + QLatin1Char(',') + quoted(paper.title) + QLatin1Char(',') +
            quoted(paper.authors.join(QStringLiteral(", "))) + QLatin1Char(',') +
            quoted(paper.abstract) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

// A copy of a fixture folder in `tmp`.
QString copyOf(const QTemporaryDir &tmp, const QString &fixture)
{
    const auto dir = tmp.filePath(QStringLiteral("program"));
    if (!test::copyFolder(test::dataPath(fixture), dir))
        qFatal("cannot copy %s", qPrintable(fixture));
    return dir;
}

// tests/data/valid without papers.yaml, and no session naming a paper.
QString copyWithoutPapers(const QTemporaryDir &tmp)
{
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    const auto program = QDir(dir).filePath(QStringLiteral("program.yaml"));
    auto bytes = test::readFile(program);
    bytes.replace("    papers: [1, 2]\n", "").replace("    papers: [3, late-breaking-1]\n", "");
    if (!QFile::remove(papersPath(dir)) || !test::writeFile(program, bytes) ||
        !loadProgramFolder(dir).ok())
        qFatal("cannot prepare a folder without papers");
    return dir;
}

QList<Problem> errorsIn(const QList<Problem> &problems)
{
    QList<Problem> errors;
    for (const auto &problem : problems) {
        if (problem.isError())
            errors.append(problem);
    }
    return errors;
}

} // namespace

class PaperImportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseCsv_data();
    void parseCsv();
    void parseCsvPositions();
    void parseCsvErrors_data();
    void parseCsvErrors();
    void splitAuthors_data();
    void splitAuthors();
    void readFixture();
    void readErrors_data();
    void readErrors();
    void readSkipsEmptyRows();
    void importAddsUpdatesAndKeeps();
    void importTwiceChangesNothing();
    void whatCannotBeKeptIsReportedAndBackedUp();
    void pruneRemovesAllButListedPapers();
    void writtenFileRewritesIdentically();
    void whiteSpaceDifferencesAreNoChange();
    void textThatReadsAsAnotherTypeIsQuoted();
    void valuesReadBackExactly_data();
    void valuesReadBackExactly();
    void bundledPapersReadBackExactly();
    void unknownKeysAreKept();
    void invalidResultIsRolledBack();
    void invalidResultWithoutPapersFileIsRemoved();
    void folderWithErrorsIsRefused();
    void folderWithoutPapersFile();
};

void PaperImportTest::parseCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << records({{"a", "b"}, {"c", "d"}});
    QTest::newRow("CRLF, no final break")
        << QByteArray("a,b\r\nc,d") << records({{"a", "b"}, {"c", "d"}});
    QTest::newRow("CR") << QByteArray("a\rb\r") << records({{"a"}, {"b"}});
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,x\r\n1,2\r\n")
                         << records({{"id", "x"}, {"1", "2"}});
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << records({{"a,b", "c"}});
    QTest::newRow("quotes written twice")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << records({{"say \"hi\"", "\""}});
    QTest::newRow("multi-line LF")
        << QByteArray("\"one\ntwo\",x\n") << records({{"one\ntwo", "x"}});
    QTest::newRow("multi-line CRLF is read as LF")
        << QByteArray("\"one\r\n\r\ntwo\r\n\",x\r\n") << records({{"one\n\ntwo\n", "x"}});
    QTest::newRow("empty fields") << QByteArray(",,\n") << records({{"", "", ""}});
    QTest::newRow("empty last field at the end") << QByteArray("a,") << records({{"a", ""}});
    QTest::newRow("empty quoted field") << QByteArray("\"\",x") << records({{"", "x"}});
    QTest::newRow("blank line") << QByteArray("a\n\nb\n") << records({{"a"}, {""}, {"b"}});
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("5\" disk,x\n") << records({{"5\" disk", "x"}});
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << records({{" a ", " b "}});
    QTest::newRow("UTF-8") << QByteArray("J\xC3\xBCrgen,\xE6\x9D\x8E\n")
                           << records({{"J\u00fcrgen", "\u674e"}});
    QTest::newRow("empty") << QByteArray() << records({});
    QTest::newRow("only a BOM") << bom << records({});
}

void PaperImportTest::parseCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, records);
    Problem error;
    const auto parsed = wc::parseCsv(csv, QStringLiteral("t.csv"), &error);
    QVERIFY2(parsed, qPrintable(error.toString()));
    QList<QStringList> fields;
    for (const auto &record : *parsed) {
        QCOMPARE(record.positions.size(), record.fields.size());
        fields.append(record.fields);
    }
    QCOMPARE(fields, records);
}

// Lines count physical lines, so that an error names the line an editor
// shows; columns count bytes after the BOM.
void PaperImportTest::parseCsvPositions()
{
    Problem error;
    const auto parsed = wc::parseCsv(bom + "h1,h2\r\n1,\"x\r\ny\r\nz\"\r\n2,\"\xC3\xBC\",q\r\n",
        QStringLiteral("t.csv"), &error);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(0).line(), 1);
    QCOMPARE(parsed->at(0).positions.at(0).column, 1);
    QCOMPARE(parsed->at(0).positions.at(1).column, 4);
    QCOMPARE(parsed->at(1).line(), 2);
    QCOMPARE(parsed->at(1).positions.at(1).column, 3);
    QCOMPARE(parsed->at(2).line(), 5);
    QCOMPARE(parsed->at(2).positions.at(2).line, 5);
    QCOMPARE(parsed->at(2).positions.at(2).column, 8); // after 2 bytes of ü
}

void PaperImportTest::parseCsvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated quote")
        << QByteArray("id,t\n1,\"abc\ndef\n")
        << "t.csv:2:3: error: quoted field not closed: a \" here has no closing \"";
    QTest::newRow("unterminated quote after a BOM")
        << QByteArray("\xEF\xBB\xBF\"x")
        << "t.csv:1:1: error: quoted field not closed: a \" here has no closing \"";
    QTest::newRow("text after a closing quote")
        << QByteArray("a,\"ab\"c,d\n")
        << "t.csv:1:7: error: unexpected text after a closing quote (a \" inside a quoted field "
           "is written twice: \"\")";
    QTest::newRow("Latin-1")
        << QByteArray("id\r\nJ\xFCrgen\r\n")
        << "t.csv:2:2: error: bytes that are not UTF-8 (save the CSV as UTF-8)";
    QTest::newRow("cut UTF-8 sequence")
        << QByteArray("a\xE6\x9D")
        << "t.csv:1:2: error: bytes that are not UTF-8 (save the CSV as UTF-8)";
    QTest::newRow("overlong UTF-8")
        << QByteArray("a,\xC0\xAF")
        << "t.csv:1:3: error: bytes that are not UTF-8 (save the CSV as UTF-8)";
    QTest::newRow("NUL byte") << QByteArray("a,b\nc", 5) + QByteArray(1, '\0') + "d\n"
                              << "t.csv:2:2: error: control character 0x00";
}

void PaperImportTest::parseCsvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    Problem error;
    QVERIFY(!wc::parseCsv(csv, QStringLiteral("t.csv"), &error));
    QCOMPARE(error.toString(), expected);
}

void PaperImportTest::splitAuthors_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("plain") << QStringLiteral("Ana Silva, Li Wei")
                           << QStringList {QStringLiteral("Ana Silva"), QStringLiteral("Li Wei")};
    QTest::newRow("no-break spaces")
        << QStringLiteral("Ana Silva,\u00a0Li Wei\u00a0")
        << QStringList {QStringLiteral("Ana Silva"), QStringLiteral("Li Wei")};
    QTest::newRow("thin spaces") << QStringLiteral("Grace Sample\u2009,\u2009Hu Jun")
                                 << QStringList {
                                        QStringLiteral("Grace Sample"), QStringLiteral("Hu Jun")};
    QTest::newRow("ideographic space, empty names")
        << QStringLiteral("\u3000Mei Tanaka ,, Li Wei ,")
        << QStringList {QStringLiteral("Mei Tanaka"), QStringLiteral("Li Wei")};
    QTest::newRow("tabs and line breaks")
        << QStringLiteral("A\t,\nB\r\n") << QStringList {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("space inside a name kept")
        << QStringLiteral("Sam\u00a0Ade Jacobs")
        << QStringList {QStringLiteral("Sam\u00a0Ade Jacobs")};
    QTest::newRow("byte order mark, zero-width space")
        << QStringLiteral("Ana Silva, \ufeffBob Stone\u200b")
        << QStringList {QStringLiteral("Ana Silva"), QStringLiteral("Bob Stone")};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only separators") << QStringLiteral(" , \u2009, ") << QStringList();
}

void PaperImportTest::splitAuthors()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, names);
    QCOMPARE(wc::splitAuthors(cell), names);
}

void PaperImportTest::readFixture()
{
    const auto bytes = test::readFile(fixtureCsv());
    // The quirks the fixture stands for; a tidied copy would test less.
    QVERIFY(bytes.startsWith(bom));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(bytes.contains("\xC2\xA0")); // U+00A0
    QVERIFY(bytes.contains("\xE2\x80\x89")); // U+2009
    QVERIFY(bytes.contains("\"\""));

    QList<Problem> problems;
    const auto papers = readPapersCsv(bytes, QStringLiteral("papers.csv"), problems);
    QVERIFY(papers);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().toString(),
        QStringLiteral("papers.csv:1:10: warning: extra columns ignored: tag"));

    QCOMPARE(papers->size(), 5);
    const auto &p = *papers;
    QCOMPARE(p[0].id, QStringLiteral("1"));
    QCOMPARE(p[0].authors, (QStringList {QStringLiteral("Ana Silva"), QStringLiteral("Li Wei")}));
    QCOMPARE(p[1].id, QStringLiteral("3"));
    QCOMPARE(p[1].title, QStringLiteral("The \"Overlap\" Detector: $O(n \\log n)$ Revisited"));
    QCOMPARE(
        p[1].authors, (QStringList {QStringLiteral("Grace Sample"), QStringLiteral("Hu Jun")}));
    QCOMPARE(p[1].abstract, QString());
    QCOMPARE(p[2].id, QStringLiteral("late-breaking-1"));
    QCOMPARE(p[2].abstract,
        QStringLiteral("First line with \"quotes\".\n\nSecond paragraph, with a comma.\n"));
    QCOMPARE(p[3].line, 7); // the abstract above spans three lines
    QCOMPARE(p[3].authors, (QStringList {QStringLiteral("Mei Tanaka"), QStringLiteral("Li Wei")}));
    QCOMPARE(p[3].abstract, QStringLiteral("A one-line abstract.\n"));
    QCOMPARE(p[4].title, QStringLiteral("Late: Breaking, Again"));
    QCOMPARE(p[4].authors, QStringList {QStringLiteral("J\u00fcrgen M\u00fcller")});
}

void PaperImportTest::readErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    const QByteArray header("id,title,authors,abstract\n");
    QTest::newRow("empty file") << QByteArray()
                                << strings({"t.csv:1:1: error: no header row: expected the "
                                            "columns id, title, authors, abstract"});
    QTest::newRow("missing columns")
        << QByteArray("ID,name,Authors\n1,x,y\n")
        << strings({"t.csv:1:1: error: missing columns title, abstract: the header row must "
                    "name id, title, authors and abstract"});
    QTest::newRow("semicolons")
        << QByteArray("id;title;authors;abstract\n")
        << strings(
               {"t.csv:1:1: error: missing columns id, title, authors, abstract: the "
                "header row must name id, title, authors and abstract (separated by commas; this "
                "file uses semicolons)"});
    QTest::newRow("a column twice") << QByteArray("id,title,authors,abstract, Id\n")
                                    << strings({"t.csv:1:27: error: column 'id' appears twice"});
    QTest::newRow("wrong field counts, lines after a multi-line field")
        << header + "1,T,A,\"x\ny\"\n2,T,A\n3,T,A,B,C\n"
        << strings({"t.csv:4:1: error: row has 3 fields, the header 4 (a value with a comma "
                    "needs double quotes around it)",
               "t.csv:5:1: error: row has 5 fields, the header 4 (a value with a comma needs "
               "double quotes around it)"});
    QTest::newRow("duplicate id") << header + "1,T,A,B\n 1 ,U,A,B\n"
                                  << strings(
                                         {"t.csv:3:1: error: duplicate id '1' (first on line 2)"});
    QTest::newRow("empty id") << header + "1,T,A,B\n  ,T,A,B\n"
                              << strings({"t.csv:3:1: error: empty id"});
    QTest::newRow("invalid id")
        << header + "Paper 1,T,A,B\n"
        << strings({"t.csv:2:1: error: 'Paper 1' is not a valid paper id: use at most 64 "
                    "lower-case letters, digits, '.', '_' and '-', starting with a letter or "
                    "digit"});
    QTest::newRow("no title") << header + "1,\"\xC2\xA0\",A,B\n"
                              << strings({"t.csv:2:3: error: paper 1 has no title"});
    QTest::newRow("unterminated quote")
        << header + "1,\"T,A,B\n"
        << strings({"t.csv:2:3: error: quoted field not closed: a \" here has no closing \""});
}

void PaperImportTest::readErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    QList<Problem> problems;
    QVERIFY(!readPapersCsv(csv, QStringLiteral("t.csv"), problems));
    QStringList actual;
    for (const auto &problem : problems)
        actual.append(problem.toString());
    QCOMPARE(actual, expected);
}

void PaperImportTest::readSkipsEmptyRows()
{
    QList<Problem> problems;
    const auto papers = readPapersCsv("\n,,,\nid,title,authors,abstract\n,,,\n1,\"T\nU\",A,\n\n",
        QStringLiteral("t.csv"), problems);
    QVERIFY(papers);
    QVERIFY(problems.isEmpty());
    QCOMPARE(papers->size(), 1);
    QCOMPARE(papers->constFirst().title, QStringLiteral("T U")); // titles are one line
    QCOMPARE(papers->constFirst().line, 5);
}

void PaperImportTest::importAddsUpdatesAndKeeps()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    const auto before = loadProgramFolder(dir);
    QVERIFY(before.ok());

    const auto result =
        importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv"));
    QCOMPARE(result.status, PaperImport::Status::Imported);
    QVERIFY(result.written);
    QCOMPARE(result.csvProblems.size(), 1);
    QVERIFY(errorsIn(result.folderProblems).isEmpty());

    QStringList entries;
    for (const auto &entry : result.merge.entries) {
        entries.append(QStringLiteral("%1 %2 %3")
                           .arg(entry.id)
                           .arg(int(entry.outcome))
                           .arg(entry.fields.join(QLatin1Char('+'))));
    }
    QCOMPARE(entries,
        strings({"1 2 ", "2 3 ", "3 1 title+authors", "late-breaking-1 1 abstract", "4 0 ",
            "late-breaking-2 0 "}));
    QCOMPARE(result.merge.summary(),
        QStringLiteral("papers.yaml: 2 added, 2 updated, 1 unchanged, 1 not in the CSV (kept; "
                       "--prune removes)"));

    // The result validates, and holds what was merged.
    const auto after = loadProgramFolder(dir);
    QVERIFY(after.ok());
    const auto &program = *after.program;
    QCOMPARE(
        ids(program.papers), strings({"1", "2", "3", "late-breaking-1", "4", "late-breaking-2"}));
    const auto &old = *before.program;
    // Unchanged and not-in-the-CSV papers are exactly as they were.
    QVERIFY(samePaper(*findPaper(program, "1"), *findPaper(old, "1")));
    QVERIFY(samePaper(*findPaper(program, "2"), *findPaper(old, "2")));
    // Updated: what the CSV holds changes, the organizers' additions stay.
    const auto *p3 = findPaper(program, "3");
    QCOMPARE(p3->title, QStringLiteral("The \"Overlap\" Detector: $O(n \\log n)$ Revisited"));
    QCOMPARE(p3->authors, strings({"Grace Sample", "Hu Jun"}));
    QCOMPARE(p3->posterSession, QStringLiteral("posters-1"));
    QCOMPARE(p3->board, 12);
    const auto *late = findPaper(program, "late-breaking-1");
    QCOMPARE(late->abstract,
        QStringLiteral("First line with \"quotes\".\n\nSecond paragraph, with a comma.\n"));
    QVERIFY(late->retracted);
    QCOMPARE(late->board, 13);
    QCOMPARE(findPaper(program, "1")->links,
        (QList<Link> {
            {QStringLiteral("pdf"), QStringLiteral("https://example.org/papers/1.pdf")}}));
    const auto *added = findPaper(program, "late-breaking-2");
    QCOMPARE(added->title, QStringLiteral("Late: Breaking, Again"));
    QCOMPARE(added->abstract, QStringLiteral("Math $a_1, a_2$ and a list:\n\n- one\n- two\n"));
    QVERIFY(added->posterSession.isEmpty());

    // The file: header comments kept, integer ids plain, as the golden file.
    const auto bytes = test::readFile(papersPath(dir));
    QVERIFY(bytes.startsWith("# SPDX-License-Identifier: CC0-1.0\n# Loader test fixture: accepted "
                             "papers of the valid program folder.\n\npapers:\n  - id: 1\n"));
    QVERIFY(bytes.contains("\n  - id: 4\n"));
    const auto diff = test::compareWithGolden(bytes, QStringLiteral("import/expected-papers.yaml"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void PaperImportTest::importTwiceChangesNothing()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    const auto csv = test::readFile(fixtureCsv());
    QVERIFY(importPapers(dir, csv, QStringLiteral("papers.csv")).written);
    const auto first = test::readFile(papersPath(dir));
    const auto modified = QFileInfo(papersPath(dir)).lastModified();

    QTest::qSleep(20);
    const auto second = importPapers(dir, csv, QStringLiteral("papers.csv"));
    QCOMPARE(second.status, PaperImport::Status::Imported);
    QVERIFY(!second.merge.changed());
    QVERIFY(!second.written);
    QVERIFY(second.folderProblems.isEmpty());
    QCOMPARE(second.merge.summary(),
        QStringLiteral("papers.yaml: 0 added, 0 updated, 5 unchanged, 1 not in the CSV (kept; "
                       "--prune removes)"));
    QCOMPARE(test::readFile(papersPath(dir)), first);
    QCOMPARE(QFileInfo(papersPath(dir)).lastModified(), modified);
}

void PaperImportTest::whatCannotBeKeptIsReportedAndBackedUp()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    auto old = test::readFile(papersPath(dir));
    old.replace("  - id: 2\n", "  # boards pending, ask Li\n  - id: 2\n");
    old += "notes: reviewed by the chairs\n";
    QVERIFY(test::writeFile(papersPath(dir), old));

    const auto result =
        importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv"));
    QCOMPARE(result.status, PaperImport::Status::Imported);
    QVERIFY(result.written);
    QStringList notKept;
    for (const auto &p : result.folderProblems) {
        if (p.message.contains(QLatin1String("not kept")))
            notKept.append(QStringLiteral("%1:%2").arg(p.line).arg(p.column));
    }
    const auto commentLine = old.left(old.indexOf("# boards pending")).count('\n') + 1;
    const auto keyLine = old.count('\n');
    QCOMPARE(notKept,
        (QStringList {
            QStringLiteral("%1:3").arg(commentLine), QStringLiteral("%1:1").arg(keyLine)}));
    QCOMPARE(test::readFile(papersPath(dir) + QStringLiteral(".bak")), old);

    // A file with nothing to lose gets no copy.
    QTemporaryDir plain;
    const auto clean = copyOf(plain, QStringLiteral("valid"));
    QVERIFY(
        importPapers(clean, test::readFile(fixtureCsv()), QStringLiteral("papers.csv")).written);
    QVERIFY(!QFile::exists(papersPath(clean) + QStringLiteral(".bak")));
}

void PaperImportTest::pruneRemovesAllButListedPapers()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    QVERIFY(importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv")).written);
    auto papers = loadProgramFolder(dir).program->papers;
    // A CSV without paper 2 (talks-1 lists it) and late-breaking-2 (no session does).
    papers.removeIf([](const Paper &p) {
        return p.id == QLatin1String("2") || p.id == QLatin1String("late-breaking-2");
    });
    const auto csv = csvOf(papers);

    auto result = importPapers(dir, csv, QStringLiteral("t.csv"));
    QVERIFY(!result.merge.changed());
    QCOMPARE(result.merge.count(Outcome::NotInCsv), 2);

    result = importPapers(dir, csv, QStringLiteral("t.csv"), true);
    QCOMPARE(result.status, PaperImport::Status::Imported);
    QVERIFY(result.written);
    QCOMPARE(result.merge.summary(),
        QStringLiteral("papers.yaml: 0 added, 0 updated, 4 unchanged, 1 removed (not in the CSV), "
                       "1 not in the CSV but listed by a session (kept)"));
    const auto &refused = result.merge.entries.at(1);
    QCOMPARE(refused.id, QStringLiteral("2"));
    QCOMPARE(refused.outcome, Outcome::KeptListed);
    QCOMPARE(refused.session, QStringLiteral("talks-1"));
    QCOMPARE(result.merge.entries.last().outcome, Outcome::Removed);
    QCOMPARE(result.merge.entries.last().id, QStringLiteral("late-breaking-2"));

    const auto after = loadProgramFolder(dir);
    QVERIFY(after.ok());
    QCOMPARE(ids(after.program->papers), strings({"1", "2", "3", "late-breaking-1", "4"}));

    // A CSV with a header only would empty the file.
    const auto before = test::readFile(papersPath(dir));
    result = importPapers(dir, "id,title,authors,abstract\r\n", QStringLiteral("t.csv"), true);
    QCOMPARE(result.status, PaperImport::Status::InvalidCsv);
    QCOMPARE(result.csvProblems.constFirst().toString(),
        QStringLiteral("t.csv:1:1: error: no papers; with --prune every paper would be removed"));
    QCOMPARE(test::readFile(papersPath(dir)), before);
}

// What the importer writes is what it would write again from the loaded file:
// every value reads back exactly, whatever the style it was written in.
void PaperImportTest::writtenFileRewritesIdentically()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    QVERIFY(importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv")).written);
    const auto bytes = test::readFile(papersPath(dir));
    const auto loaded = loadProgramFolder(dir);
    QVERIFY(loaded.ok());
    const auto document = YamlDocument::parse(QStringLiteral("papers.yaml"), bytes);
    QCOMPARE(papersYaml(loaded.program->papers, leadingComments(bytes), document.root()), bytes);
}

// Folded blocks, plain scalars and block scalars differ in the white space
// around a text; an import should not rewrite a paper for that.
void PaperImportTest::whiteSpaceDifferencesAreNoChange()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    const auto path = papersPath(dir);
    QVERIFY(test::writeFile(path,
        test::replacedIn(path, "    authors: [Grace Sample]\n",
            "    authors: [Grace Sample]\n    abstract: Plain, with no final line break.\n")));
    const auto program = *loadProgramFolder(dir).program;
    QList<Problem> problems;
    const auto csv = readPapersCsv("id,title,authors,abstract\n3,\"  Poster: Overlap Detection\n"
                                   "in $O(n \\log n)$ \",\"Grace Sample,\",\"\n\u00a0Plain, "
                                   "with no final line break.\n\n\"\n",
        QStringLiteral("t.csv"), problems);
    QVERIFY(csv);
    const auto merge = mergePapers(program, *csv, false);
    QCOMPARE(merge.entries.at(2).id, QStringLiteral("3"));
    QCOMPARE(merge.entries.at(2).outcome, Outcome::Unchanged);
    QVERIFY(!merge.changed());
    // What the file holds stays as it is.
    QCOMPARE(merge.papers.at(2).abstract, QStringLiteral("Plain, with no final line break."));
    QCOMPARE(
        merge.papers.at(2).title, QStringLiteral("Poster: Overlap Detection in $O(n \\log n)$"));
}

// Our loader reads `title: true` as the text "true", but other YAML readers
// (the organizers' scripts, the site) take it for a boolean: such text is
// quoted, and so is an id that is not a plain decimal integer.
void PaperImportTest::textThatReadsAsAnotherTypeIsQuoted()
{
    Paper first;
    first.id = QStringLiteral("007");
    first.title = QStringLiteral("true");
    first.authors = {QStringLiteral("1e3"), QStringLiteral("Ana"), QStringLiteral("null")};
    first.abstract = QStringLiteral("2024-07-26");
    Paper second;
    second.id = QStringLiteral("37");
    second.title = QStringLiteral("No: 1");
    second.links = {{QStringLiteral("yes"), QStringLiteral("https://example.org/")}};
    QCOMPARE(papersYaml({first, second}, "# header\n"),
        QByteArray(
            "# header\n\npapers:\n"
            "  - id: \"007\"\n    title: \"true\"\n    authors:\n      - \"1e3\"\n      - Ana\n"
            "      - \"null\"\n    abstract: \"2024-07-26\"\n\n"
            "  - id: 37\n    title: \"No: 1\"\n    links:\n      \"yes\": https://example.org/\n"));
}

void PaperImportTest::valuesReadBackExactly_data()
{
    QTest::addColumn<QString>("value");
    for (const auto *text : {"true", "yes", "No", "null", "~", "123", "-1.5", "1e3", "0x1F", ".inf",
             "2024-07-26", "1:30", "a: b", "#hash", "- dash", "[x]", "{x}", "&anchor", "*alias",
             "!tag", "%x", "@x", "`x`", "O'Brien \"Bob\"", "back\\slash", " leading", "trailing ",
             "tab\there", "\u00fcn\u00ef \u2713 \U0001f389", "\u00a0no-break", "two\nlines",
             "ends\n", "ends twice\n\n", "  indented first\nline\n", "\n leading break\n",
             "tab\tinside\n", "line\n  more indented\n", "$x$: math\n\n- item\n",
             "sep\u2028arator\n", "cr\r\n", "bell\a"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void PaperImportTest::valuesReadBackExactly()
{
    QFETCH(QString, value);
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    auto papers = loadProgramFolder(dir).program->papers;
    auto &paper = papers[1];
    paper.title = value;
    // The loader trims names (so does the CSV reader); the rest is kept as is.
    paper.authors = {
        value.trimmed().isEmpty() ? QStringLiteral("Y") : value.trimmed(), QStringLiteral("X")};
    paper.abstract = value;
    paper.links = {{value.trimmed().isEmpty() ? QStringLiteral("x") : value,
        QStringLiteral("https://example.org/a?b=c&d=e#f")}};
    for (const auto &id : {"007", "1e3", "true", "2024-07-26", "1.5", "null", "0"}) {
        Paper extra;
        extra.id = QString::fromLatin1(id);
        extra.title = value;
        papers.append(extra);
    }
    QVERIFY(test::writeFile(papersPath(dir), papersYaml(papers)));
    const auto loaded = loadProgramFolder(dir);
    QVERIFY2(
        errorsIn(loaded.problems).isEmpty(), qPrintable(loaded.problems.constFirst().toString()));
    QCOMPARE(loaded.program->papers.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const auto &a = loaded.program->papers[i];
        const auto &b = papers[i];
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.authors, b.authors);
        QCOMPARE(a.abstract, b.abstract);
        QCOMPARE(a.links, b.links);
        QVERIFY2(samePaper(a, b), qPrintable(b.id));
    }
}

// The bundled folder's papers (folded abstracts, flow links, a retracted
// paper) written by the importer read back as they were.
void PaperImportTest::bundledPapersReadBackExactly()
{
    QTemporaryDir tmp;
    const auto dir = tmp.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::bundledPath(), dir));
    const auto before = loadProgramFolder(dir);
    QVERIFY(before.ok());
    const auto old = test::readFile(papersPath(dir));
    const auto bytes = papersYaml(before.program->papers, leadingComments(old));
    QVERIFY(bytes.startsWith("# SPDX-License-Identifier: CC-BY-4.0\n"));
    QVERIFY(test::writeFile(papersPath(dir), bytes));
    const auto after = loadProgramFolder(dir);
    QVERIFY(after.ok());
    QVERIFY(std::equal(before.program->papers.cbegin(), before.program->papers.cend(),
        after.program->papers.cbegin(), after.program->papers.cend(), samePaper));
    QCOMPARE(papersYaml(after.program->papers, leadingComments(bytes)), bytes);
}

void PaperImportTest::unknownKeysAreKept()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    const auto path = papersPath(dir);
    QVERIFY(test::writeFile(path,
        test::replacedIn(path, "    authors: [Li Wei]\n",
            "    authors: [Li Wei]\n    doi: \"10.1/30\"\n    award: [best, 2024, \"2025\"]\n")));
    const auto result =
        importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv"));
    QCOMPARE(result.status, PaperImport::Status::Imported);
    QVERIFY(result.written);
    // The loader's warnings about them were there before: not news.
    QVERIFY(std::none_of(result.folderProblems.cbegin(), result.folderProblems.cend(),
        [](const Problem &p) { return p.message.contains(QLatin1String("doi")); }));
    const auto bytes = test::readFile(path);
    QVERIFY2(bytes.contains("      - Li Wei\n    doi: \"10.1/30\"\n    award:\n      - best\n"
                            "      - 2024\n      - \"2025\"\n"),
        bytes.constData());
}

void PaperImportTest::invalidResultIsRolledBack()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("valid"));
    const auto old = test::readFile(papersPath(dir));
    // Over the loader's limit for one text value, which the CSV reader does not check.
    const auto csv =
        "id,title,authors,abstract\n9,Long,A,\"" + QByteArray(1100 * 1024, 'x') + "\"\n";
    const auto result = importPapers(dir, csv, QStringLiteral("t.csv"));
    QCOMPARE(result.status, PaperImport::Status::InvalidResult);
    QVERIFY(!result.written);
    QCOMPARE(result.merge.count(Outcome::Added), 1);
    const auto errors = errorsIn(result.folderProblems);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().file, QStringLiteral("papers.yaml"));
    QCOMPARE(test::readFile(papersPath(dir)), old);
    QVERIFY(loadProgramFolder(dir).ok());
}

void PaperImportTest::invalidResultWithoutPapersFileIsRemoved()
{
    QTemporaryDir tmp;
    const auto dir = copyWithoutPapers(tmp);
    const auto csv =
        "id,title,authors,abstract\n9,Long,A,\"" + QByteArray(1100 * 1024, 'x') + "\"\n";
    QCOMPARE(
        importPapers(dir, csv, QStringLiteral("t.csv")).status, PaperImport::Status::InvalidResult);
    QVERIFY(!QFile::exists(papersPath(dir)));
    QVERIFY(loadProgramFolder(dir).ok());
}

void PaperImportTest::folderWithErrorsIsRefused()
{
    QTemporaryDir tmp;
    const auto dir = copyOf(tmp, QStringLiteral("broken"));
    const auto old = test::readFile(papersPath(dir));
    const auto result =
        importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv"));
    QCOMPARE(result.status, PaperImport::Status::InvalidFolder);
    QVERIFY(!result.written);
    QVERIFY(!errorsIn(result.folderProblems).isEmpty());
    QCOMPARE(test::readFile(papersPath(dir)), old);

    // An invalid CSV is reported before the folder is even read.
    const auto invalid = importPapers(dir, "id\n", QStringLiteral("t.csv"));
    QCOMPARE(invalid.status, PaperImport::Status::InvalidCsv);
    QVERIFY(invalid.folderProblems.isEmpty());
}

void PaperImportTest::folderWithoutPapersFile()
{
    QTemporaryDir tmp;
    const auto dir = copyWithoutPapers(tmp);
    const auto result =
        importPapers(dir, test::readFile(fixtureCsv()), QStringLiteral("papers.csv"));
    QCOMPARE(result.status, PaperImport::Status::Imported);
    QCOMPARE(result.merge.count(Outcome::Added), 5);
    const auto bytes = test::readFile(papersPath(dir));
    QVERIFY2(bytes.startsWith("papers:\n  - id: 1\n"), bytes.constData());
    const auto loaded = loadProgramFolder(dir);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.program->papers.size(), 5);
}

QTEST_GUILESS_MAIN(PaperImportTest)
#include "tst_paperimport.moc"
