// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "appsettings.h"
#include "urlcache.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Bookmarks;
namespace wc {
struct SyncRequest;
}

// Papers kept for reading offline: which ones (a setting: none, the
// bookmarked ones, all), the space their PDFs take, and the copies
// themselves. The sync fetches them (prepare() says what to fetch); the web
// pane opens a copy when the network is down.
class SavedPapers : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the saved papers")
    Q_PROPERTY(QString usage READ usage NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)

public:
    SavedPapers(AppSettings *settings, Bookmarks *bookmarks, QString dir, QObject *parent = nullptr);

    QString dir() const { return m_cache.dir(); }
    // "3 papers saved · 12.4 MB", or that none are.
    QString usage() const;
    // Why papers of the last fetch could not be saved; empty when all were.
    QString problem() const { return m_problem; }
    bool isEmpty() const { return m_count == 0; }
    // The saved copy of a paper's PDF, or an empty string.
    QString cachedFile(const QString &url) const;

    // Adds to a sync what papers to keep; nothing when the setting is off.
    void prepare(wc::SyncRequest &request) const;
    // A sync fetched `fetched` papers; `problems` say why others were not.
    void fetched(int fetched, const QStringList &problems);
    // Deletes every saved copy, and turns keeping them off.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    // There are papers to fetch now (the setting was turned on, a paper was
    // bookmarked): a sync would bring them.
    void fetchWanted();

private:
    void refresh();
    QSet<QString> bookmarkedPaperIds() const;
    // A bookmarked paper has a PDF but no saved copy yet.
    bool bookmarkedPaperMissing() const;

    AppSettings *m_settings;
    Bookmarks *m_bookmarks;
    wc::UrlCache m_cache;
    QString m_problem;
    int m_count = 0;
    qint64 m_bytes = 0;
    QTimer m_fetchSoon;
};
