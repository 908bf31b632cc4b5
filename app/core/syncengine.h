// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"
#include "programdiff.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QFile;
class QNetworkAccessManager;

// Keeping a program folder up to date from the site its organizers publish
// to (docs/data-format.md, "Sync"), without ever trading a good copy for a
// broken one: everything is fetched into a new folder next to the old one,
// checked, validated, synced to disk and only then swapped in.
namespace wc {

class FileLock;

// What any one transfer may cost. Qt's own transfer timeout restarts with
// every byte, so a server trickling a byte every few seconds would never
// stop; the deadline bounds the whole transfer instead.
struct SyncLimits {
    qint64 maxManifestBytes = 64 * 1024;
    qint64 maxFileBytes = 16 * 1024 * 1024;
    qint64 maxPaperBytes = 64 * 1024 * 1024; // one paper's PDF, kept for offline reading
    // How long one sync may spend fetching papers before it reports and
    // lets the next check of the site go first; the rest come next time.
    std::chrono::milliseconds paperTimeBudget {60'000};
    std::chrono::milliseconds stallTimeout {20'000};
    std::chrono::milliseconds deadline {120'000};
};

// What a synced folder remembers of the site, kept in the folder itself
// (syncStateFile) so that it is always replaced together with the data it
// describes: validators of a rejected update are never stored.
struct SyncState {
    QString url;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime fetched; // when this copy was downloaded
    QDateTime checked; // when the site last confirmed it is current

    static std::optional<SyncState> read(const QString &folder);
    QByteArray toJson() const;
};
inline const QString syncStateFile = QStringLiteral(".sync-state.json");

// https, or plain http to a loopback address (tests, a local preview).
bool isAllowedSyncUrl(const QUrl &url, QString *why = nullptr);
// The folder a copy's previous good version is kept in.
QString previousCopyFolder(const QString &folder);
// The copy to show at start: `synced` (or, when a crash left none, its
// previous copy) if it holds `edition` with a version above the bundled
// one's, `floorVersion`; else `bundled`. Reads manifests only.
QString newestCopy(
    const QString &bundled, const QString &edition, int floorVersion, const QString &synced);

struct SyncRequest {
    QUrl url; // the site's program folder (sync.url); manifest.yaml is under it
    QString folder; // the synced copy; created on the first sync
    // The copy shown now, for "what changed" and as the source of files that
    // did not change: `folder` itself, or the bundled program. Defaults to `folder`.
    QString baseline;
    QString edition; // required; empty: the baseline's
    int minVersion = 0; // besides the baseline's own version
    bool force = false; // accept a lower version (a deliberate rollback)
    QString photoDir; // cache for speaker photos by URL; empty: not fetched
    // Papers kept for offline reading: their PDFs are fetched into paperDir
    // (a UrlCache with suffix ".pdf"), and copies of papers no longer wanted
    // are deleted. Empty: papers are left alone.
    QString paperDir;
    // Which papers: all, or only these ids.
    std::optional<QSet<QString>> onlyPapers;
};

struct SyncResult {
    enum class Outcome {
        Updated,
        Unchanged,
        Rejected, // the content failed a check
        NetworkError, // no answer, an HTTP error, a broken transfer
        Busy, // another process is updating the same folder; nothing was done
    };
    Outcome outcome = Outcome::NetworkError;
    QString reason; // for Rejected and NetworkError: why, in a sentence
    int version = 0; // the version shown after this sync (0: none)
    int offeredVersion = 0; // the site's version, when its manifest was read
    bool rollback = false; // rejected only for being older: forcing would take it
    bool reachedSite = false; // an HTTP answer came: a failure was not "offline"
    QDateTime checked;
    // Updated: what changed, and the two programs the changes refer to.
    QList<Change> changes;
    std::shared_ptr<const Program> oldProgram;
    std::shared_ptr<const Program> newProgram;
};

class SyncEngine : public QObject {
    Q_OBJECT

public:
    explicit SyncEngine(
        QNetworkAccessManager *network, SyncLimits limits = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Starts one sync; finished() follows exactly once. Ignored while
    // running, including while photos and papers are fetched after the result.
    void start(const SyncRequest &request);
    bool isRunning() const { return m_running || m_fetchingCache; }

Q_SIGNALS:
    void finished(const wc::SyncResult &result);
    // After finished(), when speaker photos by URL were missing from the
    // cache (request.photoDir): how many were fetched, and why others were not.
    void photosFetched(int fetched, const QStringList &problems);
    // After finished(), when papers' PDFs were missing from request.paperDir
    // or copies were deleted: how many were fetched, why others were not,
    // and how many are left for the next sync (the time budget ran out, or
    // the network went away).
    void papersFetched(int fetched, const QStringList &problems, int remaining);

private:
    class Transfer;
    struct FileTask {
        ManifestFile entry;
        QString source; // a baseline file with the same checksum, or empty: download
    };

    QUrl siteUrl(const QString &path) const;
    void fetchManifest();
    void manifestFetched(Transfer *transfer);
    void nextFile();
    void commit();
    // What the program shown after a sync needs cached: speaker photos and
    // papers kept for offline reading.
    struct CacheFetch {
        QString url;
        QString file;
        bool paper = false;
    };
    void finishWithCacheFetches(
        SyncResult::Outcome outcome, std::shared_ptr<const Program> program);
    void queuePhotos(const Program &program);
    void queuePapers(const Program &program);
    void nextCacheFetch();
    void postponeCacheFetches();
    // Notes which cache folders exist once photos and papers are in.
    void rememberFilledCacheFolders();
    // Moves a downloaded paper into place once it is known to be a PDF.
    void keepPaper(QFile &part, const CacheFetch &fetch, QString *why);
    void finish(SyncResult::Outcome outcome, const QString &reason = {});
    bool loadBaseline();
    bool copyVerified(const ManifestFile &entry, const QString &source, QString *why);
    bool swapIntoPlace(QString *why);
    void markChecked();

    QNetworkAccessManager *m_network;
    SyncLimits m_limits;
    bool m_running = false;
    SyncRequest m_request;
    SyncResult m_result;
    std::optional<SyncState> m_state; // of the baseline, when it is the synced folder
    std::optional<Manifest> m_baselineManifest;
    std::shared_ptr<const Program> m_baselineProgram;
    Manifest m_manifest;
    SyncState m_newState;
    QString m_staging;
    QList<FileTask> m_files;
    QList<CacheFetch> m_cacheFetches;
    bool m_fetchingCache = false;
    int m_photosFetched = 0;
    int m_papersFetched = 0;
    int m_photosQueued = 0;
    int m_papersQueued = 0;
    bool m_papersPruned = false;
    QElapsedTimer m_paperTime; // since the first paper of this run
    QStringList m_photoProblems;
    QStringList m_paperProblems;
    // Files the site answered for with an error or content that is not
    // what it should be: not asked for again while the engine lives.
    QSet<QString> m_failedUrls;
    QString m_cacheCheckedFor; // the baseline copy whose photos and papers were looked at
    QStringList m_filledCacheFolders; // looked at again once one is gone
    std::unique_ptr<FileLock> m_lock;
    QPointer<Transfer> m_transfer;
};

} // namespace wc

Q_DECLARE_METATYPE(wc::SyncResult)
