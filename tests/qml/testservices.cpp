// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "testservices.h"

#include <QDir>

TestServices::TestServices(QObject *parent)
    : QObject(parent)
    , m_bookmarks(m_storeDir.path(), &m_timeDisplay)
    , m_schedule(&m_bookmarks, &m_timeDisplay)
    , m_exporter(&m_bookmarks, &m_schedule, &m_timeDisplay)
    , m_repository(&m_timeDisplay, &m_bookmarks, wc::UrlCache(QString()))
    , m_clock(QDateTime(QDate(2023, 12, 16), QTime(11, 15), QTimeZone("America/Chicago")))
    , m_nowNext(&m_clock, &m_timeDisplay)
    , m_changes(wc::ChangeLog(QDir(m_storeDir.path()).filePath(QStringLiteral("changes.json")),
                    QStringLiteral("mlforsys-neurips2023")),
          &m_bookmarks)
    , m_savedPapers(
          &m_settings, &m_bookmarks, QDir(m_storeDir.path()).filePath(QStringLiteral("papers")))
    , m_web(
          &m_repository, &m_navigator, &m_savedPapers,
          [this](const QUrl &url) { return openExternally(url); }, {}, true)
    , m_sync(&m_repository, &m_changes, &m_settings, &m_timeDisplay,
          {QStringLiteral(WC_BUNDLED_DIR),
              QDir(m_storeDir.path()).filePath(QStringLiteral("programs")),
              QDir(m_storeDir.path()).filePath(QStringLiteral("photos"))})
    , m_preview(&m_repository, &m_sync, &m_bookmarks,
          [this](const QUrl &url) { return openExternally(url); })
{
    m_timeDisplay.setLaptopZone(QTimeZone("Europe/Berlin"));
    connect(&m_repository, &ProgramRepository::programChanged, this,
        [this] { m_nowNext.setProgram(m_repository.program()); });
    // As main() wires it: opening an item marks its change seen.
    connect(&m_navigator, &Navigator::routeChanged, this,
        [this] { m_changes.markRouteSeen(m_navigator.route()); });
    load(QStringLiteral("bundled"));
}

bool TestServices::openExternally(const QUrl &url)
{
    m_openedExternally.append(url.toString());
    Q_EMIT openedExternallyChanged();
    return true;
}

bool TestServices::load(const QString &which)
{
    const auto folder = which == QLatin1String("bundled")
        ? QStringLiteral(WC_BUNDLED_DIR)
        : QDir(QStringLiteral(WC_TEST_DATA_DIR)).filePath(which);
    return m_repository.loadNow(folder);
}

void TestServices::setNow(const QString &iso)
{
    const auto program = m_repository.program();
    m_clock.setFixedNow(
        Clock::parseNow(iso, program ? program->workshop.timeZone : QTimeZone::utc()));
}

void TestServices::recordUpdate()
{
    const auto before = m_repository.program();
    auto after = *before;
    for (auto &session : after.sessions) {
        if (session.id == QLatin1String("keynote-lattner")) {
            session.start = session.start.addSecs(5 * 60);
        }
    }
    for (auto &paper : after.papers) {
        if (paper.id == QLatin1String("9"))
            paper.retracted = true;
    }
    after.index();
    m_changes.addUpdate(wc::diffPrograms(*before, after), *before, after, 1, 2);
}
