// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "webbrowsing.h"

#include "navigator.h"
#include "programrepository.h"
#include "savedpapers.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWeb, "wc.desktop.web", QtWarningMsg)

namespace {

const wc::Paper *paperWithPdf(const wc::Program &program, const QUrl &url)
{
    // The PDF viewer adds #page=… to the address; the paper is the same.
    const auto wanted = url.adjusted(QUrl::RemoveFragment);
    for (const auto &paper : program.papers) {
        const auto pdf = wc::paperPdfUrl(paper);
        if (!pdf.isEmpty() && QUrl(pdf) == wanted)
            return &paper;
    }
    return nullptr;
}

} // namespace

WebBrowsing::WebBrowsing(ProgramRepository *repository, Navigator *navigator, SavedPapers *papers,
    Opener opener, Paths paths, bool inApp, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_navigator(navigator)
    , m_papers(papers)
    , m_opener(std::move(opener))
    , m_paths(std::move(paths))
    , m_inApp(inApp)
{
    connect(m_repository, &ProgramRepository::programChanged, this, &WebBrowsing::rebuildAllowlist);
    rebuildAllowlist();
}

void WebBrowsing::rebuildAllowlist()
{
    const auto program = m_repository->program();
    m_allowlist = program ? wc::WebAllowlist::forProgram(*program) : wc::WebAllowlist();
}

void WebBrowsing::open(const QUrl &url)
{
    // The pane shows the https twin of a plain http link: a page fetched
    // in clear could be rewritten on the way, and run in the pane.
    auto secure = url;
    if (url.scheme() == QLatin1String("http") && !allows(url))
        secure.setScheme(QStringLiteral("https"));
    if (m_inApp && allows(secure))
        m_navigator->go(QStringLiteral("web:") + secure.toString(QUrl::FullyEncoded));
    else
        openExternally(url);
}

void WebBrowsing::openExternally(const QUrl &url)
{
    // Only what a browser or mail program should get: never a local file
    // or a scheme some other program registered.
    const auto scheme = url.scheme();
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (!web && scheme != QLatin1String("mailto") && !isSavedCopy(url)) {
        qCWarning(lcWeb) << "not opening" << url << "outside the app";
        return;
    }
    if (!m_opener(url))
        qCWarning(lcWeb) << "the system could not open" << url;
}

bool WebBrowsing::isSavedCopy(const QUrl &url) const
{
    if (!url.isLocalFile() || m_papers->dir().isEmpty())
        return false;
    const QFileInfo file(url.toLocalFile());
    return file.isFile() &&
        file.canonicalPath() == QFileInfo(m_papers->dir()).canonicalFilePath() &&
        file.fileName().endsWith(QLatin1String(".pdf"));
}

bool WebBrowsing::allows(const QUrl &url) const
{
    return m_allowlist.allows(url) || isSavedCopy(url);
}

bool WebBrowsing::allowsFrame(const QUrl &url) const
{
    const auto scheme = url.scheme();
    return m_allowlist.allows(url) || scheme == QLatin1String("about") ||
        scheme == QLatin1String("data") || scheme == QLatin1String("blob");
}

QUrl WebBrowsing::savedCopy(const QUrl &url) const
{
    const auto program = m_repository->program();
    const auto *paper = program ? paperWithPdf(*program, url) : nullptr;
    if (!paper)
        return {};
    const auto file = m_papers->cachedFile(wc::paperPdfUrl(*paper));
    return file.isEmpty() ? QUrl() : QUrl::fromLocalFile(file);
}

QVariantMap WebBrowsing::paperFor(const QUrl &url) const
{
    const auto program = m_repository->program();
    if (!program)
        return {};
    const auto wanted = url.adjusted(QUrl::RemoveFragment);
    for (const auto &paper : program->papers) {
        for (const auto &link : paper.links) {
            if (QUrl(link.url) == wanted)
                return {{QStringLiteral("id"), paper.id}, {QStringLiteral("title"), paper.title}};
        }
    }
    return {};
}

void WebBrowsing::copyLink(const QUrl &url) const
{
    QGuiApplication::clipboard()->setText(url.toString());
}

QString WebBrowsing::loadErrorText(int code, const QString &errorString)
{
    // Chromium's net error codes (net/base/net_error_list.h).
    switch (code) {
    case -106:
        return tr("this computer is not connected to a network");
    case -105:
    case -137:
        return tr("its address could not be looked up; the network may be down");
    case -102:
        return tr("the server refused the connection");
    case -7:
    case -118:
        return tr("the server did not answer in time");
    case -109:
        return tr("the server cannot be reached from this network");
    case -100:
    case -101:
        return tr("the connection was cut");
    case -21:
        return tr("the network changed while loading");
    default:
        break;
    }
    if (code <= -200 && code > -300)
        return tr("the site's certificate is not trusted");
    return errorString;
}
