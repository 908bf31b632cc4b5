// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Binary snapshots of loaded programs: they restore exactly what the loader
// gave, their key follows every byte of the program files, and no damaged
// snapshot is ever taken for a program.

#include "jsonexport.h"
#include "manifest.h"
#include "programcache.h"
#include "programloader.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace wc;

namespace {

const QString appVersion = QStringLiteral("1.2.3");

// The snapshot header, as documented in programcache.h.
constexpr qsizetype formatOffset = 4;
constexpr qsizetype lengthOffset = 4 + 4 + 4 + 64;
constexpr qsizetype checksumOffset = lengthOffset + 8;
constexpr qsizetype payloadOffset = checksumOffset + 4;

QString describe(const QDateTime &t)
{
    return QStringLiteral("%1 spec=%2 offset=%3 zone=%4 ms=%5")
        .arg(t.toString(Qt::ISODateWithMs))
        .arg(int(t.timeSpec()))
        .arg(t.offsetFromUtc())
        .arg(QString::fromLatin1(t.timeZone().id()))
        .arg(t.toMSecsSinceEpoch());
}

// Everything a LoadResult holds, as text: the normalized JSON covers the
// records' fields, the rest covers what it leaves out (zones and specs of
// times, the manifest, problems, counts).
QString describe(const LoadResult &result)
{
    QStringList lines;
    lines.append(QStringLiteral("counts %1 %2 %3")
                     .arg(result.counts.sessions)
                     .arg(result.counts.speakers)
                     .arg(result.counts.papers));
    for (const auto &problem : result.problems)
        lines.append(problem.toString());
    if (!result.program)
        return lines.join(QLatin1Char('\n'));
    const auto &program = *result.program;
    lines.append(QString::fromUtf8(programToJson(program)));
    const auto &w = program.workshop;
    lines.append(QStringLiteral("format %1 zone %2 valid %3")
                     .arg(w.format)
                     .arg(QString::fromLatin1(w.timeZone.id()))
                     .arg(w.timeZone.isValid()));
    for (const auto &day : w.days) {
        lines.append(QStringLiteral("day %1 %2 %3 %4")
                         .arg(day.date.toJulianDay())
                         .arg(day.start.msecsSinceStartOfDay())
                         .arg(day.end.msecsSinceStartOfDay())
                         .arg(day.start.isNull()));
    }
    for (const auto &s : program.sessions)
        lines.append(
            QStringLiteral("session %1 %2 %3").arg(s.id, describe(s.start), describe(s.end)));
    if (const auto &m = program.manifest) {
        lines.append(QStringLiteral("manifest %1 %2 %3 %4")
                         .arg(m->format)
                         .arg(m->edition)
                         .arg(m->version)
                         .arg(describe(m->published)));
        for (const auto &file : m->files) {
            lines.append(QStringLiteral("file %1 %2 %3")
                             .arg(file.path)
                             .arg(file.bytes)
                             .arg(QString::fromLatin1(file.sha256)));
        }
    } else {
        lines.append(QStringLiteral("no manifest"));
    }
    return lines.join(QLatin1Char('\n'));
}

// Recomputes the payload's length and checksum after a test changed the
// payload, so that the damage reaches the decoder instead of stopping at the
// header.
QByteArray resealed(QByteArray snapshot)
{
    qToLittleEndian<quint64>(snapshot.size() - payloadOffset, snapshot.data() + lengthOffset);
    qToLittleEndian<quint32>(ProgramCache::checksum(QByteArrayView(snapshot).sliced(payloadOffset)),
        snapshot.data() + checksumOffset);
    return snapshot;
}

// Puts `bytes` in place of the file at `path`. Removing it first spares the
// tests ext4's flush on truncating a file, which makes thousands of
// rewrites take seconds.
bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    return test::writeFile(path, bytes);
}

// Hides the cache's warnings while a test feeds it thousands of bad files.
class QuietCache {
public:
    QuietCache()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("wc.core.cache.warning=false"));
    }
    ~QuietCache() { QLoggingCategory::setFilterRules(QString()); }
    QuietCache(const QuietCache &) = delete;
    QuietCache &operator=(const QuietCache &) = delete;
};

} // namespace

class ProgramCacheTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void keyIsHexSha256AndStable();
    void keyChangesWithAnyByte();
    void keyChangesWhenAFileComesOrGoes();
    void keyChangesWithAppVersion();
    void keyIsEmptyWhenFolderCannotBeRead();
    void missingSnapshotIsAMiss();
    void snapshotOfAnotherKeyIsAMiss();
    void otherFormatIsAMiss();
    void damageIsLogged();
    void truncatedSnapshots();
    void flippedBytes();
    void zeroedAndRandomSnapshots();
    void hugeLengthField();
    void damagedPayloadBehindAValidChecksum();
    void storeNeedsAProgram();
    void storeLeavesNoTemporaryFile();
    void storeFailsWhereItCannotWrite();
    void storeIntoReadOnlyFolderKeepsOldSnapshot();
    void pruneKeepsRecentlyUsed();
    void cachedLoadEqualsLoader();
    void cachedLoadDoesNotStoreErrors();
    void cachedLoadFollowsEdits();
    void cachedLoadFollowsPhotos();
    void cachedLoadFollowsManifestListedFiles();
    void shippedSnapshotServesWithoutTheCache();
    void shippedSnapshotOfOtherFilesIsIgnored();
    void shippedSnapshotNeedsAProgram();
    void timings();

private:
    // A snapshot of the bundled program in a fresh cache; returns its key.
    QByteArray storeBundled(const ProgramCache &cache);

    QRandomGenerator m_random {20260301};
};

void ProgramCacheTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QByteArray ProgramCacheTest::storeBundled(const ProgramCache &cache)
{
    const auto key = ProgramCache::keyFor(test::bundledPath(), appVersion);
    const auto result = loadProgramFolder(test::bundledPath());
    if (key.isEmpty() || !result.ok() || !cache.store(key, result))
        return {};
    return key;
}

void ProgramCacheTest::roundTrip_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("warnings");
    QTest::newRow("bundled") << test::bundledPath() << false;
    QTest::newRow("valid") << test::dataPath(QStringLiteral("valid")) << false;
    QTest::newRow("warnings") << test::dataPath(QStringLiteral("warnings")) << true;
}

void ProgramCacheTest::roundTrip()
{
    QFETCH(QString, folder);
    QFETCH(bool, warnings);
    const auto original = loadProgramFolder(folder);
    QVERIFY2(original.ok(), qPrintable(original.problems.value(0).toString()));
    QCOMPARE(!original.problems.isEmpty(), warnings);

    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    const auto key = ProgramCache::keyFor(folder, appVersion);
    QVERIFY(cache.store(key, original, "stamp"));
    QByteArray stamp;
    const auto restored = cache.load(key, &stamp);
    QVERIFY(restored);
    QCOMPARE(stamp, QByteArray("stamp"));
    QCOMPARE(describe(*restored), describe(original));
    QCOMPARE(programToJson(*restored->program), programToJson(*original.program));
    QCOMPARE(restored->problems, original.problems);
    QCOMPARE(restored->counts.sessions, original.counts.sessions);
    QCOMPARE(restored->counts.speakers, original.counts.speakers);
    QCOMPARE(restored->counts.papers, original.counts.papers);
    QCOMPARE(restored->program->manifest.has_value(), original.program->manifest.has_value());

    // The lookups are rebuilt, not just the lists.
    const auto &program = *restored->program;
    for (const auto &session : program.sessions)
        QCOMPARE(program.session(session.id), &session);
    for (const auto &speaker : program.speakers)
        QCOMPARE(program.speaker(speaker.id), &speaker);
    for (const auto &paper : program.papers)
        QCOMPARE(program.paper(paper.id), &paper);
    for (const auto &room : program.workshop.venue.rooms)
        QCOMPARE(program.room(room.id)->name, room.name);
}

void ProgramCacheTest::keyIsHexSha256AndStable()
{
    const auto key = ProgramCache::keyFor(test::bundledPath(), appVersion);
    QVERIFY(isSha256Hex(key));
    QCOMPARE(ProgramCache::keyFor(test::bundledPath(), appVersion), key);

    // The key is the contents', not the folder's: a copy shares it.
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::bundledPath(), dir.path()));
    QCOMPARE(ProgramCache::keyFor(dir.path(), appVersion), key);
}

void ProgramCacheTest::keyChangesWithAnyByte()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::bundledPath(), dir.path()));
    const auto key = ProgramCache::keyFor(dir.path(), appVersion);
    auto files = programFiles;
    files.append(manifestFile);
    for (const auto &name : files) {
        const auto path = QDir(dir.path()).filePath(name);
        const auto original = test::readFile(path);
        QVERIFY(!original.isEmpty());
        for (const auto position : {qsizetype(0), original.size() / 2, original.size() - 1}) {
            auto changed = original;
            changed[position] = char(changed[position] ^ 0x01);
            QVERIFY(test::writeFile(path, changed));
            QVERIFY2(ProgramCache::keyFor(dir.path(), appVersion) != key,
                qPrintable(QStringLiteral("%1 at %2").arg(name).arg(position)));
        }
        QVERIFY(test::writeFile(path, original + ' '));
        QVERIFY(ProgramCache::keyFor(dir.path(), appVersion) != key);
        QVERIFY(test::writeFile(path, original));
        QCOMPARE(ProgramCache::keyFor(dir.path(), appVersion), key);
    }
    // Other files are not program files.
    QVERIFY(test::writeFile(QDir(dir.path()).filePath(QStringLiteral("notes.txt")), "x"));
    QCOMPARE(ProgramCache::keyFor(dir.path(), appVersion), key);
}

void ProgramCacheTest::keyChangesWhenAFileComesOrGoes()
{
    QTemporaryDir dir;
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), dir.path()));
    const auto key = ProgramCache::keyFor(dir.path(), appVersion);
    const auto manifest = QDir(dir.path()).filePath(manifestFile);

    // An empty file is not an absent one.
    QVERIFY(test::writeFile(manifest, {}));
    const auto withEmptyManifest = ProgramCache::keyFor(dir.path(), appVersion);
    QVERIFY(withEmptyManifest != key);
    QVERIFY(QFile::remove(manifest));
    QCOMPARE(ProgramCache::keyFor(dir.path(), appVersion), key);

    const auto speakers = QDir(dir.path()).filePath(QStringLiteral("speakers.yaml"));
    const auto bytes = test::readFile(speakers);
    QVERIFY(QFile::remove(speakers));
    const auto withoutSpeakers = ProgramCache::keyFor(dir.path(), appVersion);
    QVERIFY(withoutSpeakers != key);
    QVERIFY(withoutSpeakers != withEmptyManifest);
    QVERIFY(test::writeFile(speakers, bytes));
    QCOMPARE(ProgramCache::keyFor(dir.path(), appVersion), key);
}

void ProgramCacheTest::keyChangesWithAppVersion()
{
    const auto folder = test::bundledPath();
    const auto key = ProgramCache::keyFor(folder, appVersion);
    QVERIFY(ProgramCache::keyFor(folder, u"1.2.4") != key);
    QVERIFY(ProgramCache::keyFor(folder, u"") != key);
    QVERIFY(ProgramCache::keyFor(folder, u"") != ProgramCache::keyFor(folder, u"1"));
}

void ProgramCacheTest::keyIsEmptyWhenFolderCannotBeRead()
{
    QTemporaryDir dir;
    QVERIFY(ProgramCache::keyFor(dir.filePath(QStringLiteral("absent")), appVersion).isEmpty());
    const auto file = dir.filePath(QStringLiteral("file"));
    QVERIFY(test::writeFile(file, "x"));
    QVERIFY(ProgramCache::keyFor(file, appVersion).isEmpty());

    // A program file that cannot be read as a file.
    const auto folder = dir.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), folder));
    QVERIFY(QDir(folder).mkdir(manifestFile));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot read")));
    QVERIFY(ProgramCache::keyFor(folder, appVersion).isEmpty());
}

void ProgramCacheTest::missingSnapshotIsAMiss()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("never-created")));
    QVERIFY(!cache.load(ProgramCache::keyFor(test::bundledPath(), appVersion)));
    QVERIFY(!cache.load("not a key"));
    QVERIFY(!QFileInfo::exists(cache.cacheDir()));
    // No cache location at all (QStandardPaths may give none).
    const ProgramCache none {QString()};
    const auto result = loadProgramFolder(test::bundledPath());
    QVERIFY(!none.store(ProgramCache::keyFor(test::bundledPath(), appVersion), result));
}

void ProgramCacheTest::snapshotOfAnotherKeyIsAMiss()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto other = ProgramCache::keyFor(test::bundledPath(), u"another version");
    QVERIFY(QFile::copy(cache.snapshotPath(key), cache.snapshotPath(other)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("another key")));
    QVERIFY(!cache.load(other));
    QVERIFY(cache.load(key));
}

void ProgramCacheTest::otherFormatIsAMiss()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    auto bytes = test::readFile(path);
    qToLittleEndian<quint32>(ProgramCache::format + 1, bytes.data() + formatOffset);
    QVERIFY(replaceFile(path, bytes));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("format")));
    QVERIFY(!cache.load(key));
}

void ProgramCacheTest::damageIsLogged()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    auto bytes = test::readFile(path);
    bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x40);
    QVERIFY(replaceFile(path, bytes));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checksum")));
    QVERIFY(!cache.load(key));
}

void ProgramCacheTest::truncatedSnapshots()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    const auto bytes = test::readFile(path);
    QuietCache quiet;
    // Every cut inside the header and the start of the payload, then a
    // spread over the rest, and one byte short.
    QList<qsizetype> lengths;
    for (qsizetype n = 0; n < payloadOffset + 64; ++n)
        lengths.append(n);
    for (qsizetype n = payloadOffset + 64; n < bytes.size(); n += 1 + bytes.size() / 97)
        lengths.append(n);
    lengths.append(bytes.size() - 1);
    for (const auto n : lengths) {
        QVERIFY(replaceFile(path, bytes.left(n)));
        QVERIFY2(!cache.load(key), qPrintable(QStringLiteral("truncated to %1").arg(n)));
    }
    // One byte too many is damage as well.
    QVERIFY(replaceFile(path, bytes + '\0'));
    QVERIFY(!cache.load(key));
}

void ProgramCacheTest::flippedBytes()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    const auto bytes = test::readFile(path);
    QuietCache quiet;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < payloadOffset + 16; ++i)
        positions.append(i);
    for (int i = 0; i < 200; ++i)
        positions.append(payloadOffset + m_random.bounded(bytes.size() - payloadOffset));
    positions.append(bytes.size() - 1);
    for (const auto position : positions) {
        for (const int bit : {0, 7}) {
            auto damaged = bytes;
            damaged[position] = char(damaged[position] ^ (1 << bit));
            QVERIFY(replaceFile(path, damaged));
            QVERIFY2(!cache.load(key),
                qPrintable(QStringLiteral("bit %1 of byte %2").arg(bit).arg(position)));
        }
    }
}

void ProgramCacheTest::zeroedAndRandomSnapshots()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    const auto size = test::readFile(path).size();
    QuietCache quiet;

    QVERIFY(replaceFile(path, {}));
    QVERIFY(!cache.load(key));
    QVERIFY(replaceFile(path, QByteArray(size, '\0')));
    QVERIFY(!cache.load(key));
    QVERIFY(replaceFile(path, QByteArray(size, '\xff')));
    QVERIFY(!cache.load(key));
    for (const qsizetype n : {qsizetype(1), qsizetype(7), payloadOffset, size, size * 2}) {
        QByteArray garbage(n, Qt::Uninitialized);
        for (auto &c : garbage)
            c = char(m_random.bounded(256));
        QVERIFY(replaceFile(path, garbage));
        QVERIFY(!cache.load(key));
    }
}

void ProgramCacheTest::hugeLengthField()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    const auto bytes = test::readFile(path);
    QuietCache quiet;
    for (const quint64 length : {quint64(0), quint64(1) << 31, quint64(1) << 62, ~quint64(0)}) {
        auto damaged = bytes;
        qToLittleEndian<quint64>(length, damaged.data() + lengthOffset);
        QVERIFY(replaceFile(path, damaged));
        QVERIFY(!cache.load(key));
    }
    // A key length that would run far past the file.
    auto damaged = bytes;
    qToLittleEndian<quint32>(0xfffffff0, damaged.data() + 8);
    QVERIFY(replaceFile(path, damaged));
    QVERIFY(!cache.load(key));
}

void ProgramCacheTest::damagedPayloadBehindAValidChecksum()
{
    // What no accident produces, but a bug or a forged file could: the
    // decoder itself must stay within the payload, allocate only what the
    // payload can hold and never crash. Whether such a file loads is not
    // the point; that the process survives is.
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto path = cache.snapshotPath(key);
    const auto bytes = test::readFile(path);
    QVERIFY(cache.load(key));
    QuietCache quiet;
    const auto payloadSize = bytes.size() - payloadOffset;
    int rejected = 0;
    int cases = 0;
    const auto attempt = [&](const QByteArray &damaged) {
        QVERIFY(replaceFile(path, resealed(damaged)));
        const auto result = cache.load(key);
        ++cases;
        if (!result)
            ++rejected;
        else
            QVERIFY(result->program); // a hit always carries a program
    };
    // Counts and lengths made huge, in the first bytes (the stamp, the
    // workshop's fields) and at random places further on.
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < 160 && i + 4 <= payloadSize; ++i)
        positions.append(i);
    for (int i = 0; i < 160; ++i)
        positions.append(m_random.bounded(payloadSize - 4));
    for (const auto position : positions) {
        for (const quint32 value : {0x7fffffffu, 0xfffffffeu}) {
            auto damaged = bytes;
            qToLittleEndian<quint32>(value, damaged.data() + payloadOffset + position);
            attempt(damaged);
        }
        auto flipped = bytes;
        flipped[payloadOffset + position] = char(flipped[payloadOffset + position] ^ 0x80);
        attempt(flipped);
    }
    // Cut short, and with bytes after the end.
    for (qsizetype n = 0; n < payloadSize; n += 1 + payloadSize / 50)
        attempt(bytes.left(payloadOffset + n));
    attempt(bytes + QByteArray(8, '\0'));
    // Most land in text and make another valid program; the rest must be caught.
    qInfo("%d of %d damaged payloads were rejected", rejected, cases);
    QVERIFY(rejected > 0);
}

void ProgramCacheTest::storeNeedsAProgram()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    const auto result = loadProgramFolder(test::dataPath(QStringLiteral("broken")));
    QVERIFY(!result.ok());
    QVERIFY(!cache.store(ProgramCache::keyFor(test::bundledPath(), appVersion), result));
    const auto valid = loadProgramFolder(test::bundledPath());
    QVERIFY(!cache.store("not a key", valid));
    QVERIFY(!QFileInfo::exists(cache.cacheDir()));
}

void ProgramCacheTest::storeLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("a/b/programs")));
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    // Storing again replaces the snapshot.
    QVERIFY(cache.store(key, loadProgramFolder(test::bundledPath())));
    const auto entries =
        QDir(cache.cacheDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(entries, QStringList {QFileInfo(cache.snapshotPath(key)).fileName()});
    QVERIFY(cache.load(key));
}

void ProgramCacheTest::storeFailsWhereItCannotWrite()
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("file"));
    QVERIFY(test::writeFile(file, "x"));
    // The cache folder would have to be inside a file: it cannot be created
    // (also when the tests run as root, who may write anywhere else).
    const ProgramCache cache(QDir(file).filePath(QStringLiteral("programs")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot create")));
    QVERIFY(storeBundled(cache).isEmpty());
    QCOMPARE(test::readFile(file), QByteArray("x"));
}

void ProgramCacheTest::storeIntoReadOnlyFolderKeepsOldSnapshot()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    const auto key = storeBundled(cache);
    QVERIFY(!key.isEmpty());
    const auto before = test::readFile(cache.snapshotPath(key));
    const auto permissions = QFile::permissions(cache.cacheDir());
    QVERIFY(QFile::setPermissions(cache.cacheDir(), QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(cache.cacheDir(), permissions); });
    if (test::writeFile(QDir(cache.cacheDir()).filePath(QStringLiteral("probe")), "x"))
        QSKIP("permissions are not enforced for this user (root?)");

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot write")));
    QVERIFY(!cache.store(key, loadProgramFolder(test::bundledPath())));
    const auto entries =
        QDir(cache.cacheDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(test::readFile(cache.snapshotPath(key)), before);
    QVERIFY(cache.load(key));
}

void ProgramCacheTest::pruneKeepsRecentlyUsed()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.path());
    const auto result = loadProgramFolder(test::dataPath(QStringLiteral("valid")));
    QVERIFY(result.ok());
    QList<QByteArray> keys;
    for (int i = 0; i < 8; ++i)
        keys.append(ProgramCache::keyFor(test::bundledPath(), QString::number(i)));
    // Ages set by hand, a minute apart and long ago, so that the order does
    // not hang on the file system's timestamp resolution.
    const auto age = [&](const QByteArray &key, int minutesAgo) {
        QFile file(cache.snapshotPath(key));
        return file.open(QIODevice::ReadWrite) &&
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo),
                QFileDevice::FileModificationTime);
    };
    const auto present = [&] {
        QList<int> indexes;
        for (int i = 0; i < keys.size(); ++i) {
            if (QFileInfo::exists(cache.snapshotPath(keys[i])))
                indexes.append(i);
        }
        return indexes;
    };
    for (int i = 0; i < 5; ++i) {
        QVERIFY(cache.store(keys[i], result));
        QVERIFY(age(keys[i], 100 - i));
    }
    // The fifth store removed the oldest.
    QCOMPARE(present(), (QList<int> {1, 2, 3, 4}));
    // Loading marks a snapshot as used: the next store drops 2, not 1.
    QVERIFY(cache.load(keys[1]));
    QVERIFY(cache.store(keys[5], result));
    QCOMPARE(present(), (QList<int> {1, 3, 4, 5}));

    // Other files in the folder are left alone, except a crashed write's
    // temporary file once it is old.
    const auto notes = QDir(dir.path()).filePath(QStringLiteral("notes.txt"));
    const auto litter = cache.snapshotPath(keys[7]) + QStringLiteral(".Ab12Cd");
    const auto fresh = cache.snapshotPath(keys[7]) + QStringLiteral(".Xy34Zw");
    QVERIFY(test::writeFile(notes, "x"));
    QVERIFY(test::writeFile(litter, "partial"));
    QVERIFY(test::writeFile(fresh, "in progress"));
    {
        QFile file(litter);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(
            QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    }
    QVERIFY(cache.store(keys[6], result));
    QCOMPARE(present(), (QList<int> {1, 4, 5, 6}));
    QVERIFY(QFileInfo::exists(notes));
    QVERIFY(QFileInfo::exists(fresh));
    QVERIFY(!QFileInfo::exists(litter));
}

void ProgramCacheTest::cachedLoadEqualsLoader()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    for (const auto &folder : {test::bundledPath(), test::dataPath(QStringLiteral("warnings"))}) {
        const auto expected = describe(loadProgramFolder(folder));
        QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), expected);
        const auto key = ProgramCache::keyFor(folder, appVersion);
        QVERIFY(QFileInfo::exists(cache.snapshotPath(key)));
        QVERIFY(cache.load(key));
        QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), expected);
    }
    // A damaged snapshot falls back to the YAML and is replaced.
    const auto key = ProgramCache::keyFor(test::bundledPath(), appVersion);
    QVERIFY(replaceFile(cache.snapshotPath(key), "garbage"));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("not a program snapshot")));
    QCOMPARE(describe(loadProgramFolderCached(test::bundledPath(), cache, appVersion)),
        describe(loadProgramFolder(test::bundledPath())));
    QVERIFY(cache.load(key));
}

void ProgramCacheTest::cachedLoadDoesNotStoreErrors()
{
    QTemporaryDir dir;
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    for (const auto &folder :
        {test::dataPath(QStringLiteral("broken")), dir.filePath(QStringLiteral("absent"))}) {
        const auto expected = loadProgramFolder(folder);
        QVERIFY(!expected.ok());
        QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), describe(expected));
    }
    QVERIFY(QDir(cache.cacheDir()).isEmpty(QDir::Files | QDir::NoDotAndDotDot));
}

void ProgramCacheTest::cachedLoadFollowsEdits()
{
    QTemporaryDir dir;
    const auto folder = dir.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), folder));
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    const auto first = loadProgramFolderCached(folder, cache, appVersion);
    QVERIFY(first.ok());

    const auto workshop = QDir(folder).filePath(QStringLiteral("workshop.yaml"));
    const auto original = test::readFile(workshop);
    auto edited = original;
    edited.replace("title: Test Workshop on Loader Fixtures", "title: Edited Title");
    QVERIFY(edited != original);
    QVERIFY(test::writeFile(workshop, edited));
    const auto second = loadProgramFolderCached(folder, cache, appVersion);
    QVERIFY(second.ok());
    QCOMPARE(second.program->workshop.title, QStringLiteral("Edited Title"));
    QCOMPARE(describe(second), describe(loadProgramFolder(folder)));

    // Back to the first contents: the first snapshot serves again.
    QVERIFY(test::writeFile(workshop, original));
    QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), describe(first));
}

void ProgramCacheTest::cachedLoadFollowsPhotos()
{
    // Whether a local photo exists decides a warning, though the photo is
    // no program file.
    QTemporaryDir dir;
    const auto folder = dir.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), folder));
    const auto speakers = QDir(folder).filePath(QStringLiteral("speakers.yaml"));
    auto yaml = test::readFile(speakers);
    yaml.replace("photo: https://example.org/photos/jurgen-muller.jpg", "photo: photos/jurgen.jpg");
    QVERIFY(test::writeFile(speakers, yaml));
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));

    const auto without = loadProgramFolderCached(folder, cache, appVersion);
    QVERIFY(without.ok());
    QCOMPARE(without.problems.size(), 1);
    QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), describe(without));

    QVERIFY(QDir(folder).mkdir(QStringLiteral("photos")));
    QVERIFY(test::writeFile(QDir(folder).filePath(QStringLiteral("photos/jurgen.jpg")), "jpeg"));
    const auto with = loadProgramFolderCached(folder, cache, appVersion);
    QVERIFY(with.problems.isEmpty());
    QCOMPARE(describe(with), describe(loadProgramFolder(folder)));
    QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), describe(with));
}

void ProgramCacheTest::cachedLoadFollowsManifestListedFiles()
{
    // A published folder's manifest lists its photos by hash; a changed
    // photo makes the manifest stale, which the loader warns about.
    QTemporaryDir dir;
    const auto folder = dir.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), folder));
    const auto speakers = QDir(folder).filePath(QStringLiteral("speakers.yaml"));
    auto yaml = test::readFile(speakers);
    yaml.replace("photo: https://example.org/photos/jurgen-muller.jpg", "photo: jurgen.jpg");
    QVERIFY(test::writeFile(speakers, yaml));
    const auto photo = QDir(folder).filePath(QStringLiteral("jurgen.jpg"));
    QVERIFY(test::writeFile(photo, "jpeg"));
    const auto loaded = loadProgramFolder(folder);
    QVERIFY(loaded.ok());
    QString error;
    const auto manifest = buildManifest(folder, *loaded.program,
        QDateTime(QDate(2024, 7, 26), QTime(8, 0), loaded.program->workshop.timeZone), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(test::writeFile(QDir(folder).filePath(manifestFile), manifestYaml(manifest)));
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));

    const auto published = loadProgramFolderCached(folder, cache, appVersion);
    QVERIFY(published.ok());
    QVERIFY(published.program->manifest);
    QCOMPARE(published.problems.size(), 0);
    QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), describe(published));

    QVERIFY(test::writeFile(photo, "a larger jpeg"));
    const auto stale = loadProgramFolderCached(folder, cache, appVersion);
    QCOMPARE(stale.problems.size(), 1);
    QCOMPARE(describe(stale), describe(loadProgramFolder(folder)));
}

// The build ships the bundled program's snapshot beside its folder: a load
// reads that, gives what the YAML gives, and writes no cache.
void ProgramCacheTest::shippedSnapshotServesWithoutTheCache()
{
    QTemporaryDir dir;
    const auto folder = dir.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::bundledPath(), folder));
    QVERIFY(ProgramCache::writeShippedSnapshot(
        folder, appVersion, ProgramCache::shippedSnapshotPath(folder)));
    QCOMPARE(ProgramCache::shippedSnapshotPath(folder), folder + QStringLiteral(".snapshot"));

    const auto key = ProgramCache::keyFor(folder, appVersion);
    const auto shipped = ProgramCache::loadShipped(folder, key);
    QVERIFY(shipped);
    const auto expected = describe(loadProgramFolder(folder));
    QCOMPARE(describe(*shipped), expected);
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    QCOMPARE(describe(loadProgramFolderCached(folder, cache, appVersion)), expected);
    QVERIFY(!QFileInfo::exists(cache.cacheDir()));
}

// Edited files, or another app version, have another key: the shipped
// snapshot is passed over (with a warning) and the YAML loaded and cached.
void ProgramCacheTest::shippedSnapshotOfOtherFilesIsIgnored()
{
    QTemporaryDir dir;
    const auto folder = dir.filePath(QStringLiteral("program"));
    QVERIFY(test::copyFolder(test::dataPath(QStringLiteral("valid")), folder));
    QVERIFY(ProgramCache::writeShippedSnapshot(
        folder, appVersion, ProgramCache::shippedSnapshotPath(folder)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("another key")));
    QVERIFY(!ProgramCache::loadShipped(folder, ProgramCache::keyFor(folder, u"9.9.9")));

    const auto workshop = QDir(folder).filePath(QStringLiteral("workshop.yaml"));
    auto edited = test::readFile(workshop);
    edited.replace("title: Test Workshop on Loader Fixtures", "title: Edited Title");
    QVERIFY(test::writeFile(workshop, edited));
    const ProgramCache cache(dir.filePath(QStringLiteral("programs")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("another key")));
    const auto loaded = loadProgramFolderCached(folder, cache, appVersion);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.program->workshop.title, QStringLiteral("Edited Title"));
    QVERIFY(cache.load(ProgramCache::keyFor(folder, appVersion)));
}

void ProgramCacheTest::shippedSnapshotNeedsAProgram()
{
    QTemporaryDir dir;
    const auto output = dir.filePath(QStringLiteral("broken.snapshot"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not load")));
    QVERIFY(!ProgramCache::writeShippedSnapshot(
        test::dataPath(QStringLiteral("broken")), appVersion, output));
    QVERIFY(!QFileInfo::exists(output));
    QVERIFY(!ProgramCache::loadShipped(dir.filePath(QStringLiteral("absent")),
        ProgramCache::keyFor(test::bundledPath(), appVersion)));
}

void ProgramCacheTest::timings()
{
    // Figures only, never asserted: machines differ. WC_CACHE_BENCH_DIR
    // adds a folder of one's own (e.g. from bench/generate-edition).
    QStringList folders {test::bundledPath()};
    if (const auto extra = qEnvironmentVariable("WC_CACHE_BENCH_DIR"); !extra.isEmpty())
        folders.append(extra);
    for (const auto &folder : folders) {
        QTemporaryDir dir;
        const ProgramCache cache(dir.path());
        QElapsedTimer timer;
        timer.start();
        const auto yaml = loadProgramFolder(folder);
        const auto yamlMs = timer.nsecsElapsed() / 1e6;
        QVERIFY(yaml.ok());
        timer.restart();
        const auto key = ProgramCache::keyFor(folder, appVersion);
        const auto keyMs = timer.nsecsElapsed() / 1e6;
        QVERIFY(cache.store(key, yaml));
        timer.restart();
        const auto snapshot = cache.load(key);
        const auto loadMs = timer.nsecsElapsed() / 1e6;
        QVERIFY(snapshot);
        qInfo("%s: YAML %.1f ms; key %.1f ms + snapshot %.1f ms (%lld bytes)",
            qPrintable(QFileInfo(folder).fileName()), yamlMs, keyMs, loadMs,
            QFileInfo(cache.snapshotPath(key)).size());
    }
}

QTEST_GUILESS_MAIN(ProgramCacheTest)
#include "tst_programcache.moc"
