// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "savedpapers.h"

#include "bookmarks.h"
#include "syncengine.h"

#include <QLocale>

#include <algorithm>

SavedPapers::SavedPapers(AppSettings *settings, Bookmarks *bookmarks, QString dir, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_bookmarks(bookmarks)
    , m_cache(std::move(dir), QStringLiteral(".pdf"))
{
    // Bookmarking several papers in a row asks for one fetch.
    m_fetchSoon.setSingleShot(true);
    m_fetchSoon.setInterval(3000);
    connect(&m_fetchSoon, &QTimer::timeout, this, &SavedPapers::fetchWanted);
    connect(m_settings, &AppSettings::offlinePapersChanged, this, [this] {
        if (m_settings->offlinePapers() != AppSettings::OfflinePapers::None)
            Q_EMIT fetchWanted();
    });
    // Notes and sessions change the schedule too; only a bookmarked paper
    // with no copy yet is worth a sync.
    connect(m_bookmarks, &Bookmarks::scheduleChanged, this, [this] {
        if (m_settings->offlinePapers() == AppSettings::OfflinePapers::Bookmarked &&
            bookmarkedPaperMissing())
            m_fetchSoon.start();
    });
    refresh();
}

QString SavedPapers::usage() const
{
    if (m_count == 0)
        return tr("No papers saved for offline reading");
    const auto size = QLocale().formattedDataSize(m_bytes, 1, QLocale::DataSizeSIFormat);
    return m_count == 1 ? tr("1 paper saved · %1").arg(size)
                        : tr("%1 papers saved · %2").arg(m_count).arg(size);
}

QString SavedPapers::cachedFile(const QString &url) const
{
    return m_cache.cachedFile(url);
}

QSet<QString> SavedPapers::bookmarkedPaperIds() const
{
    QSet<QString> ids;
    for (const auto &entry : m_bookmarks->entries()) {
        if (entry.kind == wc::ItemKind::Paper && entry.bookmarked)
            ids.insert(entry.id);
    }
    return ids;
}

bool SavedPapers::bookmarkedPaperMissing() const
{
    const auto program = m_bookmarks->program();
    if (!program)
        return false;
    const auto ids = bookmarkedPaperIds();
    return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
        const auto *paper = program->paper(id);
        const auto url = paper && !paper->retracted ? wc::paperPdfUrl(*paper) : QString();
        return !url.isEmpty() && m_cache.cachedFile(url).isEmpty();
    });
}

void SavedPapers::prepare(wc::SyncRequest &request) const
{
    const auto choice = m_settings->offlinePapers();
    if (choice == AppSettings::OfflinePapers::None)
        return;
    request.paperDir = m_cache.dir();
    if (choice == AppSettings::OfflinePapers::Bookmarked)
        request.onlyPapers = bookmarkedPaperIds();
}

void SavedPapers::fetched(int fetched, const QStringList &problems)
{
    Q_UNUSED(fetched)
    m_problem = problems.isEmpty() ? QString()
        : problems.size() == 1
        ? tr("1 paper could not be saved: %1").arg(problems.first())
        : tr("%1 papers could not be saved; the first: %2").arg(problems.size()).arg(problems.first());
    refresh();
}

void SavedPapers::clear()
{
    // Deleting them is asking not to keep them: else the next sync would
    // bring them all back.
    m_settings->setOfflinePapers(AppSettings::OfflinePapers::None);
    if (!m_cache.clear())
        m_problem = tr("Some saved papers could not be deleted from %1").arg(m_cache.dir());
    else
        m_problem.clear();
    refresh();
}

void SavedPapers::refresh()
{
    m_count = m_cache.count();
    m_bytes = m_cache.bytesUsed();
    Q_EMIT changed();
}
