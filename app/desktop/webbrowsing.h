// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "weballowlist.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class Navigator;
class ProgramRepository;
class SavedPapers;

// Where a link goes, and what the web pane may show. Links of the program
// open in the app's web pane when it is built with Qt WebEngine and the
// host is on the allowlist (wc::WebAllowlist); anything else, and every
// link in a build without WebEngine, goes to the system browser. The pane
// asks here before each navigation, and for a saved copy of a paper when
// the network is down.
class WebBrowsing : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the web browsing service")
    Q_PROPERTY(bool inApp READ inApp CONSTANT)
    Q_PROPERTY(QString storagePath READ storagePath CONSTANT)
    Q_PROPERTY(QString cachePath READ cachePath CONSTANT)

public:
    // How the system opens a URL (QDesktopServices::openUrl in the app).
    using Opener = std::function<bool(const QUrl &)>;
    struct Paths {
        QString storage; // the web profile's persistent storage
        QString cache; // the web profile's HTTP cache
    };

    WebBrowsing(ProgramRepository *repository, Navigator *navigator, SavedPapers *papers,
        Opener opener, Paths paths, bool inApp, QObject *parent = nullptr);

    bool inApp() const { return m_inApp; }
    QString storagePath() const { return m_paths.storage; }
    QString cachePath() const { return m_paths.cache; }

    // Opens a link the attendee chose: in the pane if it may show it,
    // otherwise in the system browser (mailto: in the mail program).
    Q_INVOKABLE void open(const QUrl &url);
    Q_INVOKABLE void openExternally(const QUrl &url);
    // Whether the pane may show `url`: an allowed host, or a saved paper.
    Q_INVOKABLE bool allows(const QUrl &url) const;
    // Whether a frame inside an allowed page may load `url`: an allowed
    // host, or content the page made itself (about:, data:, blob:).
    Q_INVOKABLE bool allowsFrame(const QUrl &url) const;
    // The saved copy of `url` (a paper's PDF) as a file URL, or an empty URL.
    Q_INVOKABLE QUrl savedCopy(const QUrl &url) const;
    // The paper `url` is a link of: { id, title }, or empty.
    Q_INVOKABLE QVariantMap paperFor(const QUrl &url) const;
    Q_INVOKABLE void copyLink(const QUrl &url) const;
    // Why a page did not load, in words, from Chromium's error code
    // ("net::ERR_NAME_NOT_RESOLVED" means nothing to most people).
    Q_INVOKABLE static QString loadErrorText(int code, const QString &errorString);

    QStringList allowedHosts() const { return m_allowlist.hosts(); }

private:
    void rebuildAllowlist();
    bool isSavedCopy(const QUrl &url) const;

    ProgramRepository *m_repository;
    Navigator *m_navigator;
    SavedPapers *m_papers;
    Opener m_opener;
    Paths m_paths;
    bool m_inApp;
    wc::WebAllowlist m_allowlist;
};
