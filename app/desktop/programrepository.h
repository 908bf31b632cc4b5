// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "paperlistmodel.h"
#include "urlcache.h"
#include "problemlistmodel.h"
#include "program.h"
#include "programloader.h"
#include "searchresultsmodel.h"
#include "sessionlistmodel.h"
#include "speakerlistmodel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class Bookmarks;
class TimeDisplay;

// The program the app shows. Loads a program folder off the GUI thread
// through the core's loader and hands the result to the models; a folder
// with errors replaces nothing, and its problems are shown instead. The
// search index follows from another worker once the program is shown: at
// NeurIPS scale it takes longer to build than the program takes to load.
// Detail pages get display-ready maps from here, so QML only lays them out.
class ProgramRepository : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the repository")
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY programChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString title READ title NOTIFY programChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY programChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY programChanged)
    Q_PROPERTY(QVariantList days READ days NOTIFY programChanged)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY programChanged)
    Q_PROPERTY(QVariantList posterSessions READ posterSessions NOTIFY programChanged)
    Q_PROPERTY(SessionListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(SpeakerListModel *speakers READ speakers CONSTANT)
    Q_PROPERTY(PaperListModel *papers READ papers CONSTANT)
    Q_PROPERTY(SearchResultsModel *search READ search CONSTANT)
    Q_PROPERTY(ProblemListModel *problems READ problems CONSTANT)

public:
    // How a folder becomes a LoadResult: the plain loader, or one with a cache.
    using FolderLoader = std::function<wc::LoadResult(const QString &folder)>;

    ProgramRepository(TimeDisplay *timeDisplay, Bookmarks *bookmarks, wc::UrlCache photos,
        FolderLoader loader = wc::loadProgramFolder, QObject *parent = nullptr);
    ~ProgramRepository() override;

    // Loads on a worker thread; loadFinished() tells how it went. Search
    // finds nothing in the new program until searchIndexed().
    void load(const QString &folder);
    // Loads and indexes on the calling thread (tests, the screenshot mode).
    bool loadNow(const QString &folder);
    // Loads on the calling thread, and leaves the search index to index():
    // for a program that reads in a moment, such as one with a shipped
    // snapshot, so that the window is made with it and its index is built
    // once the window is up rather than beside its first frame.
    bool loadHere(const QString &folder);
    // Builds the shown program's search index on a worker thread;
    // searchIndexed() says when it is there.
    void index();

    bool isLoaded() const { return m_program != nullptr; }
    // Until the result is applied: the watcher alone stops "running" before
    // its finished() is handled, which would show a moment of neither state.
    bool isLoading() const { return m_loading; }
    QString title() const;
    QString subtitle() const;
    // The folder of the latest load, whether it succeeded or not.
    QString folder() const { return m_folder; }
    QVariantList days() const;
    QStringList rooms() const;
    QVariantList posterSessions() const;
    SessionListModel *sessions() { return &m_sessions; }
    SpeakerListModel *speakers() { return &m_speakers; }
    PaperListModel *papers() { return &m_papers; }
    SearchResultsModel *search() { return &m_search; }
    ProblemListModel *problems() { return &m_problems; }
    std::shared_ptr<const wc::Program> program() const { return m_program; }

    // Display-ready details for the detail pages; empty when the id is unknown.
    Q_INVOKABLE QVariantMap session(const QString &id) const;
    Q_INVOKABLE QVariantMap speaker(const QString &id) const;
    Q_INVOKABLE QVariantMap paper(const QString &id) const;
    Q_INVOKABLE QVariantMap workshopInfo() const;

Q_SIGNALS:
    void programChanged();
    void loadingChanged();
    void loadFinished(bool ok);
    // The program load() brought can be searched.
    void searchIndexed();

private:
    bool apply(const QString &folder, wc::LoadResult result);
    QVariantMap speakerSummary(const wc::Speaker &speaker) const;
    QVariantMap paperSummary(const wc::Paper &paper) const;
    QVariantMap sessionSummary(const wc::Session &session) const;

    TimeDisplay *m_timeDisplay;
    Bookmarks *m_bookmarks;
    wc::UrlCache m_photos;
    FolderLoader m_loader;
    std::shared_ptr<const wc::Program> m_program;
    QString m_folder;
    QFutureWatcher<wc::LoadResult> m_watcher;
    QFutureWatcher<wc::SearchIndex> m_indexer;
    std::shared_ptr<const wc::Program> m_indexing; // what m_indexer indexes
    QString m_loadingFolder;
    bool m_loading = false;
    SessionListModel m_sessions;
    SpeakerListModel m_speakers;
    PaperListModel m_papers;
    SearchResultsModel m_search;
    ProblemListModel m_problems;
};
