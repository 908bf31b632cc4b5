// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "draftpreview.h"

#include "bookmarks.h"
#include "programdiff.h"
#include "programloader.h"
#include "programrepository.h"
#include "syncservice.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPreview, "wc.desktop.preview", QtWarningMsg)

namespace {

QString errorsText(int n)
{
    return n == 1 ? DraftPreview::tr("1 error") : DraftPreview::tr("%1 errors").arg(n);
}

QString warningsText(int n)
{
    return n == 1 ? DraftPreview::tr("1 warning") : DraftPreview::tr("%1 warnings").arg(n);
}

} // namespace

DraftPreview::DraftPreview(ProgramRepository *repository, SyncService *sync, Bookmarks *bookmarks,
    UrlOpener openUrl, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_sync(sync)
    , m_bookmarks(bookmarks)
    , m_openUrl(std::move(openUrl))
    , m_changes(wc::ChangeLog(QString(), QString()), bookmarks)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DraftPreview::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &path) {
        // In the parent folder only the draft folder's coming and going counts.
        if (path == QFileInfo(m_folder).absolutePath()) {
            const bool exists = QFileInfo(m_folder).isDir();
            if (exists == m_folderExists)
                return;
            m_folderExists = exists;
        }
        m_debounce.start();
    });
    connect(m_repository, &ProgramRepository::loadFinished, this, [this](bool ok) {
        if (isActive() && m_repository->folder() == m_folder) {
            m_hasValidState = m_hasValidState || ok;
            loaded();
        }
    });
    // Problems change with every reload; so does what the banner says.
    connect(m_repository->problems(), &ProblemListModel::countChanged, this,
        &DraftPreview::stateChanged);
}

void DraftPreview::open(const QString &folder, bool now)
{
    if (!QFileInfo(folder).isDir()) {
        setMessage(tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_folder = QDir(folder).absolutePath();
    m_hasValidState = false;
    m_published.reset();
    m_publishedFolder.clear();
    qCInfo(lcPreview) << "previewing" << m_folder;
    m_bookmarks->setPreviewing(true);
    m_folderExists = true;
    watch();
    Q_EMIT stateChanged();
    if (now) {
        m_hasValidState = m_repository->loadNow(m_folder);
        loaded();
    } else {
        m_repository->load(m_folder);
    }
}

void DraftPreview::close()
{
    if (!isActive())
        return;
    const auto watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_debounce.stop();
    m_folder.clear();
    m_published.reset();
    m_publishedFolder.clear();
    m_changes.setChanges({}, {}, {}, 0, 0);
    m_repository->sessions()->setUpdateMarks({});
    m_repository->sessions()->setRemovedSessions({}, {});
    m_bookmarks->setPreviewing(false);
    m_repository->load(m_sync->startFolder());
    Q_EMIT stateChanged();
}

void DraftPreview::watch()
{
    const auto watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    // The folder itself catches files saved by rename, which replace the
    // watched file with a new one the watcher does not know yet; its parent
    // catches the folder being moved, deleted or made again, after which
    // the watches are set up anew; its subfolders, photos added or changed.
    const QDir folder(m_folder);
    QStringList paths {QFileInfo(m_folder).absolutePath()};
    if (folder.exists()) {
        paths.append(m_folder);
        for (const auto &entry :
            folder.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
            paths.append(entry.absoluteFilePath());
    }
    const auto failed = m_watcher.addPaths(paths);
    if (!failed.isEmpty())
        qCWarning(lcPreview) << "cannot watch" << failed;
}

void DraftPreview::reload()
{
    if (!isActive())
        return;
    watch();
    m_repository->load(m_folder);
}

void DraftPreview::loaded()
{
    m_lastReload = QDateTime::currentDateTime();
    compare();
    Q_EMIT stateChanged();
    Q_EMIT reloaded();
}

void DraftPreview::compare()
{
    const auto draft = m_repository->program();
    if (!draft || !m_hasValidState) {
        m_changes.setChanges({}, {}, {}, 0, 0);
        m_repository->sessions()->setUpdateMarks({});
        return;
    }
    // What attendees have now: the newest synced or bundled copy, if it is
    // the same edition as the draft.
    const auto publishedFolder =
        draft->workshop.id == m_sync->edition() ? m_sync->startFolder() : QString();
    // The same folder holds a new version after a sync: its manifest tells.
    const auto manifest =
        publishedFolder.isEmpty() ? std::nullopt : wc::loadManifest(publishedFolder);
    const auto publishedKey = manifest
        ? publishedFolder + QLatin1Char('#') + QString::number(manifest->version)
        : publishedFolder;
    if (publishedKey != m_publishedFolder) {
        m_publishedFolder = publishedKey;
        m_published.reset();
        if (!publishedFolder.isEmpty()) {
            auto loaded = wc::loadProgramFolder(publishedFolder);
            if (loaded.program)
                m_published = std::make_shared<const wc::Program>(std::move(*loaded.program));
        }
    }
    if (!m_published) {
        m_changes.setChanges({}, {}, {}, 0, 0);
        m_repository->sessions()->setUpdateMarks({});
        return;
    }
    const auto changes = wc::diffPrograms(*m_published, *draft);
    const int version = m_published->manifest ? m_published->manifest->version : 0;
    m_changes.setChanges(changes, *m_published, *draft, version, version);
    QHash<QString, QString> marks;
    QStringList removed;
    for (const auto &change : changes) {
        if (change.entity != wc::Change::Entity::Session)
            continue;
        if (change.kind == wc::Change::Kind::Added)
            marks.insert(change.id, tr("New in this draft"));
        else if (change.kind == wc::Change::Kind::Changed)
            marks.insert(change.id, wc::describeChange(change, *m_published, *draft));
        else
            removed.append(change.id);
    }
    m_repository->sessions()->setUpdateMarks(marks);
    m_repository->sessions()->setRemovedSessions(m_published, removed);
}

QString DraftPreview::statusText() const
{
    if (!isActive())
        return {};
    const int errors = m_repository->problems()->errorCount();
    const int warnings = m_repository->problems()->rowCount() - errors;
    const auto time = QLocale::c().toString(m_lastReload, QStringLiteral("HH:mm:ss"));
    if (isFolderMissing())
        return tr("The draft folder is gone — showing the last valid state until it is back");
    if (errors > 0 && !m_hasValidState)
        return tr("%1, %2 — nothing of the draft can be shown until the errors are fixed")
            .arg(errorsText(errors), warningsText(warnings));
    if (errors > 0)
        return tr("%1, %2 — showing the last valid state · checked %3")
            .arg(errorsText(errors), warningsText(warnings), time);
    if (warnings > 0)
        return tr("No errors, %1 · reloaded %2").arg(warningsText(warnings), time);
    return tr("No errors or warnings · reloaded %1").arg(time);
}

QString DraftPreview::comparison() const
{
    if (!isActive() || !m_hasValidState)
        return {};
    if (!m_published)
        return tr("No published copy of this edition on this laptop to compare with");
    const int version = m_published->manifest ? m_published->manifest->version : 0;
    const auto count = m_changes.rowCount();
    if (count == 0)
        return tr("Same as the published version %1").arg(version);
    return count == 1
        ? tr("Compared with the published version %1: 1 change").arg(version)
        : tr("Compared with the published version %1: %2 changes").arg(version).arg(count);
}

void DraftPreview::copyLocation(const QString &location)
{
    const auto text = QDir(m_folder).filePath(location);
    QGuiApplication::clipboard()->setText(text);
    setMessage(tr("Copied %1").arg(text));
}

void DraftPreview::openInEditor(const QString &file)
{
    const QFileInfo info(QDir(m_folder).filePath(file));
    // Only files of the draft itself: a problem's file name comes from the
    // draft, but is still not a path to trust blindly.
    if (!isActive() || !info.isFile() ||
        !info.absoluteFilePath().startsWith(m_folder + QLatin1Char('/'))) {
        setMessage(tr("%1 is not a file of the draft").arg(file));
        return;
    }
    if (!m_openUrl(QUrl::fromLocalFile(info.absoluteFilePath())))
        setMessage(tr("No application could open %1").arg(info.absoluteFilePath()));
}

void DraftPreview::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}
