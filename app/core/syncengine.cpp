// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "syncengine.h"

#include "atomicfile.h"
#include "logging.h"
#include "manifest.h"
#include "urlcache.h"
#include "programloader.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace wc {

namespace {

QString firstError(const QList<Problem> &problems)
{
    for (const auto &p : problems) {
        if (p.severity == Problem::Severity::Error)
            return QStringLiteral("%1:%2:%3: %4")
                .arg(p.file, QString::number(p.line), QString::number(p.column), p.message);
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 kib = 1024, mib = 1024 * 1024;
    if (bytes >= mib)
        return QStringLiteral("%1 MiB").arg(
            double(bytes) / double(mib), 0, 'f', bytes % mib ? 1 : 0);
    if (bytes >= kib)
        return QStringLiteral("%1 KiB").arg(
            double(bytes) / double(kib), 0, 'f', bytes % kib ? 1 : 0);
    return QStringLiteral("%1 bytes").arg(bytes);
}

// Photos are shown by the image decoders of the app; anything that is not
// recognisably an image (an HTML error page served with 200) is not kept.
bool looksLikeImage(const QByteArray &data)
{
    return data.startsWith("\xff\xd8\xff") || data.startsWith("\x89PNG\r\n\x1a\n") ||
        data.startsWith("GIF8") || (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") ||
        data.left(512).contains("<svg");
}

bool renameExchange(const QString &a, const QString &b)
{
    return ::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD,
               QFile::encodeName(b).constData(), RENAME_EXCHANGE) == 0;
}

bool renamePath(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

std::optional<SyncState> SyncState::read(const QString &folder)
{
    QFile file(QDir(folder).filePath(syncStateFile));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const auto doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    const auto o = doc.object();
    SyncState state;
    state.url = o.value(QLatin1String("url")).toString();
    state.etag = o.value(QLatin1String("etag")).toString().toLatin1();
    state.lastModified = o.value(QLatin1String("lastModified")).toString().toLatin1();
    state.fetched =
        QDateTime::fromString(o.value(QLatin1String("fetched")).toString(), Qt::ISODate);
    state.checked =
        QDateTime::fromString(o.value(QLatin1String("checked")).toString(), Qt::ISODate);
    if (state.url.isEmpty() || !state.fetched.isValid())
        return std::nullopt;
    if (!state.checked.isValid())
        state.checked = state.fetched;
    return state;
}

QByteArray SyncState::toJson() const
{
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("url"), url},
                             {QStringLiteral("etag"), QString::fromLatin1(etag)},
                             {QStringLiteral("lastModified"), QString::fromLatin1(lastModified)},
                             {QStringLiteral("fetched"), fetched.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("checked"), checked.toUTC().toString(Qt::ISODate)},
                         })
        .toJson(QJsonDocument::Indented);
}

bool isAllowedSyncUrl(const QUrl &url, QString *why)
{
    const auto scheme = url.scheme();
    bool allowed = false;
    if (url.isValid() && !url.host().isEmpty()) {
        if (scheme == QLatin1String("https"))
            allowed = true;
        else if (scheme == QLatin1String("http"))
            allowed =
                url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    }
    if (!allowed && why)
        *why = QStringLiteral("%1 is not an https:// address (plain http:// is only allowed to "
                              "this computer)")
                   .arg(url.toDisplayString());
    return allowed;
}

QString previousCopyFolder(const QString &folder)
{
    return QDir::cleanPath(folder) + QStringLiteral(".previous");
}

QString newestCopy(
    const QString &bundled, const QString &edition, int floorVersion, const QString &synced)
{
    for (const auto &candidate : {synced, previousCopyFolder(synced)}) {
        if (!QFileInfo(candidate).isDir())
            continue;
        const auto manifest = loadManifest(candidate);
        if (manifest && manifest->edition == edition && manifest->version > floorVersion)
            return candidate;
        if (manifest)
            break; // a copy that is no newer is not beaten by its predecessor
    }
    return bundled;
}

// One GET with the limits of SyncLimits, into `sink` or into body().
class SyncEngine::Transfer : public QObject {
public:
    struct Spec {
        QUrl url;
        QString name; // for messages
        qint64 maxBytes = 0;
        qint64 expectedBytes = -1;
        QIODevice *sink = nullptr;
        QList<std::pair<QByteArray, QByteArray>> headers;
        // More than the deadline, for large files of unknown size.
        std::chrono::milliseconds extraTime {0};
    };

    Transfer(QNetworkAccessManager *network, const Spec &spec, const SyncLimits &limits,
        std::function<void(Transfer *)> done, QObject *parent)
        : QObject(parent)
        , m_spec(spec)
        , m_done(std::move(done))
    {
        QNetworkRequest request(spec.url);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setHeader(
            QNetworkRequest::UserAgentHeader, QByteArray("WorkshopCompanion/" WC_VERSION));
        for (const auto &[name, value] : spec.headers)
            request.setRawHeader(name, value);
        m_reply = network->get(request);
        m_reply->setParent(this);
        m_reply->setReadBufferSize(256 * 1024);

        m_stall.setSingleShot(true);
        m_stall.setInterval(limits.stallTimeout);
        connect(&m_stall, &QTimer::timeout, this, [this] {
            fail(QStringLiteral("the site stopped sending %1 (nothing for %2 s)")
                     .arg(m_spec.name)
                     .arg(double(m_stall.interval()) / 1000.0),
                false);
        });
        m_deadline.setSingleShot(true);
        // A large file on a slow link gets longer, at 32 KiB/s at least.
        const auto allowance =
            std::chrono::milliseconds(std::max<qint64>(spec.expectedBytes, 0) * 1000 / (32 * 1024));
        m_deadline.setInterval(limits.deadline + allowance + spec.extraTime);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            fail(QStringLiteral("fetching %1 took longer than %2 s")
                     .arg(m_spec.name)
                     .arg(double(m_deadline.interval()) / 1000.0),
                false);
        });
        m_stall.start();
        m_deadline.start();

        connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &to) {
            // Only to https, so a redirect never downgrades the transport;
            // loopback may go to loopback, for tests and local previews.
            const bool loopbackHop = m_spec.url.scheme() == QLatin1String("http") &&
                to.scheme() == QLatin1String("http") && isAllowedSyncUrl(to);
            if (to.scheme() == QLatin1String("https") || loopbackHop) {
                Q_EMIT m_reply->redirectAllowed();
                return;
            }
            fail(QStringLiteral("the site redirected %1 to %2, which is not https://")
                     .arg(m_spec.name, to.toDisplayString()),
                false);
        });
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
            if (status() != 200)
                return;
            const auto length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_spec.maxBytes)
                tooLarge();
        });
        connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::read);
        connect(m_reply, &QNetworkReply::downloadProgress, &m_stall, qOverload<>(&QTimer::start));
        connect(m_reply, &QNetworkReply::finished, this, &Transfer::complete);
    }

    bool ok() const { return m_ok; }
    // The TLS handshake failed (a certificate error, say): the site was
    // reached, but not trusted.
    bool tlsFailed() const { return m_reply->error() == QNetworkReply::SslHandshakeFailedError; }
    // A failure of the content (too large) rather than of the network.
    bool rejected() const { return m_rejected; }
    QString error() const { return m_error; }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QByteArray header(const char *name) const { return m_reply->rawHeader(name); }
    const QByteArray &body() const { return m_body; }
    qint64 received() const { return m_received; }

private:
    void read()
    {
        m_stall.start();
        const auto data = m_reply->readAll();
        if (m_failed || status() != 200)
            return;
        m_received += data.size();
        if (m_received > m_spec.maxBytes) {
            tooLarge();
            return;
        }
        if (!m_spec.sink) {
            m_body += data;
        } else if (m_spec.sink->write(data) != data.size()) {
            fail(QStringLiteral("could not save %1: %2")
                     .arg(m_spec.name, m_spec.sink->errorString()),
                true);
        }
    }

    void tooLarge()
    {
        fail(m_spec.expectedBytes >= 0
                ? QStringLiteral("%1 is larger than the manifest says (%2 bytes)")
                      .arg(m_spec.name)
                      .arg(m_spec.expectedBytes)
                : QStringLiteral("%1 is larger than the %2 allowed")
                      .arg(m_spec.name, sizeText(m_spec.maxBytes)),
            true);
    }

    void fail(const QString &why, bool rejected)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_rejected = rejected;
        m_error = why;
        m_reply->abort(); // finished() follows, synchronously
    }

    void complete()
    {
        if (m_finished)
            return;
        m_finished = true;
        // What is left in the buffer is checked like every other chunk; a
        // failure there aborts a reply that has already finished, which
        // does not come back here.
        if (!m_failed)
            read();
        m_stall.stop();
        m_deadline.stop();
        if (!m_failed) {
            const int code = status();
            if (m_reply->error() != QNetworkReply::NoError && code >= 400) {
                m_error = QStringLiteral("the site answered %1 %2 for %3")
                              .arg(code)
                              .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                       .toString(),
                                  m_spec.name);
            } else if (code == 200 && m_spec.expectedBytes >= 0 &&
                m_received < m_spec.expectedBytes) {
                // Whether or not Qt calls it an error: a server that died,
                // or closed the connection early.
                m_error = QStringLiteral("%1 arrived incomplete (%2 of %3 bytes)")
                              .arg(m_spec.name)
                              .arg(m_received)
                              .arg(m_spec.expectedBytes);
            } else if (m_reply->error() != QNetworkReply::NoError) {
                m_error = QStringLiteral("could not fetch %1: %2")
                              .arg(m_spec.name, m_reply->errorString());
            } else if (code != 200 && code != 304) {
                m_error = QStringLiteral("the site answered %1 for %2").arg(code).arg(m_spec.name);
            } else {
                m_ok = true;
            }
        }
        qCDebug(lcSync) << m_spec.url << (m_ok ? "ok" : qPrintable(m_error));
        // The handler may start the next transfer; this one goes once it returns.
        QTimer::singleShot(0, this, [this] { m_done(this); });
    }

    Spec m_spec;
    std::function<void(Transfer *)> m_done;
    QNetworkReply *m_reply = nullptr;
    QTimer m_stall;
    QTimer m_deadline;
    QByteArray m_body;
    qint64 m_received = 0;
    bool m_failed = false;
    bool m_finished = false;
    bool m_rejected = false;
    bool m_ok = false;
    QString m_error;
};

SyncEngine::SyncEngine(QNetworkAccessManager *network, SyncLimits limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
    qRegisterMetaType<wc::SyncResult>();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start(const SyncRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_request = request;
    if (m_request.baseline.isEmpty())
        m_request.baseline = m_request.folder;
    m_result = {};
    m_state.reset();
    m_baselineManifest.reset();
    m_baselineProgram.reset();
    m_files.clear();
    m_cacheFetches.clear();
    m_staging.clear(); // ours only once the lock is

    QString why;
    if (!isAllowedSyncUrl(m_request.url, &why)) {
        finish(SyncResult::Outcome::Rejected, why);
        return;
    }
    const QFileInfo folderInfo(m_request.folder);
    if (!QDir().mkpath(folderInfo.absolutePath())) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("cannot create the folder %1").arg(folderInfo.absolutePath()));
        return;
    }
    // Two windows of the app, or the app and the command line, never swap
    // the same folder at once. A kernel lock, so that a sync killed midway
    // does not hold off the next one.
    m_lock = std::make_unique<FileLock>(QDir::cleanPath(m_request.folder) + QStringLiteral(".lock"));
    switch (m_lock->lock(std::chrono::milliseconds(0))) {
    case FileLock::Result::Locked:
        break;
    case FileLock::Result::Busy:
        m_lock.reset();
        finish(SyncResult::Outcome::Busy,
            QStringLiteral("another Workshop Companion is updating this program right now"));
        return;
    case FileLock::Result::Failed: {
        const auto why = m_lock->errorString();
        m_lock.reset();
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("cannot lock the folder %1: %2").arg(m_request.folder, why));
        return;
    }
    }
    // Under the lock, a staging folder can only be left over from a crash.
    m_staging = QDir::cleanPath(m_request.folder) + QStringLiteral(".incoming");
    QDir(m_staging).removeRecursively();
    // A crash between the renames of a swap can leave only the previous
    // copy: its edition and version still hold.
    const auto previous = previousCopyFolder(m_request.folder);
    if (m_request.baseline == m_request.folder && !QFileInfo(m_request.folder).exists() &&
        QFileInfo(previous).isDir())
        m_request.baseline = previous;
    if (QFileInfo(m_request.baseline).isDir()) {
        QList<Problem> problems;
        m_baselineManifest = loadManifest(m_request.baseline, &problems);
        if (!m_baselineManifest) {
            finish(SyncResult::Outcome::Rejected,
                QStringLiteral("%1 has no valid manifest.yaml, so it is a draft, not a synced copy")
                    .arg(QDir::toNativeSeparators(m_request.baseline)));
            return;
        }
        m_result.version = m_baselineManifest->version;
        if (m_request.edition.isEmpty())
            m_request.edition = m_baselineManifest->edition;
    }
    if (m_request.baseline == m_request.folder) {
        m_state = SyncState::read(m_request.folder);
        if (m_state && m_state->url != m_request.url.toString())
            m_state.reset(); // validators from another site say nothing about this one
    }
    fetchManifest();
}

QUrl SyncEngine::siteUrl(const QString &path) const
{
    // sync.url names a folder, with or without its trailing slash.
    auto base = m_request.url;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(path));
}

void SyncEngine::fetchManifest()
{
    Transfer::Spec spec;
    spec.url = siteUrl(manifestFile);
    spec.name = manifestFile;
    spec.maxBytes = m_limits.maxManifestBytes;
    if (m_state && !m_state->etag.isEmpty())
        spec.headers.append({"If-None-Match", m_state->etag});
    if (m_state && !m_state->lastModified.isEmpty())
        spec.headers.append({"If-Modified-Since", m_state->lastModified});
    m_transfer = new Transfer(
        m_network, spec, m_limits, [this](Transfer *t) { manifestFetched(t); }, this);
}

void SyncEngine::manifestFetched(Transfer *transfer)
{
    transfer->deleteLater();
    m_result.reachedSite = transfer->status() > 0 || transfer->tlsFailed();
    m_result.checked = nowUtc();
    if (!transfer->ok()) {
        finish(transfer->rejected() ? SyncResult::Outcome::Rejected
                                    : SyncResult::Outcome::NetworkError,
            transfer->error());
        return;
    }
    if (transfer->status() == 304 && !m_state) {
        finish(SyncResult::Outcome::NetworkError,
            QStringLiteral(
                "the site answered 304 Not Modified to a request that was not conditional"));
        return;
    }
    if (transfer->status() == 304) {
        m_result.outcome = SyncResult::Outcome::Unchanged;
        m_result.offeredVersion = m_result.version;
        markChecked();
        finishWithCacheFetches(m_result.outcome, nullptr);
        return;
    }
    m_newState = {m_request.url.toString(), transfer->header("ETag"),
        transfer->header("Last-Modified"), m_result.checked, m_result.checked};

    QString why;
    if (!QDir().mkpath(m_staging) ||
        !writeFileAtomically(QDir(m_staging).filePath(manifestFile), transfer->body(), &why)) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("could not save the update: %1").arg(why));
        return;
    }
    QList<Problem> problems;
    const auto manifest = loadManifest(m_staging, &problems);
    if (!manifest) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("the site's manifest is not valid: %1").arg(firstError(problems)));
        return;
    }
    m_manifest = *manifest;
    m_result.offeredVersion = m_manifest.version;
    if (!m_request.edition.isEmpty() && m_manifest.edition != m_request.edition) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("the site offers edition '%1', not '%2'")
                .arg(m_manifest.edition, m_request.edition));
        return;
    }
    // The bundled floor holds even when forced: a copy below it would never
    // be shown. Forcing only lets the site go back below the copy shown.
    if (m_manifest.version < m_request.minVersion) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("the site offers version %1, older than the built-in version %2")
                .arg(m_manifest.version)
                .arg(m_request.minVersion));
        return;
    }
    if (m_manifest.version < m_result.version) {
        m_result.rollback = true;
        if (!m_request.force) {
            finish(SyncResult::Outcome::Rejected,
                QStringLiteral("the site offers version %1, older than version %2")
                    .arg(m_manifest.version)
                    .arg(m_result.version));
            return;
        }
    }
    bool sameFiles = m_baselineManifest && m_manifest.version == m_baselineManifest->version;
    for (const auto &entry : std::as_const(m_manifest.files)) {
        if (entry.bytes > m_limits.maxFileBytes) {
            finish(SyncResult::Outcome::Rejected,
                QStringLiteral("%1 is %2, more than the %3 allowed")
                    .arg(entry.path, sizeText(entry.bytes), sizeText(m_limits.maxFileBytes)));
            return;
        }
        FileTask task {entry, {}};
        if (m_baselineManifest) {
            for (const auto &old : std::as_const(m_baselineManifest->files)) {
                if (old.path == entry.path && old.sha256 == entry.sha256 &&
                    old.bytes == entry.bytes)
                    task.source = QDir(m_request.baseline).filePath(old.path);
            }
        }
        sameFiles = sameFiles && !task.source.isEmpty();
        m_files.append(task);
    }
    // (Unless the copy is missing and only its previous one is left: then it
    // is written back.)
    if (sameFiles && m_baselineManifest->files.size() == m_manifest.files.size() &&
        m_request.baseline != previousCopyFolder(m_request.folder)) {
        // The site serves what we have (without validators, or new ones).
        QDir(m_staging).removeRecursively();
        m_result.outcome = SyncResult::Outcome::Unchanged;
        if (m_request.baseline == m_request.folder) {
            if (m_state)
                m_newState.fetched = m_state->fetched;
            m_state = m_newState;
        }
        markChecked();
        finishWithCacheFetches(m_result.outcome, nullptr);
        return;
    }
    nextFile();
}

bool SyncEngine::copyVerified(const ManifestFile &entry, const QString &source, QString *why)
{
    QFile in(source);
    QFile out(QDir(m_staging).filePath(entry.path));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *why = in.isOpen() ? out.errorString() : in.errorString();
        return false;
    }
    const auto data = in.read(entry.bytes + 1);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    if (data.size() != entry.bytes || sha256Hex(buffer) != entry.sha256) {
        *why = QStringLiteral("the local copy of %1 changed").arg(entry.path);
        return false;
    }
    if (out.write(data) != data.size() || !syncFile(out)) {
        *why = out.errorString();
        return false;
    }
    return true;
}

void SyncEngine::nextFile()
{
    if (m_files.isEmpty()) {
        commit();
        return;
    }
    const auto task = m_files.takeFirst();
    const auto target = QDir(m_staging).filePath(task.entry.path);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("could not save the update: cannot create %1")
                .arg(QFileInfo(target).absolutePath()));
        return;
    }
    QString why;
    if (!task.source.isEmpty()) {
        if (copyVerified(task.entry, task.source, &why)) {
            nextFile();
            return;
        }
        qCInfo(lcSync) << "fetching" << task.entry.path << "instead of copying it:" << why;
    }
    auto *file = new QFile(target, this);
    if (!file->open(QIODevice::WriteOnly)) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("could not save the update: %1").arg(file->errorString()));
        delete file;
        return;
    }
    Transfer::Spec spec;
    spec.url = siteUrl(task.entry.path);
    spec.name = task.entry.path;
    spec.maxBytes = task.entry.bytes;
    spec.expectedBytes = task.entry.bytes;
    spec.sink = file;
    const auto entry = task.entry;
    m_transfer = new Transfer(
        m_network, spec, m_limits,
        [this, file, entry](Transfer *t) {
            t->deleteLater();
            const bool synced = t->ok() && syncFile(*file);
            file->close();
            file->deleteLater();
            if (!t->ok()) {
                finish(t->rejected() ? SyncResult::Outcome::Rejected
                                     : SyncResult::Outcome::NetworkError,
                    t->error());
                return;
            }
            if (!synced) {
                finish(SyncResult::Outcome::Rejected,
                    QStringLiteral("could not save %1 to disk").arg(entry.path));
                return;
            }
            if (!file->open(QIODevice::ReadOnly) || sha256Hex(*file) != entry.sha256) {
                finish(SyncResult::Outcome::Rejected,
                    QStringLiteral("%1 failed its checksum").arg(entry.path));
                return;
            }
            file->close();
            nextFile();
        },
        this);
}

void SyncEngine::commit()
{
    QString why;
    if (!writeFileAtomically(QDir(m_staging).filePath(syncStateFile), m_newState.toJson(), &why)) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("could not save the update: %1").arg(why));
        return;
    }
    auto loaded = loadProgramFolder(m_staging);
    if (!loaded.ok()) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("the update is not valid: %1").arg(firstError(loaded.problems)));
        return;
    }
    // Every folder of the new copy reaches the disk before it is renamed into place.
    QDirIterator dirs(m_staging, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        syncDirectory(dirs.next());
    syncDirectory(m_staging);

    const bool hadBaseline = loadBaseline();
    if (!swapIntoPlace(&why)) {
        finish(SyncResult::Outcome::Rejected,
            QStringLiteral("could not save the update: %1").arg(why));
        return;
    }
    m_result.outcome = SyncResult::Outcome::Updated;
    m_result.version = m_manifest.version;
    m_result.newProgram = std::make_shared<const Program>(std::move(*loaded.program));
    m_result.oldProgram = hadBaseline ? m_baselineProgram : std::make_shared<const Program>();
    m_result.changes = diffPrograms(*m_result.oldProgram, *m_result.newProgram);
    qCInfo(lcSync) << "updated" << m_request.folder << "to version" << m_manifest.version << "with"
                   << m_result.changes.size() << "changes";
    finishWithCacheFetches(SyncResult::Outcome::Updated, m_result.newProgram);
}

bool SyncEngine::swapIntoPlace(QString *why)
{
    const auto folder = QDir::cleanPath(m_request.folder);
    const auto previous = previousCopyFolder(folder);
    const auto parent = QFileInfo(folder).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!renamePath(m_staging, folder)) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    } else if (renameExchange(m_staging, folder)) {
        // One atomic step: the new copy is in place, the old one in staging.
        // The old one becomes the previous copy only if it is the good copy
        // that was shown (not one that failed to load, or lost to the
        // bundled floor), and again by exchange, so that some previous copy
        // exists at every moment.
        if (m_request.baseline == m_request.folder) {
            if (QFileInfo::exists(previous))
                renameExchange(m_staging, previous);
            else
                renamePath(m_staging, previous);
        }
        QDir(m_staging).removeRecursively(); // what is left: nothing worth keeping
    } else {
        // A file system without RENAME_EXCHANGE: one rename at a time. In
        // between, a start finds no copy and falls back to the previous one
        // (newestCopy()), which is replaced last, and only by the copy shown.
        const auto aside = folder + QStringLiteral(".replaced");
        QDir(aside).removeRecursively();
        if (!renamePath(folder, aside)) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (!renamePath(m_staging, folder)) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            renamePath(aside, folder);
            return false;
        }
        if (m_request.baseline == m_request.folder) {
            QDir(previous).removeRecursively();
            renamePath(aside, previous);
        }
        QDir(aside).removeRecursively();
    }
    syncDirectory(parent);
    return true;
}

bool SyncEngine::loadBaseline()
{
    if (m_baselineProgram)
        return true;
    if (!QFileInfo(m_request.baseline).isDir())
        return false;
    auto loaded = loadProgramFolder(m_request.baseline);
    if (!loaded.ok())
        return false;
    m_baselineProgram = std::make_shared<const Program>(std::move(*loaded.program));
    return true;
}

void SyncEngine::markChecked()
{
    // Only the synced folder has a state to update, and only while it is
    // the copy the site just confirmed.
    if (!m_state || m_request.baseline != m_request.folder || !QFileInfo(m_request.folder).isDir())
        return;
    m_state->checked = m_result.checked;
    QString why;
    if (!writeFileAtomically(
            QDir(m_request.folder).filePath(syncStateFile), m_state->toJson(), &why))
        qCWarning(lcSync) << "could not record the check:" << why;
}

void SyncEngine::finishWithCacheFetches(
    SyncResult::Outcome outcome, std::shared_ptr<const Program> program)
{
    // What the program now shown needs; the baseline's only once per copy,
    // choice of papers and run, so that checks which change nothing stay
    // one small request.
    QString key;
    if (!m_request.photoDir.isEmpty() || !m_request.paperDir.isEmpty()) {
        key = m_request.baseline + QLatin1Char('#') + QString::number(m_result.version) +
            QLatin1Char('#') + m_request.paperDir;
        if (m_request.onlyPapers) {
            auto ids = m_request.onlyPapers->values();
            ids.sort();
            key += QLatin1Char('#') + ids.join(QLatin1Char(','));
        }
    }
    // A cache folder deleted since it was filled (by the attendee, or a
    // cleaner) is filled again, however often the copy was looked at.
    if (std::any_of(m_filledCacheFolders.cbegin(), m_filledCacheFolders.cend(),
            [](const QString &folder) { return !QFileInfo::exists(folder); }))
        m_cacheCheckedFor.clear();
    if (!program && !key.isEmpty() && key != m_cacheCheckedFor && loadBaseline())
        program = m_baselineProgram;
    if (program) {
        m_cacheCheckedFor = key;
        queuePhotos(*program);
        queuePapers(*program);
    }
    // The result does not wait for photos and papers: they only decorate it.
    finish(outcome);
    if ((!m_cacheFetches.isEmpty() || m_papersPruned) && !m_fetchingCache) {
        m_fetchingCache = true;
        m_paperTime.invalidate();
        nextCacheFetch();
    } else if (!m_fetchingCache) {
        rememberFilledCacheFolders();
    }
}

void SyncEngine::rememberFilledCacheFolders()
{
    m_filledCacheFolders.clear();
    for (const auto &folder : {m_request.photoDir, m_request.paperDir}) {
        if (!folder.isEmpty() && QFileInfo::exists(folder))
            m_filledCacheFolders.append(folder);
    }
}

void SyncEngine::queuePhotos(const Program &program)
{
    if (m_request.photoDir.isEmpty())
        return;
    const UrlCache cache(m_request.photoDir);
    for (const auto &speaker : program.speakers) {
        const QUrl url(speaker.photo);
        if (url.scheme().startsWith(QLatin1String("http")) &&
            cache.cachedFile(speaker.photo).isEmpty() && !m_failedUrls.contains(speaker.photo) &&
            std::none_of(m_cacheFetches.cbegin(), m_cacheFetches.cend(),
                [&](const CacheFetch &f) { return f.url == speaker.photo; })) {
            m_cacheFetches.append({speaker.photo, cache.filePath(speaker.photo), false});
            ++m_photosQueued;
        }
    }
}

void SyncEngine::queuePapers(const Program &program)
{
    if (m_request.paperDir.isEmpty())
        return;
    const UrlCache cache(m_request.paperDir, QStringLiteral(".pdf"));
    QSet<QString> wanted;
    for (const auto &paper : program.papers) {
        if (paper.retracted || (m_request.onlyPapers && !m_request.onlyPapers->contains(paper.id)))
            continue;
        const auto url = paperPdfUrl(paper);
        if (url.isEmpty())
            continue;
        wanted.insert(url);
        if (cache.cachedFile(url).isEmpty() && !m_failedUrls.contains(url) &&
            std::none_of(m_cacheFetches.cbegin(), m_cacheFetches.cend(),
                [&](const CacheFetch &f) { return f.url == url; })) {
            m_cacheFetches.append({url, cache.filePath(url), true});
            ++m_papersQueued;
        }
    }
    // Copies of papers that left the program, or the attendee's choice.
    if (const int removed = cache.prune(wanted)) {
        m_papersPruned = true;
        qCInfo(lcSync) << "removed" << removed << "papers no longer kept for offline reading";
    }
}

void SyncEngine::postponeCacheFetches()
{
    // What is left is queued again by the next sync, which must look.
    m_cacheCheckedFor.clear();
    m_cacheFetches.clear();
}

void SyncEngine::nextCacheFetch()
{
    if (!m_cacheFetches.isEmpty() && m_cacheFetches.first().paper) {
        if (!m_paperTime.isValid())
            m_paperTime.start();
        else if (m_paperTime.elapsed() > m_limits.paperTimeBudget.count())
            postponeCacheFetches();
    }
    if (m_cacheFetches.isEmpty()) {
        m_fetchingCache = false;
        rememberFilledCacheFolders();
        const int papersLeft = m_papersQueued - m_papersFetched - int(m_paperProblems.size());
        if (std::exchange(m_photosQueued, 0) > 0)
            Q_EMIT photosFetched(std::exchange(m_photosFetched, 0), std::exchange(m_photoProblems, {}));
        if (std::exchange(m_papersQueued, 0) > 0 || std::exchange(m_papersPruned, false))
            Q_EMIT papersFetched(std::exchange(m_papersFetched, 0), std::exchange(m_paperProblems, {}),
                std::max(papersLeft, 0));
        return;
    }
    const auto fetch = m_cacheFetches.takeFirst();
    auto failed = [this, fetch](const QString &why, bool answered) {
        (fetch.paper ? m_paperProblems : m_photoProblems).append(why);
        if (answered) {
            // Not again while the engine lives: a missing file must not
            // cost a request on every check.
            m_failedUrls.insert(fetch.url);
        } else {
            // No network: the rest would fail the same way; the next sync
            // tries them all again.
            postponeCacheFetches();
        }
    };
    QString why;
    if (!isAllowedSyncUrl(QUrl(fetch.url), &why)) {
        failed(why, true);
        nextCacheFetch();
        return;
    }
    Transfer::Spec spec;
    spec.url = QUrl(fetch.url);
    spec.name = spec.url.fileName().isEmpty() ? fetch.url : spec.url.fileName();
    spec.maxBytes = fetch.paper ? m_limits.maxPaperBytes : m_limits.maxFileBytes;
    // A paper (up to 64 MiB) goes straight to a file next to its place, not
    // through memory; it takes its place only once complete and checked.
    std::shared_ptr<QFile> part;
    if (fetch.paper) {
        // A paper of several MiB over a conference's Wi-Fi may take minutes;
        // the stall timeout still catches a link that died.
        spec.extraTime = std::chrono::minutes(10);
        part = std::make_shared<QFile>(fetch.file + QStringLiteral(".part"));
        if (!QDir().mkpath(QFileInfo(fetch.file).absolutePath()) ||
            !part->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            failed(QStringLiteral("cannot write %1: %2").arg(part->fileName(), part->errorString()),
                true);
            nextCacheFetch();
            return;
        }
        spec.sink = part.get();
    }
    m_transfer = new Transfer(
        m_network, spec, m_limits,
        [this, fetch, failed, part](Transfer *t) {
            t->deleteLater();
            QString why;
            const bool answered = t->ok() || t->status() > 0 || t->rejected() || t->tlsFailed();
            if (!t->ok())
                why = t->error();
            else if (fetch.paper)
                keepPaper(*part, fetch, &why);
            else if (!looksLikeImage(t->body()))
                why = QStringLiteral("%1 is not an image").arg(fetch.url);
            else if (QDir().mkpath(QFileInfo(fetch.file).absolutePath()) &&
                writeFileAtomically(fetch.file, t->body(), &why))
                ++m_photosFetched;
            if (part && part->exists())
                part->remove(); // what did not take its place
            if (!why.isEmpty())
                failed(why, answered);
            nextCacheFetch();
        },
        this);
}

void SyncEngine::keepPaper(QFile &part, const CacheFetch &fetch, QString *why)
{
    QFile head(part.fileName());
    if (!head.open(QIODevice::ReadOnly) || head.read(5) != "%PDF-") {
        *why = QStringLiteral("%1 is not a PDF").arg(fetch.url);
        return;
    }
    if (!syncFile(part)) {
        *why = QStringLiteral("cannot write %1: %2").arg(part.fileName(), part.errorString());
        return;
    }
    part.close();
    if (!renamePath(part.fileName(), fetch.file) ||
        !syncDirectory(QFileInfo(fetch.file).absolutePath())) {
        *why = QStringLiteral("cannot save %1: %2").arg(fetch.file, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    ++m_papersFetched;
}

void SyncEngine::finish(SyncResult::Outcome outcome, const QString &reason)
{
    m_result.outcome = outcome;
    m_result.reason = reason;
    if (!m_staging.isEmpty() &&
        (outcome == SyncResult::Outcome::Rejected ||
            outcome == SyncResult::Outcome::NetworkError)) {
        QDir(m_staging).removeRecursively();
        qCInfo(lcSync) << "sync of" << m_request.folder << "failed:" << reason;
    }
    m_lock.reset();
    m_running = false;
    const auto result = m_result;
    m_result = {};
    Q_EMIT finished(result);
}

} // namespace wc
