// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "syncservice.h"

#include "appsettings.h"
#include "changelistmodel.h"
#include "programloader.h"
#include "programrepository.h"
#include "savedpapers.h"
#include "timedisplay.h"

#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <utility>

Q_LOGGING_CATEGORY(lcSyncService, "wc.desktop.sync", QtWarningMsg)

// Lives on the sync thread: the network access and the engine's disk work
// (checksums, validation, fsync) never hold up the window.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    explicit SyncWorker(wc::SyncLimits limits)
        : m_limits(limits)
    {
    }

    void run(const wc::SyncRequest &request)
    {
        if (!m_engine) {
            m_network = new QNetworkAccessManager(this);
            m_engine = new wc::SyncEngine(m_network, m_limits, this);
            connect(m_engine, &wc::SyncEngine::finished, this, &SyncWorker::finished);
            connect(m_engine, &wc::SyncEngine::photosFetched, this, &SyncWorker::photosFetched);
            connect(m_engine, &wc::SyncEngine::papersFetched, this, &SyncWorker::papersFetched);
            connect(m_engine, &wc::SyncEngine::photosFetched, this, &SyncWorker::startPending,
                Qt::QueuedConnection);
            connect(m_engine, &wc::SyncEngine::papersFetched, this, &SyncWorker::startPending,
                Qt::QueuedConnection);
        }
        // Photos and papers of the last sync may still be coming; this one
        // follows them.
        if (m_engine->isRunning()) {
            m_pending = request;
            return;
        }
        m_engine->start(request);
    }

Q_SIGNALS:
    void finished(const wc::SyncResult &result);
    void photosFetched(int fetched, const QStringList &problems);
    void papersFetched(int fetched, const QStringList &problems, int remaining);

private:
    void startPending()
    {
        if (m_pending && !m_engine->isRunning()) {
            const auto request = *m_pending;
            m_pending.reset();
            m_engine->start(request);
        }
    }

    wc::SyncLimits m_limits;
    std::optional<wc::SyncRequest> m_pending;
    QNetworkAccessManager *m_network = nullptr;
    wc::SyncEngine *m_engine = nullptr;
};

SyncService::SyncService(ProgramRepository *repository, ChangeListModel *changes,
    AppSettings *settings, TimeDisplay *timeDisplay, Folders folders, wc::SyncLimits limits,
    QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_changes(changes)
    , m_settings(settings)
    , m_timeDisplay(timeDisplay)
    , m_folders(std::move(folders))
{
    if (const auto floor = wc::loadManifest(m_folders.bundled)) {
        m_edition = floor->edition;
        m_floorVersion = floor->version;
        m_synced = QDir(m_folders.programs).filePath(m_edition);
    }

    m_worker = new SyncWorker(limits);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncService::handle);
    connect(m_worker, &SyncWorker::photosFetched, this,
        [this](int fetched, const QStringList &problems) {
            for (const auto &problem : problems)
                qCInfo(lcSyncService) << "photo not cached:" << problem;
            // New photos show once the speakers are read again.
            if (fetched > 0 && showsSyncableCopy() && !m_repository->isLoading())
                m_repository->load(m_repository->folder());
            Q_EMIT photosFetched();
        });
    connect(m_worker, &SyncWorker::papersFetched, this,
        [this](int fetched, const QStringList &problems, int remaining) {
            for (const auto &problem : problems)
                qCInfo(lcSyncService) << "paper not saved:" << problem;
            if (m_savedPapers)
                m_savedPapers->fetched(fetched, problems);
            // The sync's time for papers ran out with more to come: the
            // next one follows at once (a check of the site first). Not
            // when nothing arrived, which is what a dead network gives.
            if (remaining > 0 && fetched > 0)
                start(false);
        });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();

    connect(m_repository, &ProgramRepository::loadFinished, this, &SyncService::programLoaded);
    connect(
        m_repository, &ProgramRepository::programChanged, this, &SyncService::refreshShownState);
    connect(m_timeDisplay, &TimeDisplay::changed, this, &SyncService::statusChanged);
    connect(m_settings, &AppSettings::syncChanged, this, &SyncService::scheduleTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    // The timeline marks what the attendee has not looked at yet.
    // Only over the program it synced: a draft preview has marks of its own.
    auto mark = [this] {
        if (showsSyncableCopy())
            m_repository->sessions()->setUpdateMarks(m_changes->unseenSessionChanges());
    };
    connect(m_changes, &ChangeListModel::changesChanged, this, mark);
    connect(m_repository, &ProgramRepository::programChanged, this, mark);
    mark();
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

QString SyncService::startFolder() const
{
    return m_synced.isEmpty()
        ? m_folders.bundled
        : wc::newestCopy(m_folders.bundled, m_edition, m_floorVersion, m_synced);
}

void SyncService::startAutomaticSync()
{
    m_automatic = true;
    if (m_firstLoadSeen || m_repository->isLoaded())
        programLoaded(m_repository->isLoaded());
}

void SyncService::programLoaded(bool ok)
{
    const auto folder = m_repository->folder();
    const auto previous = wc::previousCopyFolder(m_synced);
    if (!ok && (folder == m_synced || folder == previous)) {
        // A synced copy that no longer loads (damaged on disk): the previous
        // copy if it is newer than the bundled one, else the bundled one,
        // rather than nothing.
        const auto fallback = folder == m_synced
            ? wc::newestCopy(m_folders.bundled, m_edition, m_floorVersion, previous)
            : m_folders.bundled;
        qCWarning(lcSyncService) << "the synced copy" << folder << "does not load; showing"
                                 << fallback;
        m_repository->load(fallback);
        return;
    }
    if (m_pendingStart) {
        // Asked for while the program was loading.
        const bool force = *m_pendingStart;
        m_pendingStart.reset();
        start(force);
    }
    if (m_firstLoadSeen || !m_automatic)
        return;
    m_firstLoadSeen = true;
    scheduleTimer();
    // The program is on screen first; the check follows in the background.
    QTimer::singleShot(0, this, &SyncService::syncNow);
}

void SyncService::refreshShownState()
{
    // Back on a copy that can be synced (after a draft preview, say).
    if (m_state == State::Unavailable && showsSyncableCopy() && m_repository->program() &&
        (!m_siteUrl.isEmpty() || !m_repository->program()->workshop.syncUrl.isEmpty()))
        m_state = State::Idle;
    // Read once per copy shown, not on every repaint of the status line.
    const auto folder = m_repository->folder();
    m_shownState = folder == m_folders.bundled ? std::nullopt : wc::SyncState::read(folder);
    Q_EMIT statusChanged();
}

void SyncService::scheduleTimer()
{
    if (m_automatic && m_settings->syncAutomatically())
        m_timer.start(std::chrono::minutes(m_settings->syncIntervalMinutes()));
    else
        m_timer.stop();
}

bool SyncService::showsSyncableCopy() const
{
    const auto folder = m_repository->folder();
    return !m_synced.isEmpty() &&
        (folder == m_folders.bundled || folder == m_synced ||
            folder == wc::previousCopyFolder(m_synced));
}

int SyncService::shownVersion() const
{
    const auto program = m_repository->program();
    return program && program->manifest ? program->manifest->version : 0;
}

void SyncService::syncNow()
{
    start(false);
}

void SyncService::acceptOlderVersion()
{
    if (canForce())
        start(true);
}

void SyncService::syncForPapers()
{
    if (m_automatic && m_settings->syncAutomatically())
        start(false);
}

void SyncService::start(bool force)
{
    // Asked again while checking: once more after this check, which may
    // have been asked for before what the new request wants (a paper
    // bookmarked since).
    if (isBusy()) {
        m_again = true;
        return;
    }
    // The copy shown is the baseline of the sync; while it is being
    // replaced (the reload after an update), wait for it.
    if (m_repository->isLoading()) {
        m_pendingStart = force;
        return;
    }
    const auto program = m_repository->program();
    const auto url = m_siteUrl.isEmpty() && program ? QUrl(program->workshop.syncUrl) : m_siteUrl;
    if (!program || !showsSyncableCopy() || url.isEmpty()) {
        m_unavailableReason = !program ? tr("Updates wait until the program is loaded")
            : !showsSyncableCopy()
            ? tr("Updates are off while a draft or a folder of your own is shown")
            : tr("This program has no address to update from");
        setState(State::Unavailable);
        return;
    }
    wc::SyncRequest request;
    request.url = url;
    request.folder = m_synced;
    request.baseline = m_repository->folder();
    request.edition = m_edition;
    request.minVersion = m_floorVersion;
    request.force = force;
    request.photoDir = m_folders.photos;
    if (m_savedPapers)
        m_savedPapers->prepare(request);
    m_stateBeforeCheck = m_state;
    setState(State::Checking);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->run(request); });
}

void SyncService::handle(const wc::SyncResult &result)
{
    m_lastCheck = result.checked.isValid() ? result.checked : QDateTime::currentDateTimeUtc();
    m_reason = result.reason;
    m_rollback = result.rollback;
    using Outcome = wc::SyncResult::Outcome;
    switch (result.outcome) {
    case Outcome::Updated: {
        const int from = result.oldProgram->manifest ? result.oldProgram->manifest->version : 0;
        m_changes->addUpdate(
            result.changes, *result.oldProgram, *result.newProgram, from, result.version);
        const auto count = result.changes.size();
        m_updateNotice = count == 0 ? QString()
            : count == 1
            ? tr("The program was updated to version %1: 1 change.").arg(result.version)
            : tr("The program was updated to version %1: %2 changes.")
                  .arg(result.version)
                  .arg(count);
        Q_EMIT updateNoticeChanged();
        // A draft opened meanwhile, even one still loading, stays on
        // screen; the update shows after it.
        if (showsSyncableCopy() && !m_repository->isLoading())
            m_repository->load(m_synced);
        setState(State::Updated);
        break;
    }
    case Outcome::Unchanged:
        refreshShownState(); // a new check time
        setState(State::UpToDate);
        break;
    case Outcome::Busy:
        // Another window is updating the same copy: nothing happened here.
        setState(m_stateBeforeCheck);
        break;
    case Outcome::Rejected:
        setState(State::Rejected);
        break;
    case Outcome::NetworkError:
        setState(result.reachedSite ? State::Failed : State::Offline);
        break;
    }
    Q_EMIT syncFinished();
    if (std::exchange(m_again, false))
        start(false);
}

void SyncService::dismissUpdateNotice()
{
    if (m_updateNotice.isEmpty())
        return;
    m_updateNotice.clear();
    Q_EMIT updateNoticeChanged();
}

void SyncService::setState(State state)
{
    m_state = state;
    Q_EMIT statusChanged();
}

QString SyncService::when(const QDateTime &time) const
{
    const auto now = QDateTime::currentDateTimeUtc();
    if (m_timeDisplay->shortDay(time) == m_timeDisplay->shortDay(now))
        return m_timeDisplay->time(time);
    return QStringLiteral("%1 %2").arg(m_timeDisplay->shortDay(time), m_timeDisplay->time(time));
}

QString SyncService::statusText() const
{
    const int version = shownVersion();
    // When the copy shown was last confirmed by the site.
    const auto &state = m_shownState;
    if (m_state != State::Unavailable && m_state != State::Checking && !showsSyncableCopy())
        return tr("Updates are off while a draft or a folder of your own is shown");
    switch (m_state) {
    case State::Unavailable:
        return m_unavailableReason;
    case State::Idle:
        if (state)
            return tr("Version %1 · checked %2").arg(version).arg(when(state->checked));
        return tr("Version %1 (built in) · not checked yet").arg(version);
    case State::Checking:
        return tr("Checking for updates…");
    case State::UpToDate:
        return tr("Up to date · version %1 · checked %2").arg(version).arg(when(m_lastCheck));
    case State::Updated:
        return tr("Updated to version %1 · checked %2").arg(version).arg(when(m_lastCheck));
    case State::Offline:
        if (state)
            return tr("Offline — showing version %1 from %2")
                .arg(version)
                .arg(when(state->checked));
        return tr("Offline — showing the built-in version %1").arg(version);
    case State::Failed:
        return tr("Update failed: %1 — still showing version %2")
            .arg(m_reason, QString::number(version));
    case State::Rejected:
        return tr("Update rejected: %1 — still showing version %2")
            .arg(m_reason, QString::number(version));
    }
    return {};
}

#include "syncservice.moc"
