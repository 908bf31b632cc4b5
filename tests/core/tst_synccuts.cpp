// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// A small update synced over a link that drops: the site's answer for the
// manifest, then for the one file that changed, is cut after every number
// of bytes from 0 to its whole length, status line and headers included.
// Every cut is a network error that leaves the installed copy byte for byte
// as it was, with nothing half-written beside it; the same engine then takes
// the update once the whole answer comes through.

#include "loopbackhttpserver.h"
#include "programloader.h"
#include "syncengine.h"
#include "testsupport.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wc::SyncResult;

namespace {

const auto edition = QStringLiteral("testshop-2024");

} // namespace

class SyncCuts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cutAtEveryByte_data();
    void cutAtEveryByte();

private:
    SyncResult sync(wc::SyncEngine &engine);

    QTemporaryDir m_tmp {wc::test::memoryTempDirTemplate(QStringLiteral("tst_synccuts"))};
    QString m_folder; // the installed copy
    wc::test::LoopbackHttpServer m_server;
    QNetworkAccessManager m_network;
};

void SyncCuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_server.listen());
}

SyncResult SyncCuts::sync(wc::SyncEngine &engine)
{
    wc::SyncRequest request;
    request.url = m_server.url();
    request.folder = m_folder;
    request.edition = edition;
    QSignalSpy finished(&engine, &wc::SyncEngine::finished);
    engine.start(request);
    if (!finished.wait(20000) || finished.size() != 1)
        return {};
    return finished.first().first().value<SyncResult>();
}

void SyncCuts::cutAtEveryByte_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("manifest") << QStringLiteral("/manifest.yaml");
    QTest::newRow("changed file") << QStringLiteral("/speakers.yaml");
}

void SyncCuts::cutAtEveryByte()
{
    QFETCH(QString, path);
    const QDir base(m_tmp.filePath(path.mid(1)));
    const auto site = base.filePath(QStringLiteral("site"));
    m_folder = base.filePath(QStringLiteral("data/programs/") + edition);
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), site));
    QVERIFY(wc::test::publish(site, 1));
    m_server.setRoot(site);
    m_server.clearFaults();
    wc::SyncEngine engine(&m_network);
    QCOMPARE(sync(engine).outcome, SyncResult::Outcome::Updated);
    const auto &folder = m_folder;
    const auto programs = QFileInfo(folder).absolutePath();
    const auto installed = wc::test::snapshot(programs);

    // Version 2: one speaker's affiliation changed, one small file to fetch.
    const auto speakers = QDir(site).filePath(QStringLiteral("speakers.yaml"));
    QVERIFY(wc::test::writeFile(
        speakers, wc::test::replacedIn(speakers, "Example University", "Example College")));
    QVERIFY(wc::test::publish(site, 2));

    const auto size = m_server.responseSize(path);
    QVERIFY(size > 0);
    for (qint64 cut = 0; cut < size; ++cut) {
        m_server.setCut(path, cut);
        const auto result = sync(engine);
        const auto where =
            QStringLiteral("%1 cut after %2 of %3 bytes: ").arg(path).arg(cut).arg(size);
        QVERIFY2(result.outcome == SyncResult::Outcome::NetworkError,
            qPrintable(where +
                QStringLiteral("outcome %1, %2").arg(int(result.outcome)).arg(result.reason)));
        QVERIFY2(result.reason.contains(path.mid(1)), qPrintable(where + result.reason));
        QCOMPARE(result.version, 1);
        // The copy and what is beside it as they were: no staging folder, and
        // only the lock file, which a kernel lock keeps in place for good.
        if (wc::test::snapshot(programs) != installed) {
            const auto now = wc::test::snapshot(programs);
            QFAIL(qPrintable(where + QStringLiteral("the installed copy changed: ") +
                now.keys().join(QLatin1Char(' '))));
        }
        QVERIFY2(QDir(programs).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
                (QStringList {edition, edition + QStringLiteral(".lock")}),
            qPrintable(where +
                QDir(programs)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .join(QLatin1Char(' '))));
        QVERIFY2(wc::loadProgramFolder(folder).ok(), qPrintable(where));
    }
    qInfo("%s: %lld cuts, every one a network error with the copy intact", qPrintable(path), size);

    m_server.clearFaults();
    const auto result = sync(engine);
    QCOMPARE(result.outcome, SyncResult::Outcome::Updated);
    QCOMPARE(result.version, 2);
    QCOMPARE(wc::test::readFile(QDir(folder).filePath(QStringLiteral("speakers.yaml"))),
        wc::test::readFile(speakers));
}

QTEST_GUILESS_MAIN(SyncCuts)
#include "tst_synccuts.moc"
