// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// The web pane against a site on loopback, offscreen: pages and PDFs load;
// a host off the allowlist goes to the system browser (a recording URL
// handler stands in for it); popups and permission requests are refused; a
// crashed page offers to reload; a saved paper opens with the server gone.

#include "appsettings.h"
#include "bookmarks.h"
#include "loopbackhttpserver.h"
#include "navigator.h"
#include "programrepository.h"
#include "savedpapers.h"
#include "testsupport.h"
#include "timedisplay.h"
#include "urlcache.h"
#include "webbrowsing.h"

#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QJSValue>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <csignal>

Q_IMPORT_QML_PLUGIN(WorkshopCompanionPlugin)

namespace {

// Stands in for the system browser: records what it was asked to open.
class UrlRecorder : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class WebPaneTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void pageLoads();
    void findAndZoom();
    void pdfOpensInTheViewer();
    void downloadsAreRefused();
    void otherHostsGoToTheSystemBrowser();
    void popupsAreRefused();
    void permissionsAreDenied();
    void crashedPageOffersReload();
    void refusedPortSaysSo();
    void offlinePaperOpensFromItsSavedCopy();

private:
    QUrl site(const QString &path) const { return m_server->url(path); }
    QUrl paper2() const { return m_paperServer->url(QStringLiteral("/paper.pdf")); }
    QObject *view() const { return m_pane->findChild<QObject *>(QStringLiteral("webView")); }
    QObject *notice() const { return m_pane->findChild<QObject *>(QStringLiteral("webNotice")); }
    void show(const QUrl &url);
    void runJavaScript(const QString &script);
    QString title() const { return view()->property("title").toString(); }
    bool idle() const { return !view()->property("loading").toBool(); }

    QTemporaryDir m_home;
    std::unique_ptr<wc::test::LoopbackHttpServer> m_server;
    // Serves paper 2 alone, and is stopped to take it offline.
    std::unique_ptr<wc::test::LoopbackHttpServer> m_paperServer;
    QString m_siteRoot;
    UrlRecorder m_browser;
    TimeDisplay m_timeDisplay;
    AppSettings m_settings;
    std::unique_ptr<Bookmarks> m_bookmarks;
    std::unique_ptr<ProgramRepository> m_repository;
    Navigator m_navigator;
    std::unique_ptr<SavedPapers> m_papers;
    std::unique_ptr<WebBrowsing> m_web;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem *m_pane = nullptr;
};

void WebPaneTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");

    m_server = std::make_unique<wc::test::LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_paperServer = std::make_unique<wc::test::LoopbackHttpServer>();
    QVERIFY(m_paperServer->listen());
    m_siteRoot = QDir(m_home.path()).filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(m_siteRoot));
    m_server->setRoot(m_siteRoot);
    m_paperServer->setRoot(m_siteRoot);
    const QDir root(m_siteRoot);
    // "localhost" is this computer too, but not a host the program links to.
    const auto elsewhere = QStringLiteral("http://localhost:%1/elsewhere.html").arg(m_server->port());
    QVERIFY(wc::test::writeFile(root.filePath(QStringLiteral("index.html")),
        QStringLiteral("<html><head><title>Workshop site</title></head><body>"
                       "<p>Welcome</p><a id=\"out\" href=\"%1\">elsewhere</a></body></html>")
            .arg(elsewhere)
            .toUtf8()));
    QVERIFY(wc::test::writeFile(root.filePath(QStringLiteral("popup.html")),
        "<html><head><title>waiting</title></head><body><script>"
        "const w = window.open('/index.html', '_blank');"
        "document.title = w ? 'popup opened' : 'popup blocked';"
        "</script></body></html>"));
    QVERIFY(wc::test::writeFile(root.filePath(QStringLiteral("permission.html")),
        "<html><head><title>waiting</title></head><body><script>"
        "navigator.geolocation.getCurrentPosition("
        "  () => { document.title = 'location granted'; },"
        "  e => { document.title = 'location denied ' + e.code; });"
        "</script></body></html>"));
    QVERIFY(wc::test::writeFile(root.filePath(QStringLiteral("data.bin")), QByteArray(4096, 'x')));
    {
        QPdfWriter pdf(root.filePath(QStringLiteral("paper.pdf")));
        pdf.setTitle(QStringLiteral("A paper on loopback"));
        QPainter painter(&pdf);
        painter.drawText(QPointF(100, 100), QStringLiteral("Offline reading works"));
    }

    // The test workshop, with its site and a paper's PDF on the server.
    const auto program = QDir(m_home.path()).filePath(QStringLiteral("program"));
    QVERIFY(wc::test::copyFolder(wc::test::dataPath(QStringLiteral("valid")), program));
    for (const auto &[file, from] : {
             std::pair {"papers.yaml", "https://example.org/papers/1.pdf"},
             std::pair {"workshop.yaml", "https://example.org/testshop-2024/"},
         }) {
        const auto path = QDir(program).filePath(QString::fromLatin1(file));
        const auto page = QString::fromLatin1(file) == QLatin1String("papers.yaml")
            ? QStringLiteral("/paper.pdf")
            : QStringLiteral("/index.html");
        QVERIFY(wc::test::writeFile(path, wc::test::replacedIn(path, from, site(page).toEncoded())));
    }
    const auto papersYaml = QDir(program).filePath(QStringLiteral("papers.yaml"));
    QVERIFY(wc::test::writeFile(papersYaml,
        wc::test::replacedIn(papersYaml, "    retracted: false\n",
            "    links: { pdf: \"" + paper2().toEncoded() + "\" }\n")));

    m_bookmarks = std::make_unique<Bookmarks>(
        QDir(m_home.path()).filePath(QStringLiteral("bookmarks")), &m_timeDisplay);
    m_repository = std::make_unique<ProgramRepository>(
        &m_timeDisplay, m_bookmarks.get(), wc::UrlCache(QString()));
    QVERIFY(m_repository->loadNow(program));
    m_papers = std::make_unique<SavedPapers>(
        &m_settings, m_bookmarks.get(), QDir(m_home.path()).filePath(QStringLiteral("papers")));
    m_web = std::make_unique<WebBrowsing>(m_repository.get(), &m_navigator, m_papers.get(),
        [](const QUrl &url) { return QDesktopServices::openUrl(url); },
        WebBrowsing::Paths {QDir(m_home.path()).filePath(QStringLiteral("web-data")),
            QDir(m_home.path()).filePath(QStringLiteral("web-cache"))},
        true);
    QVERIFY(m_web->allows(site(QStringLiteral("/index.html"))));
    QVERIFY(!m_web->allows(QUrl(elsewhere)));
    m_engine.addImportPath(QStringLiteral("qrc:/"));
}

void WebPaneTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void WebPaneTest::init()
{
    m_browser.opened.clear();
    m_window = std::make_unique<QQuickWindow>();
    m_window->resize(1024, 700);
    QQmlComponent component(&m_engine, QUrl(QStringLiteral("qrc:/WorkshopCompanion/views/WebView.qml")));
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    auto *object = component.createWithInitialProperties(
        {{QStringLiteral("web"), QVariant::fromValue(m_web.get())},
            {QStringLiteral("navigator"), QVariant::fromValue(&m_navigator)}});
    m_pane = qobject_cast<QQuickItem *>(object);
    QVERIFY2(m_pane, qPrintable(component.errorString()));
    m_pane->setParentItem(m_window->contentItem());
    m_pane->setSize(QSizeF(1024, 700));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void WebPaneTest::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
    m_window.reset();
}

void WebPaneTest::show(const QUrl &url)
{
    QVERIFY(QMetaObject::invokeMethod(m_pane, "show", Q_ARG(QVariant, url.toString())));
}

void WebPaneTest::runJavaScript(const QString &script)
{
    QVERIFY(QMetaObject::invokeMethod(
        view(), "runJavaScript", Q_ARG(QString, script), Q_ARG(QJSValue, QJSValue())));
}

void WebPaneTest::pageLoads()
{
    show(site(QStringLiteral("/index.html")));
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("Workshop site"), 20000);
    QTRY_VERIFY(idle());
    QCOMPARE(view()->property("loadProgress").toInt(), 100);
    QCOMPARE(notice()->property("visible").toBool(), false);
    QVERIFY(m_browser.opened.isEmpty());
    // The pane's own profile, kept where the app says.
    auto *profile = m_pane->findChild<QObject *>(QStringLiteral("webProfile"));
    QVERIFY(profile);
    QCOMPARE(profile->property("offTheRecord").toBool(), false);
    QCOMPARE(profile->property("persistentStoragePath").toString(), m_web->storagePath());
    QCOMPARE(profile->property("cachePath").toString(), m_web->cachePath());
    QTRY_VERIFY(QFileInfo(m_web->storagePath()).isDir());
}

void WebPaneTest::findAndZoom()
{
    show(site(QStringLiteral("/index.html")));
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("Workshop site"), 20000);
    QTRY_VERIFY(idle());
    auto *findBar = m_pane->findChild<QObject *>(QStringLiteral("findBar"));
    QVERIFY(findBar);
    QVERIFY(QMetaObject::invokeMethod(findBar, "find", Q_ARG(QString, QStringLiteral("welcome")),
        Q_ARG(bool, false)));
    QTRY_COMPARE(m_pane->property("findMatches").toString(), QStringLiteral("1 of 1"));
    QVERIFY(QMetaObject::invokeMethod(findBar, "find", Q_ARG(QString, QStringLiteral("nowhere")),
        Q_ARG(bool, false)));
    QTRY_COMPARE(m_pane->property("findMatches").toString(), QStringLiteral("No matches"));

    QVERIFY(QMetaObject::invokeMethod(m_pane, "stepZoom", Q_ARG(QVariant, 1)));
    QCOMPARE(view()->property("zoomFactor").toReal(), 1.1);
    QVERIFY(QMetaObject::invokeMethod(m_pane, "stepZoom", Q_ARG(QVariant, -1)));
    QVERIFY(QMetaObject::invokeMethod(m_pane, "stepZoom", Q_ARG(QVariant, -1)));
    QCOMPARE(view()->property("zoomFactor").toReal(), 0.9);
}

void WebPaneTest::downloadsAreRefused()
{
    show(site(QStringLiteral("/data.bin")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->property("notice").toString().isEmpty(), 20000);
    QTest::qWait(300);
    // Nothing was saved where the profile would save downloads.
    const QDir downloads(QDir(m_home.path()).filePath(QStringLiteral("web-cache/downloads")));
    QVERIFY(downloads.entryList(QDir::Files).isEmpty());
}

void WebPaneTest::pdfOpensInTheViewer()
{
    show(site(QStringLiteral("/paper.pdf")));
    // The viewer names the page after the document; a PDF that was not
    // shown would be offered as a download, which the pane refuses aloud.
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("A paper on loopback"), 20000);
    QTRY_VERIFY(idle());
    QCOMPARE(m_pane->property("notice").toString(), QString());
    QCOMPARE(m_pane->property("problem").toString(), QString());
}

void WebPaneTest::otherHostsGoToTheSystemBrowser()
{
    show(site(QStringLiteral("/index.html")));
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("Workshop site"), 20000);
    QTRY_VERIFY(idle());
    const auto elsewhere = QUrl(QStringLiteral("http://localhost:%1/elsewhere.html").arg(m_server->port()));

    // A link to another host is intercepted: the pane says where it leads,
    // and the browser gets it only when the attendee asks.
    runJavaScript(QStringLiteral("document.getElementById('out').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->property("problem").toString(), QStringLiteral("elsewhere"), 10000);
    QCOMPARE(m_pane->property("elsewhereUrl").toUrl(), elsewhere);
    QVERIFY(notice()->property("visible").toBool());
    QVERIFY(m_browser.opened.isEmpty());
    QVERIFY(QMetaObject::invokeMethod(notice(), "triggered", Q_ARG(QString, QStringLiteral("elsewhere"))));
    QCOMPARE(m_browser.opened, QList<QUrl> {elsewhere});
    // The pane stays on its page.
    QCOMPARE(m_pane->property("problem").toString(), QString());
    QCOMPARE(view()->property("url").toUrl(), site(QStringLiteral("/index.html")));

    // A page cannot send the browser anywhere by itself.
    m_browser.opened.clear();
    runJavaScript(QStringLiteral("setTimeout(() => { location.href = '%1'; }, 10)").arg(elsewhere.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->property("problem").toString(), QStringLiteral("elsewhere"), 10000);
    QTest::qWait(300);
    QVERIFY(m_browser.opened.isEmpty());
    QVERIFY(QMetaObject::invokeMethod(notice(), "triggered", Q_ARG(QString, QStringLiteral("stay"))));
    QCOMPARE(m_pane->property("problem").toString(), QString());

    // Asked to show such a page, or a script, the pane loads nothing.
    show(elsewhere);
    QCOMPARE(m_pane->property("problem").toString(), QStringLiteral("elsewhere"));
    show(QUrl(QStringLiteral("javascript:document.title='ran'")));
    QCOMPARE(m_pane->property("problem").toString(), QStringLiteral("elsewhere"));
    QTest::qWait(300);
    QCOMPARE(title(), QStringLiteral("Workshop site"));
    QVERIFY(m_browser.opened.isEmpty());
}

void WebPaneTest::popupsAreRefused()
{
    m_server->clearRequests();
    show(site(QStringLiteral("/popup.html")));
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("popup blocked"), 20000);
    QTest::qWait(300);
    // The page the popup would have shown was never fetched.
    for (const auto &request : m_server->requests())
        QVERIFY2(request.path != "/index.html", request.path.constData());
    QCOMPARE(view()->property("url").toUrl(), site(QStringLiteral("/popup.html")));
    QVERIFY(m_browser.opened.isEmpty());
}

void WebPaneTest::permissionsAreDenied()
{
    show(site(QStringLiteral("/permission.html")));
    // 1 is PERMISSION_DENIED; a request nobody answered would leave "waiting".
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("location denied 1"), 20000);
    // And it was the pane that said no.
    QCOMPARE(m_pane->property("refusedRequests").toInt(), 1);
}

void WebPaneTest::crashedPageOffersReload()
{
    show(site(QStringLiteral("/index.html")));
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("Workshop site"), 20000);
    // The page's own process, once loading is over (a first navigation may
    // swap processes, and the one before is not this page's).
    QTRY_VERIFY(idle());
    QTRY_VERIFY(view()->property("renderProcessPid").toLongLong() > 0);
    QTest::qWait(200);
    const auto pid = pid_t(view()->property("renderProcessPid").toLongLong());
    QCOMPARE(::kill(pid, SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->property("problem").toString(), QStringLiteral("crashed"), 10000);
    QVERIFY(notice()->property("visible").toBool());

    QVERIFY(QMetaObject::invokeMethod(notice(), "triggered", Q_ARG(QString, QStringLiteral("reload"))));
    QTRY_COMPARE(m_pane->property("problem").toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(idle() && title() == QLatin1String("Workshop site"), 20000);
    QTRY_VERIFY(view()->property("renderProcessPid").toLongLong() != pid);
}

void WebPaneTest::refusedPortSaysSo()
{
    // Chromium refuses some ports itself (39 is not one; 9 is), with an
    // error Qt files under HTTP: still a page that did not arrive.
    show(QUrl(QStringLiteral("http://127.0.0.1:9/nothing.pdf")));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->property("problem").toString(), QStringLiteral("unreachable"), 20000);
}

void WebPaneTest::offlinePaperOpensFromItsSavedCopy()
{
    // Paper 2's site is gone. Without a saved copy the pane says so and
    // offers the abstract.
    const auto paperUrl = paper2();
    m_paperServer.reset();
    show(paperUrl);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->property("problem").toString(), QStringLiteral("unreachable"), 20000);
    QVERIFY(notice()->property("visible").toBool());
    QVERIFY(QMetaObject::invokeMethod(notice(), "triggered", Q_ARG(QString, QStringLiteral("abstract"))));
    QCOMPARE(m_navigator.route(), QStringLiteral("paper:2"));
    cleanup();

    // A saved copy, as a sync keeps it, opens instead.
    const wc::UrlCache cache(m_papers->dir(), QStringLiteral(".pdf"));
    QVERIFY(QDir().mkpath(cache.dir()));
    QFile pdf(QDir(m_siteRoot).filePath(QStringLiteral("paper.pdf")));
    QVERIFY(pdf.copy(cache.filePath(paperUrl.toString())));
    init();
    show(paperUrl);
    const auto copy = QUrl::fromLocalFile(cache.filePath(paperUrl.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(view()->property("url").toUrl(), copy, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("A paper on loopback"), 20000);
    QTRY_VERIFY(idle());
    QCOMPARE(m_pane->property("problem").toString(), QString());
    QVERIFY(m_pane->property("showingSavedCopy").toBool());
    auto *badge = m_pane->findChild<QObject *>(QStringLiteral("savedCopyBadge"));
    QVERIFY(badge && badge->property("visible").toBool());
    // What the toolbar offers to open or copy is still the paper's address.
    auto *address = m_pane->findChild<QObject *>(QStringLiteral("addressField"));
    QCOMPARE(address->property("text").toString(), paperUrl.toString());
}

int main(int argc, char *argv[])
{
    // As the app does: WebEngine shares OpenGL resources with the window.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    WebPaneTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webpane.moc"
