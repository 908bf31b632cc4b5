// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "programcache.h"

#include "manifest.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>

#include <utility>
#include <zlib.h>

namespace wc {

namespace {

Q_LOGGING_CATEGORY(lcCache, "wc.core.cache", QtWarningMsg)

constexpr quint32 magic = 0x57435053; // "WCPS"
constexpr auto streamVersion = QDataStream::Qt_6_4;
// The length that marks a null string or byte array, as QDataStream has it.
constexpr quint32 nullMarker = 0xffffffff;
constexpr qint64 staleTemporaryMs = 60 * 60 * 1000;

void configure(QDataStream &stream)
{
    stream.setVersion(streamVersion);
    // Every platform we ship on is little-endian: numbers go to disk and back
    // as they are in memory.
    stream.setByteOrder(QDataStream::LittleEndian);
}

QString snapshotSuffix()
{
    return QStringLiteral(".snapshot");
}

// How a QDateTime is pinned to the time line; stored as one byte.
enum class Spec : quint8 { Invalid, Utc, Offset, Zone, Local };

class Writer {
public:
    explicit Writer(QByteArray *payload)
        : m_out(payload, QIODevice::WriteOnly)
    {
        configure(m_out);
    }

    bool ok() const { return m_out.status() == QDataStream::Ok; }

    // UTF-8, half the bytes of QDataStream's UTF-16 for the mostly ASCII
    // text of a program: half to read and to checksum on every start.
    void string(const QString &s)
    {
        if (s.isNull()) {
            m_out << nullMarker;
            return;
        }
        const auto utf8 = s.toUtf8();
        m_out << quint32(utf8.size());
        m_out.writeRawData(utf8.constData(), int(utf8.size()));
    }
    void strings(const QStringList &list)
    {
        m_out << quint32(list.size());
        for (const auto &s : list)
            string(s);
    }
    void boolean(bool b) { m_out << quint8(b ? 1 : 0); }

    // The instant, plus the offset it had when written so that a change in
    // the system's time zone rules shows on reading; zones by IANA id.
    void dateTime(const QDateTime &t)
    {
        if (!t.isValid()) {
            m_out << quint8(Spec::Invalid);
            return;
        }
        switch (t.timeSpec()) {
        case Qt::UTC:
            m_out << quint8(Spec::Utc);
            break;
        case Qt::OffsetFromUTC:
            m_out << quint8(Spec::Offset);
            break;
        case Qt::TimeZone:
            m_out << quint8(Spec::Zone);
            break;
        case Qt::LocalTime:
            m_out << quint8(Spec::Local);
            break;
        }
        m_out << qint64(t.toMSecsSinceEpoch()) << qint32(t.offsetFromUtc());
        if (t.timeSpec() == Qt::TimeZone)
            m_out << t.timeZone().id();
    }

    void links(const QList<Link> &links)
    {
        m_out << quint32(links.size());
        for (const auto &link : links) {
            string(link.name);
            string(link.url);
        }
    }

    void workshop(const Workshop &w)
    {
        m_out << qint32(w.format);
        string(w.id);
        string(w.title);
        string(w.subtitle);
        string(w.timeZoneId);
        m_out << (w.timeZone.isValid() ? w.timeZone.id() : QByteArray());
        m_out << quint32(w.days.size());
        for (const auto &day : w.days)
            m_out << day.date << day.start << day.end;
        string(w.venue.name);
        string(w.venue.city);
        m_out << quint32(w.venue.rooms.size());
        for (const auto &room : w.venue.rooms) {
            string(room.id);
            string(room.name);
        }
        links(w.links);
        string(w.syncUrl);
        m_out << quint32(w.committees.size());
        for (const auto &committee : w.committees) {
            string(committee.name);
            m_out << quint32(committee.members.size());
            for (const auto &member : committee.members) {
                string(member.name);
                string(member.affiliation);
                string(member.link);
            }
        }
        m_out << quint32(w.pages.size());
        for (const auto &page : w.pages) {
            string(page.id);
            string(page.title);
            string(page.body);
        }
    }

    void session(const Session &s)
    {
        string(s.id);
        m_out << s.day;
        dateTime(s.start);
        dateTime(s.end);
        m_out << quint8(s.kind);
        string(s.title);
        string(s.room);
        strings(s.speakers);
        strings(s.papers);
        string(s.abstract);
        links(s.links);
        boolean(s.cancelled);
    }

    void speaker(const Speaker &s)
    {
        string(s.id);
        string(s.name);
        string(s.affiliation);
        string(s.photo);
        string(s.bio);
        links(s.links);
    }

    void paper(const Paper &p)
    {
        string(p.id);
        string(p.title);
        strings(p.authors);
        string(p.abstract);
        string(p.posterSession);
        boolean(p.board.has_value());
        if (p.board)
            m_out << qint32(*p.board);
        links(p.links);
        boolean(p.retracted);
    }

    void manifest(const std::optional<Manifest> &manifest)
    {
        boolean(manifest.has_value());
        if (!manifest)
            return;
        m_out << qint32(manifest->format);
        string(manifest->edition);
        m_out << qint32(manifest->version);
        dateTime(manifest->published);
        m_out << quint32(manifest->files.size());
        for (const auto &file : manifest->files) {
            string(file.path);
            m_out << qint64(file.bytes) << file.sha256;
        }
    }

    void result(const QByteArray &stamp, const LoadResult &result)
    {
        m_out << stamp;
        const auto &program = *result.program;
        workshop(program.workshop);
        m_out << quint32(program.sessions.size());
        for (const auto &s : program.sessions)
            session(s);
        m_out << quint32(program.speakers.size());
        for (const auto &s : program.speakers)
            speaker(s);
        m_out << quint32(program.papers.size());
        for (const auto &p : program.papers)
            paper(p);
        manifest(program.manifest);
        m_out << quint32(result.problems.size());
        for (const auto &problem : result.problems) {
            string(problem.file);
            m_out << qint32(problem.line) << qint32(problem.column)
                  << quint8(problem.severity == Problem::Severity::Warning ? 1 : 0);
            string(problem.message);
        }
        m_out << qint64(result.counts.sessions) << qint64(result.counts.speakers)
              << qint64(result.counts.papers);
    }

private:
    QDataStream m_out;
};

// Reads what Writer wrote. The checksum has been verified by then, so a
// failure here means a bug or a forged file; either way every length and
// count is checked against the bytes left before anything is allocated, and
// the first failure sticks and ends the reading.
class Reader {
public:
    explicit Reader(const QByteArray &payload)
        : m_payload(payload)
        , m_in(m_payload)
    {
        configure(m_in);
    }

    bool ok() const { return !m_error && m_in.status() == QDataStream::Ok; }
    const char *error() const { return m_error ? m_error : "the payload is truncated"; }
    bool atEnd() const { return m_in.atEnd(); }

    std::optional<LoadResult> result(QByteArray *stamp)
    {
        const auto storedStamp = bytes();
        Program program;
        program.workshop = workshop();
        program.sessions = list<Session>(minSessionBytes, [this] { return session(); });
        program.speakers = list<Speaker>(minSpeakerBytes, [this] { return speaker(); });
        program.papers = list<Paper>(minPaperBytes, [this] { return paper(); });
        program.manifest = manifest();
        LoadResult result;
        result.problems = list<Problem>(minProblemBytes, [this] { return problem(); });
        result.counts.sessions = qsizetype(number<qint64>());
        result.counts.speakers = qsizetype(number<qint64>());
        result.counts.papers = qsizetype(number<qint64>());
        if (!ok())
            return std::nullopt;
        if (!atEnd()) {
            fail("the payload has bytes after its end");
            return std::nullopt;
        }
        program.index();
        result.program = std::move(program);
        if (stamp)
            *stamp = storedStamp;
        return result;
    }

private:
    // The fewest bytes each kind of item takes, to bound counts by what is left.
    static constexpr qint64 minStringBytes = 4; // its length
    static constexpr qint64 minLinkBytes = 2 * minStringBytes;
    static constexpr qint64 minDayBytes = 8 + 4 + 4;
    static constexpr qint64 minRoomBytes = 2 * minStringBytes;
    static constexpr qint64 minMemberBytes = 3 * minStringBytes;
    static constexpr qint64 minCommitteeBytes = minStringBytes + 4;
    static constexpr qint64 minPageBytes = 3 * minStringBytes;
    // Four strings, three counts, a date, two one-byte invalid times, kind, flag.
    static constexpr qint64 minSessionBytes = 7 * minStringBytes + 8 + 1 + 1 + 1 + 1;
    static constexpr qint64 minSpeakerBytes = 6 * minStringBytes;
    static constexpr qint64 minPaperBytes = 6 * minStringBytes + 1 + 1;
    static constexpr qint64 minManifestFileBytes = minStringBytes + 8 + 4;
    static constexpr qint64 minProblemBytes = 2 * minStringBytes + 4 + 4 + 1;

    void fail(const char *why)
    {
        if (!m_error)
            m_error = why;
    }

    qint64 remaining() const { return m_in.device()->bytesAvailable(); }

    template<typename T> T number()
    {
        T value {};
        m_in >> value;
        return value;
    }

    bool boolean()
    {
        const auto value = number<quint8>();
        if (value > 1)
            fail("a flag is neither 0 nor 1");
        return value == 1;
    }

    // The length of a string or byte array that follows, or nullopt for a
    // null one (or a failure).
    std::optional<quint32> length()
    {
        const auto n = number<quint32>();
        if (!ok() || n == nullMarker)
            return std::nullopt;
        if (qint64(n) > remaining()) {
            fail("a length runs past the end of the payload");
            return std::nullopt;
        }
        return n;
    }

    QString string()
    {
        const auto n = length();
        if (!n)
            return {};
        if (*n == 0)
            return QStringLiteral(""); // empty, not null, as written
        // Decoded straight from the payload: length() checked it is there.
        const auto text = QByteArrayView(m_payload).sliced(m_in.device()->pos(), *n);
        if (m_in.skipRawData(int(*n)) != int(*n)) {
            fail("a string is truncated");
            return {};
        }
        return QString::fromUtf8(text);
    }

    QByteArray bytes()
    {
        const auto n = length();
        if (!n)
            return {};
        QByteArray b(qsizetype(*n), Qt::Uninitialized);
        if (m_in.readRawData(b.data(), int(*n)) != int(*n)) {
            fail("a byte array is truncated");
            return {};
        }
        return b;
    }

    // A count of items taking at least `minBytes` each, then the items.
    template<typename T, typename F> QList<T> list(qint64 minBytes, F item)
    {
        const auto n = number<quint32>();
        if (!ok())
            return {};
        if (qint64(n) > remaining() / minBytes) {
            fail("a count is larger than the payload allows");
            return {};
        }
        QList<T> items;
        items.reserve(qsizetype(n));
        for (quint32 i = 0; i < n && ok(); ++i)
            items.append(item());
        return items;
    }

    QStringList strings()
    {
        return list<QString>(minStringBytes, [this] { return string(); });
    }

    QTimeZone zone(const QByteArray &id)
    {
        if (id.isEmpty())
            return {};
        // Building a zone from its id parses the zone's rules; sessions all
        // share the workshop's zone, so build it once.
        auto it = m_zones.find(id);
        if (it == m_zones.end())
            it = m_zones.insert(id, QTimeZone(id));
        if (!it->isValid())
            fail("a time zone is unknown to this system");
        return *it;
    }

    QDateTime dateTime()
    {
        const auto spec = number<quint8>();
        if (!ok() || spec == quint8(Spec::Invalid))
            return {};
        const auto msecs = number<qint64>();
        const auto offset = number<qint32>();
        QDateTime t;
        switch (Spec(spec)) {
        case Spec::Utc:
            t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            break;
        case Spec::Offset:
            t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
            break;
        case Spec::Zone:
            t = QDateTime::fromMSecsSinceEpoch(msecs, zone(bytes()));
            // The loader turns wall-clock times into instants with the
            // system's zone rules; when they have changed since (a tzdata
            // update), it would find other instants than the stored ones.
            if (ok() && t.offsetFromUtc() != offset)
                fail("the time zone rules changed since the snapshot was written");
            break;
        case Spec::Local:
            t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime);
            break;
        default:
            fail("a time has an unknown kind");
            break;
        }
        return t;
    }

    QList<Link> links()
    {
        return list<Link>(minLinkBytes, [this] {
            Link link;
            link.name = string();
            link.url = string();
            return link;
        });
    }

    Workshop workshop()
    {
        Workshop w;
        w.format = number<qint32>();
        w.id = string();
        w.title = string();
        w.subtitle = string();
        w.timeZoneId = string();
        w.timeZone = zone(bytes());
        w.days = list<Day>(minDayBytes, [this] {
            Day day;
            m_in >> day.date >> day.start >> day.end;
            return day;
        });
        w.venue.name = string();
        w.venue.city = string();
        w.venue.rooms = list<Room>(minRoomBytes, [this] {
            Room room;
            room.id = string();
            room.name = string();
            return room;
        });
        w.links = links();
        w.syncUrl = string();
        w.committees = list<Committee>(minCommitteeBytes, [this] {
            Committee committee;
            committee.name = string();
            committee.members = list<Member>(minMemberBytes, [this] {
                Member member;
                member.name = string();
                member.affiliation = string();
                member.link = string();
                return member;
            });
            return committee;
        });
        w.pages = list<Page>(minPageBytes, [this] {
            Page page;
            page.id = string();
            page.title = string();
            page.body = string();
            return page;
        });
        return w;
    }

    Session session()
    {
        Session s;
        s.id = string();
        m_in >> s.day;
        s.start = dateTime();
        s.end = dateTime();
        const auto kind = number<quint8>();
        if (kind > quint8(SessionKind::Other))
            fail("a session has an unknown kind");
        s.kind = SessionKind(kind);
        s.title = string();
        s.room = string();
        s.speakers = strings();
        s.papers = strings();
        s.abstract = string();
        s.links = links();
        s.cancelled = boolean();
        return s;
    }

    Speaker speaker()
    {
        Speaker s;
        s.id = string();
        s.name = string();
        s.affiliation = string();
        s.photo = string();
        s.bio = string();
        s.links = links();
        return s;
    }

    Paper paper()
    {
        Paper p;
        p.id = string();
        p.title = string();
        p.authors = strings();
        p.abstract = string();
        p.posterSession = string();
        if (boolean())
            p.board = number<qint32>();
        p.links = links();
        p.retracted = boolean();
        return p;
    }

    std::optional<Manifest> manifest()
    {
        if (!boolean())
            return std::nullopt;
        Manifest m;
        m.format = number<qint32>();
        m.edition = string();
        m.version = number<qint32>();
        m.published = dateTime();
        m.files = list<ManifestFile>(minManifestFileBytes, [this] {
            ManifestFile file;
            file.path = string();
            file.bytes = number<qint64>();
            file.sha256 = bytes();
            return file;
        });
        return m;
    }

    Problem problem()
    {
        Problem p;
        p.file = string();
        p.line = number<qint32>();
        p.column = number<qint32>();
        const auto severity = number<quint8>();
        if (severity > 1)
            fail("a problem has an unknown severity");
        p.severity = severity == 1 ? Problem::Severity::Warning : Problem::Severity::Error;
        p.message = string();
        return p;
    }

    const QByteArray m_payload;
    QDataStream m_in;
    const char *m_error = nullptr;
    QHash<QByteArray, QTimeZone> m_zones;
};

} // namespace

ProgramCache::ProgramCache(QString cacheDir)
    : m_dir(std::move(cacheDir))
{
}

quint32 ProgramCache::checksum(QByteArrayView payload)
{
    return quint32(
        crc32_z(0, reinterpret_cast<const Bytef *>(payload.data()), size_t(payload.size())));
}

namespace {

// Reads the snapshot in `file` if it was made for `key`; nullopt (with a
// warning saying why) when it is unusable in any way.
std::optional<LoadResult> readSnapshot(QFile &file, const QByteArray &key, QByteArray *stamp)
{
    const auto reject = [&file](const char *why) {
        qCWarning(lcCache) << "ignoring snapshot" << file.fileName() << ":" << why;
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return reject("it cannot be opened");
    if (file.size() > ProgramCache::maxSnapshotBytes)
        return reject("it is too large");

    QDataStream in(&file);
    configure(in);
    quint32 fileMagic = 0;
    quint32 fileFormat = 0;
    quint32 keyLength = 0;
    in >> fileMagic >> fileFormat >> keyLength;
    if (in.status() != QDataStream::Ok || fileMagic != magic)
        return reject("it is not a program snapshot");
    if (fileFormat != ProgramCache::format)
        return reject("its format is not this version's");
    if (keyLength != quint32(key.size()))
        return reject("it was written for another key");
    QByteArray fileKey(key.size(), Qt::Uninitialized);
    quint64 payloadLength = 0;
    quint32 storedChecksum = 0;
    if (in.readRawData(fileKey.data(), int(fileKey.size())) != fileKey.size())
        return reject("it is truncated");
    if (fileKey != key)
        return reject("it was written for another key");
    in >> payloadLength >> storedChecksum;
    if (in.status() != QDataStream::Ok)
        return reject("it is truncated");
    // Compared with what is left of the file before anything is allocated.
    if (payloadLength != quint64(file.size() - file.pos()))
        return reject("its length does not match its size");
    const auto payload = file.read(qint64(payloadLength));
    if (payload.size() != qsizetype(payloadLength))
        return reject("it cannot be read");
    if (ProgramCache::checksum(payload) != storedChecksum)
        return reject("its checksum does not match");

    Reader reader(payload);
    auto result = reader.result(stamp);
    if (!result)
        return reject(reader.error());
    qCDebug(lcCache) << "loaded snapshot" << file.fileName();
    return result;
}

// Writes a snapshot of `result` for `key` to `path`. QSaveFile writes a
// temporary file and renames it over the snapshot on commit, so a reader
// never sees half a snapshot, even after a crash.
bool writeSnapshot(
    const QString &path, const QByteArray &key, const LoadResult &result, const QByteArray &stamp)
{
    if (!result.program)
        return false;
    QByteArray payload;
    Writer writer(&payload);
    writer.result(stamp, result);
    if (!writer.ok() || payload.size() > ProgramCache::maxSnapshotBytes) {
        qCWarning(lcCache) << "not caching a program of" << payload.size() << "bytes";
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcCache) << "cannot write" << file.fileName() << file.errorString();
        return false;
    }
    QDataStream out(&file);
    configure(out);
    out << magic << ProgramCache::format << quint32(key.size());
    out.writeRawData(key.constData(), int(key.size()));
    out << quint64(payload.size()) << ProgramCache::checksum(payload);
    out.writeRawData(payload.constData(), int(payload.size()));
    if (out.status() != QDataStream::Ok || !file.commit()) {
        qCWarning(lcCache) << "cannot write" << file.fileName() << file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString ProgramCache::snapshotPath(const QByteArray &key) const
{
    return QDir(m_dir).filePath(QString::fromLatin1(key) + snapshotSuffix());
}

QByteArray ProgramCache::keyFor(const QString &folder, QStringView appVersion)
{
    if (!QFileInfo(folder).isDir())
        return {};
    QByteArray prefix;
    {
        QDataStream out(&prefix, QIODevice::WriteOnly);
        configure(out);
        // Qt's version too: the loader's results also depend on Qt (time
        // zone handling, text conversion), which the system may update
        // without a new app version.
        out << QByteArrayLiteral("wc-program-cache") << format << appVersion.toString()
            << QByteArray(qVersion());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prefix);
    const QDir dir(folder);
    auto files = programFiles;
    files.append(manifestFile);
    for (const auto &name : files) {
        // Each file goes in as its name and the hash of its contents, so
        // that no shift of bytes between files can give the same key.
        QByteArray record;
        QDataStream out(&record, QIODevice::WriteOnly);
        configure(out);
        out << name;
        QFile file(dir.filePath(name));
        if (!file.exists()) {
            out << quint8(0);
        } else {
            // Hashed on every start, so SHA-1, about four times as fast as
            // SHA-256 here: whoever can make two program folders with one
            // SHA-1 can as well publish the program they want shown.
            QCryptographicHash contents(QCryptographicHash::Sha1);
            if (!file.open(QIODevice::ReadOnly) || !contents.addData(&file)) {
                qCWarning(lcCache) << "cannot read" << file.fileName() << file.errorString();
                return {};
            }
            out << quint8(1) << contents.result();
        }
        hash.addData(record);
    }
    return hash.result().toHex();
}

QByteArray ProgramCache::dependencyStamp(const QString &folder, const Program &program)
{
    QByteArray records;
    QDataStream out(&records, QIODevice::WriteOnly);
    configure(out);
    const QDir dir(folder);
    const auto add = [&](const QString &path) {
        const QFileInfo info(dir.filePath(path));
        out << path << info.exists() << qint64(info.exists() ? info.size() : -1)
            << qint64(info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
    };
    // The loader warns about a local photo that is missing (a URL has a colon).
    for (const auto &speaker : program.speakers) {
        if (!speaker.photo.isEmpty() && !speaker.photo.contains(QLatin1Char(':')))
            add(speaker.photo);
    }
    // It compares the files a manifest lists with their size and hash; the
    // program files among them are in the key already.
    if (program.manifest) {
        for (const auto &file : program.manifest->files) {
            if (!programFiles.contains(file.path) && file.path != manifestFile)
                add(file.path);
        }
    }
    return QCryptographicHash::hash(records, QCryptographicHash::Sha256).toHex();
}

std::optional<LoadResult> ProgramCache::load(const QByteArray &key, QByteArray *stamp) const
{
    if (m_dir.isEmpty() || !isSha256Hex(key))
        return std::nullopt;
    QFile file(snapshotPath(key));
    if (!file.exists()) {
        qCDebug(lcCache) << "no snapshot" << file.fileName();
        return std::nullopt;
    }
    auto result = readSnapshot(file, key, stamp);
    if (result) {
        // Pruning goes by modification time: a snapshot in use is kept.
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }
    return result;
}

bool ProgramCache::store(
    const QByteArray &key, const LoadResult &result, const QByteArray &stamp) const
{
    if (!result.program || m_dir.isEmpty() || !isSha256Hex(key))
        return false;
    if (!QDir().mkpath(m_dir)) {
        qCWarning(lcCache) << "cannot create" << m_dir;
        return false;
    }
    if (!writeSnapshot(snapshotPath(key), key, result, stamp))
        return false;
    prune(QFileInfo(snapshotPath(key)).fileName());
    return true;
}

QString ProgramCache::shippedSnapshotPath(const QString &folder)
{
    return QDir::cleanPath(folder) + snapshotSuffix();
}

bool ProgramCache::writeShippedSnapshot(
    const QString &folder, QStringView appVersion, const QString &path)
{
    const auto key = keyFor(folder, appVersion);
    if (key.isEmpty())
        return false;
    const auto result = loadProgramFolder(folder);
    if (!result.ok()) {
        qCWarning(lcCache) << folder << "does not load; no snapshot made";
        return false;
    }
    return writeSnapshot(path, key, result, {});
}

std::optional<LoadResult> ProgramCache::loadShipped(const QString &folder, const QByteArray &key)
{
    QFile file(shippedSnapshotPath(folder));
    if (!isSha256Hex(key) || !file.exists())
        return std::nullopt;
    return readSnapshot(file, key, nullptr);
}

void ProgramCache::prune(const QString &keep) const
{
    const QDir dir(m_dir);
    // Newest first: the snapshot just written, then those loaded lately.
    const auto snapshots = dir.entryInfoList(
        {QLatin1Char('*') + snapshotSuffix()}, QDir::Files | QDir::Hidden, QDir::Time);
    int kept = 1;
    for (const auto &info : snapshots) {
        if (info.fileName() == keep)
            continue;
        if (kept < maxSnapshots) {
            ++kept;
            continue;
        }
        qCDebug(lcCache) << "removing old snapshot" << info.filePath();
        QFile::remove(info.filePath());
    }
    // Where QSaveFile cannot use an unnamed temporary file, a crash while
    // writing leaves "<key>.snapshot.XXXXXX"; once it is old enough not to
    // be another instance's write in progress, it is litter.
    const auto now = QDateTime::currentDateTimeUtc();
    const auto temporaries = dir.entryInfoList(
        {QLatin1Char('*') + snapshotSuffix() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    for (const auto &info : temporaries) {
        if (info.lastModified().msecsTo(now) > staleTemporaryMs)
            QFile::remove(info.filePath());
    }
}

LoadResult loadProgramFolderCached(
    const QString &folder, const ProgramCache &cache, QStringView appVersion)
{
    const auto key = ProgramCache::keyFor(folder, appVersion);
    if (key.isEmpty())
        return loadProgramFolder(folder);
    if (auto shipped = ProgramCache::loadShipped(folder, key))
        return std::move(*shipped);
    QByteArray stamp;
    if (auto cached = cache.load(key, &stamp)) {
        if (ProgramCache::dependencyStamp(folder, *cached->program) == stamp)
            return std::move(*cached);
        qCDebug(lcCache) << "files referenced from" << folder << "changed; loading the YAML";
    }
    auto result = loadProgramFolder(folder);
    // A file saved while the loader read it must not leave a snapshot of the
    // new contents under the old contents' key: store only when the files
    // are the same before and after.
    if (result.ok() && ProgramCache::keyFor(folder, appVersion) == key)
        cache.store(key, result, ProgramCache::dependencyStamp(folder, *result.program));
    return result;
}

} // namespace wc
