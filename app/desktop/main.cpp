// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// workshop-companion: wires the services together and starts the QML engine.

#include "appsettings.h"
#include "bookmarks.h"
#include "changelistmodel.h"
#include "clock.h"
#include "draftpreview.h"
#include "myschedulemodel.h"
#include "navigator.h"
#include "nownext.h"
#include "processinfo.h"
#include "programcache.h"
#include "programloader.h"
#include "programrepository.h"
#include "reminders.h"
#include "savedpapers.h"
#include "scheduleexporter.h"
#include "scrollbenchmark.h"
#include "syncservice.h"
#include "timedisplay.h"
#include "translations.h"
#include "urlcache.h"
#include "webbrowsing.h"

#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

Q_IMPORT_QML_PLUGIN(WorkshopCompanionPlugin)

namespace {

// The program compiled into the app: always there, even offline on first start.
const auto bundledProgram = QStringLiteral(":/bundled/neurips2023");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2c, 0x30), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(110));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(120));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, text.darker(160));
    p.setColor(QPalette::Light, window.lighter(160));
    p.setColor(QPalette::Midlight, window.lighter(130));
    p.setColor(QPalette::Mid, window.lighter(115));
    p.setColor(QPalette::Dark, window.darker(140));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, text.darker(190));
    return p;
}

// Qt Quick's Fusion style takes its colours from the platform theme rather
// than from QGuiApplication's palette, so a forced theme is handed to the
// window as colours by role name.
QVariantMap paletteColors(const QPalette &palette)
{
    static const std::pair<const char *, QPalette::ColorRole> roles[] = {
        {"window", QPalette::Window},
        {"windowText", QPalette::WindowText},
        {"base", QPalette::Base},
        {"alternateBase", QPalette::AlternateBase},
        {"text", QPalette::Text},
        {"button", QPalette::Button},
        {"buttonText", QPalette::ButtonText},
        {"brightText", QPalette::BrightText},
        {"highlight", QPalette::Highlight},
        {"highlightedText", QPalette::HighlightedText},
        {"link", QPalette::Link},
        {"linkVisited", QPalette::LinkVisited},
        {"toolTipBase", QPalette::ToolTipBase},
        {"toolTipText", QPalette::ToolTipText},
        {"placeholderText", QPalette::PlaceholderText},
        {"light", QPalette::Light},
        {"midlight", QPalette::Midlight},
        {"mid", QPalette::Mid},
        {"dark", QPalette::Dark},
        {"shadow", QPalette::Shadow},
    };
    QVariantMap colors;
    for (const auto &[name, role] : roles)
        colors.insert(QString::fromLatin1(name), palette.color(QPalette::Active, role));
    return colors;
}

// Remembers the window's size when the attendee closes it. An event filter
// rather than a handler of the window's closing signal: Qt 6.4's QML
// compiler crashes on one in a plain Window, and its argument's type is
// private to Qt Quick.
class WindowSizeKeeper : public QObject {
public:
    WindowSizeKeeper(QWindow *window, AppSettings *settings)
        : m_window(window)
        , m_settings(settings)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Close)
            m_settings->setWindowSize(m_window->size());
        return false;
    }

private:
    QWindow *m_window;
    AppSettings *m_settings;
};

// Any QML warning fails --self-test and --screenshot: they are what tests run.
void countQmlWarnings(QQmlEngine &engine, int *warnings)
{
    QObject::connect(
        &engine, &QQmlEngine::warnings, &engine, [warnings](const QList<QQmlError> &list) {
            for (const auto &warning : list)
                std::fprintf(stderr, "QML warning: %s\n", qPrintable(warning.toString()));
            *warnings += int(list.size());
        });
}

// Calls `done` once the window has drawn a frame and settled (images and
// lazily created views get a moment to appear).
void afterFirstFrame(QQuickWindow *window, std::function<void()> done)
{
    // Stopped by the frame: what `done` starts may take as long as it needs.
    auto *noFrame = new QTimer(window);
    noFrame->setSingleShot(true);
    QObject::connect(noFrame, &QTimer::timeout, window, [] {
        std::fprintf(stderr, "workshop-companion: no frame drawn within 30 s\n");
        QCoreApplication::exit(1);
    });
    noFrame->start(30000);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [connection, done, noFrame] {
            // Frames swapped before this ran queued calls of their own: `done` runs once.
            if (!QObject::disconnect(*connection))
                return;
            noFrame->stop();
            noFrame->deleteLater();
            QTimer::singleShot(300, done);
        },
        Qt::QueuedConnection);
}

// Calls `done` once the program (or its problems) is on screen and settled.
void afterProgramShown(
    QQuickWindow *window, ProgramRepository &repository, std::function<void()> done)
{
    if (repository.isLoading())
        QObject::connect(&repository, &ProgramRepository::loadFinished, window,
            [window, done] { afterFirstFrame(window, done); });
    else
        afterFirstFrame(window, done);
}

// Calls `done` once the web pane's page has loaded (a PDF: once the viewer
// has it); it polls, because the page's own frames do not reach the window
// as signals.
void whenPageLoaded(QQuickWindow *window, std::function<void()> done)
{
    auto *poll = new QTimer(window);
    poll->start(20);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, done] {
        auto *page = window->findChild<QObject *>(QStringLiteral("webView"));
        if (!page || page->property("loading").toBool() ||
            page->property("loadProgress").toInt() < 100)
            return;
        poll->deleteLater();
        poll->stop();
        done();
    });
}

// Calls `done` once the parts of the window loaded after its first frame
// (LaterLoader: the bars, the side bar, the view's Controls) are made and
// drawn. It polls, like whenPageLoaded(): a loader tells no one but its
// item when it is done.
void whenWindowComplete(QQuickWindow *window, std::function<void()> done)
{
    const auto complete = [window] {
        // No LaterLoader (an item with a file) that is to load and is not done.
        const std::function<bool(const QQuickItem *)> done = [&done](const QQuickItem *item) {
            if (item->property("file").isValid() && item->property("active").toBool() &&
                !item->property("item").value<QObject *>())
                return false;
            const auto children = item->childItems();
            return std::all_of(children.cbegin(), children.cend(), done);
        };
        return done(window->contentItem());
    };
    auto *poll = new QTimer(window);
    poll->start(5);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, complete, done] {
        if (!complete())
            return;
        poll->stop();
        poll->deleteLater();
        QObject::connect(window, &QQuickWindow::frameSwapped, window, done,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        window->update();
    });
}

// The timeline's text is in the UI font and its bold. A font's engine (its
// fontconfig match, FreeType face and HarfBuzz shaper) belongs to the thread
// that made it, so this thread makes those two while it would otherwise wait
// for the QML engine to compile the window, rather than after, on the way to
// the first frame.
void prepareTimelineFonts()
{
    auto font = QGuiApplication::font();
    QFontMetricsF(font).horizontalAdvance(QStringLiteral("09:00"));
    font.setBold(true);
    QFontMetricsF(font).horizontalAdvance(QStringLiteral("09:00"));
}

// --report-startup: monotonic clock readings (the benchmark compares them
// with its own at launch) for the first frame and the first frame showing
// the program, then peak memory and whether WebEngine was loaded, then for
// the first frame with every part of the window. Started on
// a web page (--view web:URL), it goes on until the page has loaded and adds
// the memory of WebEngine's processes.
void reportStartup(QQuickWindow *window, ProgramRepository &repository, const Navigator &navigator)
{
    auto monotonicMs = [] {
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    auto firstFrame = std::make_shared<bool>(true);
    auto programShown = std::make_shared<QMetaObject::Connection>();
    *programShown = QObject::connect(window, &QQuickWindow::frameSwapped, window,
        [=, &repository, &navigator] {
            const double ms = monotonicMs();
            if (*firstFrame) {
                std::fprintf(stdout, "first-frame-ms %.3f\n", ms);
                *firstFrame = false;
            }
            // With a render thread, frames swapped meanwhile queued calls of their own.
            if (repository.isLoading() || !QObject::disconnect(*programShown))
                return;
            std::fprintf(stdout, "program-frame-ms %.3f\nprogram-frame-cpu-ms %.3f\n", ms,
                processinfo::cpuMs());
            std::fprintf(stdout, "peak-rss-kb %ld\nwebengine-loaded %d\n", processinfo::peakRssKb(),
                int(processinfo::hasLibrary(QStringLiteral("libQt6WebEngineCore"))));
            std::fflush(stdout);
            if (!repository.isLoaded()) {
                QCoreApplication::exit(1);
                return;
            }
            if (navigator.view() != QLatin1String("web")) {
                // The bars around the view come a few frames after it.
                whenWindowComplete(window, [=] {
                    std::fprintf(stdout, "window-complete-ms %.3f\n", monotonicMs());
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
                return;
            }
            whenPageLoaded(window, [=] {
                std::fprintf(stdout, "page-loaded-ms %.3f\npeak-rss-kb %ld\nweb-processes-rss-kb %lld\n",
                    monotonicMs(), processinfo::peakRssKb(), processinfo::descendantsRssKb());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        });
    // Frames are only drawn when something changes; make sure one follows the load.
    QObject::connect(&repository, &ProgramRepository::loadFinished, window, &QQuickWindow::update);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef WC_WITH_WEBENGINE
    // The web pane shares OpenGL resources with the window. Only this is
    // set up front: WebEngine itself loads with the pane's QML import, so
    // no web process exists until a page is first shown.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    constexpr bool webPaneBuilt = true;
#else
    constexpr bool webPaneBuilt = false;
#endif
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("workshop-companion"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Workshop Companion"));
    QGuiApplication::setOrganizationName(QStringLiteral("workshop-companion"));
    QGuiApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.workshopcompanion.WorkshopCompanion"));
    installTranslations(&app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A workshop's program on your laptop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Open the program folder DIR instead of the bundled one."),
        QStringLiteral("DIR"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
        QStringLiteral(
            "Pretend it is TIME (ISO 8601, in the workshop's zone unless it has an offset)."),
        QStringLiteral("TIME"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("Start on VIEW: timeline, session:ID, speakers, speaker:ID, papers, "
                       "paper:ID, search:QUERY, about."),
        QStringLiteral("VIEW"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("light or dark instead of the system's colours."), QStringLiteral("THEME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size, e.g. 1366x768."), QStringLiteral("WxH"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Draw the window offscreen, save it as FILE (PNG) and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption reportStartupOption(QStringLiteral("report-startup"),
        QStringLiteral("For benchmarks: print when the first frame and the first "
                       "frame with the program were drawn, and peak memory, then quit."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load the main window, draw it once and quit."));
    const QCommandLineOption benchScrollOption(QStringLiteral("bench-scroll"),
        QStringLiteral("For benchmarks: show VIEW (timeline or papers), scroll it from top to "
                       "bottom by %1 px every frame (the timeline: each day in turn), print the "
                       "times between frames and peak memory, then quit.")
            .arg(ScrollBenchmark::stepPx),
        QStringLiteral("VIEW"));
    const QCommandLineOption previewOption(QStringLiteral("preview"),
        QStringLiteral("Organizer mode: preview the draft folder DIR, reloading it on every save."),
        QStringLiteral("DIR"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
        QStringLiteral("Do not check the site for program updates (Sync now still does)."));
    const QCommandLineOption syncUrlOption(QStringLiteral("sync-url"),
        QStringLiteral(
            "Sync from URL instead of the program's sync.url (a local preview of the site)."),
        QStringLiteral("URL"));
    parser.addOptions({dataOption, nowOption, viewOption, themeOption, sizeOption, screenshotOption,
        selfTestOption, reportStartupOption, benchScrollOption, offlineOption, syncUrlOption,
        previewOption});
    parser.process(app);
    // The first text drawn waits for fontconfig to read its configuration,
    // list the system's fonts and sort those the UI font falls back on. The
    // lists are kept for the whole process, so they are made here, beside
    // the QML engine's start rather than in its way (and after the options,
    // which may end the process: --help while the thread runs would tear
    // its locks down under it). The font engine made with them is this
    // thread's own; prepareTimelineFonts() makes the window's.
    QThreadPool::globalInstance()->start([] { QFontMetricsF(QGuiApplication::font()).height(); });

    const bool screenshot = parser.isSet(screenshotOption);
    const auto theme = parser.value(themeOption);
    if (parser.isSet(themeOption) && theme != QLatin1String("light") &&
        theme != QLatin1String("dark")) {
        std::fprintf(stderr, "workshop-companion: --theme is light or dark\n");
        return 2;
    }
    QSize size;
    if (parser.isSet(sizeOption)) {
        const auto parts = parser.value(sizeOption).split(QLatin1Char('x'));
        size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (size.width() < 320 || size.height() < 240) {
            std::fprintf(stderr, "workshop-companion: --size is WIDTHxHEIGHT, at least 320x240\n");
            return 2;
        }
    }
    const auto route = parser.value(viewOption);
    if (parser.isSet(viewOption) && !Navigator::isValidRoute(route)) {
        std::fprintf(stderr, "workshop-companion: unknown view '%s'\n", qPrintable(route));
        return 2;
    }
    const auto scrolledView = parser.value(benchScrollOption);
    if (parser.isSet(benchScrollOption) && scrolledView != QLatin1String("timeline") &&
        scrolledView != QLatin1String("papers")) {
        std::fprintf(stderr, "workshop-companion: --bench-scroll is timeline or papers\n");
        return 2;
    }

    // The style, Fusion, is set by :/qtquickcontrols2.conf.
    if (theme == QLatin1String("dark"))
        QGuiApplication::setPalette(darkPalette());
    else if (theme == QLatin1String("light"))
        QGuiApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));

    // A plain engine rather than QQmlApplicationEngine: that one adds a file
    // selector, which looks for "+selector" folders beside every file and
    // image it loads, each a search through every resource tree in the
    // process (about a tenth of the start-up's instructions). The app has no
    // such folders, and Qt 6's Controls choose their style without them;
    // Qt's own catalog is installed by installTranslations().
    QQmlEngine engine;
    QObject::connect(
        &engine, &QQmlEngine::quit, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(
        &engine, &QQmlEngine::exit, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    int qmlWarnings = 0;
    if (screenshot || parser.isSet(selfTestOption) || parser.isSet(benchScrollOption))
        countQmlWarnings(engine, &qmlWarnings);
    engine.addImportPath(QStringLiteral("qrc:/"));
    // The window's files are compiled on the engine's loader thread while
    // this thread starts the services and reads the program: the window
    // itself, and the view it starts on. Made later, the window's component
    // waits for that compilation rather than starting its own, and the
    // view's Loader finds it done.
    const QUrl mainUrl(QStringLiteral("qrc:/WorkshopCompanion/Main.qml"));
    QQmlComponent windowCompiling(&engine);
    windowCompiling.loadUrl(mainUrl, QQmlComponent::Asynchronous);
    QQmlComponent startViewCompiling(&engine);
    startViewCompiling.loadUrl(
        QUrl(QStringLiteral("qrc:/WorkshopCompanion/views/TimelineView.qml")),
        QQmlComponent::Asynchronous);

    AppSettings settings;
    TimeDisplay timeDisplay;
    timeDisplay.setUseLaptopZone(settings.useLaptopZone());
    QObject::connect(&timeDisplay, &TimeDisplay::changed, &settings,
        [&] { settings.setUseLaptopZone(timeDisplay.useLaptopZone()); });
    const QDir dataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    Bookmarks bookmarks(dataDir.filePath(QStringLiteral("bookmarks")), &timeDisplay);
    MyScheduleModel schedule(&bookmarks, &timeDisplay);
    ScheduleExporter exporter(&bookmarks, &schedule, &timeDisplay);
    const QDir cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    const wc::UrlCache photos(cacheDir.filePath(QStringLiteral("photos")));
    // A parsed program is kept as a snapshot, so a large edition opens fast
    // the second time; any change to its files or to the app makes a new one.
    const wc::ProgramCache programCache(cacheDir.filePath(QStringLiteral("programs")));
    ProgramRepository repository(
        &timeDisplay, &bookmarks, photos, [&programCache](const QString &folder) {
            return wc::loadProgramFolderCached(folder, programCache, QStringLiteral(WC_VERSION));
        });
    // Changes that program updates brought, until the attendee has seen them.
    const auto edition = wc::loadManifest(bundledProgram).value_or(wc::Manifest {}).edition;
    ChangeListModel changes(
        wc::ChangeLog(dataDir.filePath(QStringLiteral("changes/%1.json").arg(edition)), edition),
        &bookmarks);
    SyncService sync(&repository, &changes, &settings, &timeDisplay,
        {bundledProgram, dataDir.filePath(QStringLiteral("programs")), photos.dir()});
    if (parser.isSet(syncUrlOption))
        sync.setSiteUrl(QUrl::fromUserInput(parser.value(syncUrlOption)));
    SavedPapers savedPapers(&settings, &bookmarks, cacheDir.filePath(QStringLiteral("papers")));
    sync.setSavedPapers(&savedPapers);
    QObject::connect(&savedPapers, &SavedPapers::fetchWanted, &sync, &SyncService::syncForPapers);
    DraftPreview preview(&repository, &sync, &bookmarks,
        [](const QUrl &url) { return QDesktopServices::openUrl(url); });
    // The newest good copy, bundled or synced, is shown at once.
    const auto folder = parser.isSet(dataOption) ? parser.value(dataOption) : sync.startFolder();

    // A fixed clock (demos, screenshots) needs the workshop's zone to read
    // --now, so it loads the program first; otherwise the window comes up
    // at once and the program follows from a worker thread.
    QDateTime fixedNow;
    const bool loadFirst = parser.isSet(nowOption) || screenshot;
    bool indexAfterFirstFrame = false;
    if (parser.isSet(previewOption)) {
        preview.open(parser.value(previewOption), loadFirst);
        if (!preview.isActive()) {
            std::fprintf(stderr, "workshop-companion: %s\n", qPrintable(preview.message()));
            return 2;
        }
    } else if (loadFirst) {
        repository.loadNow(folder);
    } else if (QFile::exists(wc::ProgramCache::shippedSnapshotPath(folder))) {
        // The bundled program reads from its snapshot in a millisecond or
        // two: the window is made with it, rather than with a "Loading" view
        // that it would replace at once.
        indexAfterFirstFrame = repository.loadHere(folder);
    } else {
        repository.load(folder);
    }
    if (parser.isSet(nowOption)) {
        const auto zone =
            repository.program() ? repository.program()->workshop.timeZone : QTimeZone::utc();
        fixedNow = Clock::parseNow(parser.value(nowOption), zone);
        if (!fixedNow.isValid()) {
            std::fprintf(stderr,
                "workshop-companion: --now wants an ISO 8601 time such as 2023-12-16T11:15\n");
            return 2;
        }
    }
    Clock clock(fixedNow);
    NowNext nowNext(&clock, &timeDisplay);
    QObject::connect(&repository, &ProgramRepository::programChanged, &nowNext,
        [&] { nowNext.setProgram(repository.program()); });
    nowNext.setProgram(repository.program());
    Reminders reminders(&bookmarks, &clock, &settings, &timeDisplay, sendDesktopNotification);
    Navigator navigator(parser.isSet(benchScrollOption) ? scrolledView
            : parser.isSet(viewOption)                  ? route
                                                        : settings.lastRoute());
    WebBrowsing web(&repository, &navigator, &savedPapers,
        [](const QUrl &url) { return QDesktopServices::openUrl(url); },
        {dataDir.filePath(QStringLiteral("web")), cacheDir.filePath(QStringLiteral("web"))},
        webPaneBuilt);
    // Opening an item marks what an update changed in it as seen; not in a
    // draft, which is not what attendees have.
    QObject::connect(&navigator, &Navigator::routeChanged, &changes, [&] {
        if (!preview.isActive())
            changes.markRouteSeen(navigator.route());
    });
    // Runs that must not depend on a network (tests, screenshots,
    // benchmarks) never sync by themselves.
    if (!parser.isSet(offlineOption) && !screenshot && !parser.isSet(selfTestOption) &&
        !parser.isSet(reportStartupOption) && !parser.isSet(benchScrollOption))
        sync.startAutomaticSync();

    prepareTimelineFonts();
    QQmlComponent mainComponent(&engine, mainUrl);
    QVariantMap windowProperties {
        {QStringLiteral("repository"), QVariant::fromValue(&repository)},
        {QStringLiteral("navigator"), QVariant::fromValue(&navigator)},
        {QStringLiteral("clock"), QVariant::fromValue(&clock)},
        {QStringLiteral("timeDisplay"), QVariant::fromValue(&timeDisplay)},
        {QStringLiteral("bookmarks"), QVariant::fromValue(&bookmarks)},
        {QStringLiteral("schedule"), QVariant::fromValue(&schedule)},
        {QStringLiteral("exporter"), QVariant::fromValue(&exporter)},
        {QStringLiteral("reminders"), QVariant::fromValue(&reminders)},
        {QStringLiteral("nowNext"), QVariant::fromValue(&nowNext)},
        {QStringLiteral("settings"), QVariant::fromValue(&settings)},
        {QStringLiteral("sync"), QVariant::fromValue(&sync)},
        {QStringLiteral("changes"), QVariant::fromValue(&changes)},
        {QStringLiteral("preview"), QVariant::fromValue(&preview)},
        {QStringLiteral("web"), QVariant::fromValue(&web)},
        {QStringLiteral("savedPapers"), QVariant::fromValue(&savedPapers)},
        {QStringLiteral("forcedColors"),
            theme.isEmpty() ? QVariantMap() : paletteColors(QGuiApplication::palette())},
    };
    // --size: the window is made at that size, rather than at the remembered
    // one and then laid out again.
    if (size.isValid()) {
        windowProperties.insert(QStringLiteral("width"), size.width());
        windowProperties.insert(QStringLiteral("height"), size.height());
    }
    // Declared after the engine, so that the window goes before it.
    const std::unique_ptr<QObject> root(
        mainComponent.createWithInitialProperties(windowProperties));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        std::fprintf(stderr, "workshop-companion: %s\n", qPrintable(mainComponent.errorString()));
        return 1;
    }
    // As QQmlApplicationEngine has it: what views make ahead of need (list
    // delegates in their cache buffer) is made between frames.
    engine.setIncubationController(window->incubationController());
    WindowSizeKeeper sizeKeeper(window, &settings);
    if (indexAfterFirstFrame)
        QObject::connect(window, &QQuickWindow::frameSwapped, &repository,
            &ProgramRepository::index,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));

    if (screenshot) {
        const auto file = parser.value(screenshotOption);
        auto save = [window, file, &qmlWarnings] {
            if (!window->grabWindow().save(file)) {
                std::fprintf(stderr, "workshop-companion: cannot write %s\n", qPrintable(file));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(qmlWarnings == 0 ? 0 : 3);
        };
        auto shoot = [window, save, &navigator] {
            afterFirstFrame(window, [window, save, &navigator] {
                // A web page is drawn by WebEngine a moment after it loaded.
                if (navigator.view() == QLatin1String("web"))
                    whenPageLoaded(window, [save] { QTimer::singleShot(4000, save); });
                else
                    save();
            });
        };
        if (parser.isSet(syncUrlOption)) {
            // The window as it is after one sync from that site (and the
            // reload an update brings).
            QObject::connect(
                &sync, &SyncService::syncFinished, window, [&repository, window, shoot] {
                    if (repository.isLoading())
                        QObject::connect(&repository, &ProgramRepository::loadFinished, window,
                            shoot, Qt::SingleShotConnection);
                    else
                        shoot();
                });
            sync.syncNow();
        } else {
            shoot();
        }
    } else if (parser.isSet(reportStartupOption)) {
        reportStartup(window, repository, navigator);
    } else if (parser.isSet(selfTestOption)) {
        afterProgramShown(window, repository, [&qmlWarnings, &repository, &bookmarks] {
            std::fprintf(stdout, "self-test: main window shown, program %s\n",
                repository.isLoaded() ? "loaded" : "not loaded (problems shown)");
            // What the window tells about the attendee's bookmarks, such as a
            // folder they cannot be saved in.
            if (!bookmarks.notice().isEmpty())
                std::fprintf(stdout, "self-test: bookmarks notice: %s\n",
                    qPrintable(bookmarks.notice()));
            QCoreApplication::exit(qmlWarnings == 0 ? 0 : 3);
        });
    } else if (parser.isSet(benchScrollOption)) {
        // Scrolling starts once the search index is built too, so that the
        // frames measure scrolling and not the worker that builds it.
        auto indexed = std::make_shared<bool>(false);
        QObject::connect(
            &repository, &ProgramRepository::searchIndexed, window, [indexed] { *indexed = true; });
        afterProgramShown(window, repository, [=, &repository, &navigator, &qmlWarnings] {
            if (!repository.isLoaded()) {
                std::fprintf(stderr, "workshop-companion: the program did not load\n");
                QCoreApplication::exit(1);
                return;
            }
            const int passes =
                navigator.view() == QLatin1String("timeline") ? int(repository.days().size()) : 1;
            auto *scroll = new ScrollBenchmark(window, passes, window);
            QObject::connect(scroll, &ScrollBenchmark::finished, window, [&qmlWarnings](bool ok) {
                std::fprintf(stdout, "peak-rss-kb %ld\n", processinfo::peakRssKb());
                std::fflush(stdout);
                QCoreApplication::exit(!ok ? 1 : qmlWarnings == 0 ? 0 : 3);
            });
            if (*indexed)
                scroll->start();
            else
                QObject::connect(&repository, &ProgramRepository::searchIndexed, scroll,
                    &ScrollBenchmark::start, Qt::SingleShotConnection);
        });
    }
    return QGuiApplication::exec();
}
