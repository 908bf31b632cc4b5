// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "programrepository.h"

#include "bookmarks.h"
#include "richtext.h"
#include "timedisplay.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcRepository, "wc.desktop.repository", QtWarningMsg)

namespace {

QVariantList linkList(const QList<wc::Link> &links)
{
    QVariantList result;
    for (const auto &link : links)
        result.append(
            QVariantMap {{QStringLiteral("name"), link.name}, {QStringLiteral("url"), link.url}});
    return result;
}

} // namespace

ProgramRepository::ProgramRepository(TimeDisplay *timeDisplay, Bookmarks *bookmarks,
    wc::UrlCache photos, FolderLoader loader, QObject *parent)
    : QObject(parent)
    , m_timeDisplay(timeDisplay)
    , m_bookmarks(bookmarks)
    , m_photos(std::move(photos))
    , m_loader(std::move(loader))
    , m_sessions(timeDisplay, bookmarks)
    , m_papers(bookmarks)
{
    connect(&m_watcher, &QFutureWatcher<wc::LoadResult>::finished, this, [this] {
        const bool ok = apply(m_loadingFolder, m_watcher.result());
        m_loading = false;
        Q_EMIT loadingChanged();
        Q_EMIT loadFinished(ok);
        if (ok)
            index();
    });
    connect(&m_indexer, &QFutureWatcher<wc::SearchIndex>::finished, this, [this] {
        // A program applied since has an index of its own coming, or has one.
        if (m_indexing != m_program)
            return;
        m_search.setProgram(m_program, m_indexer.result());
        m_indexing.reset();
        Q_EMIT searchIndexed();
    });
}

ProgramRepository::~ProgramRepository()
{
    // The workers only touch their own copies; let them finish before the
    // watchers go away so that nothing reports to a dead object.
    m_watcher.waitForFinished();
    m_indexer.waitForFinished();
}

void ProgramRepository::load(const QString &folder)
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
    m_loadingFolder = folder;
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run([loader = m_loader, folder] { return loader(folder); }));
    Q_EMIT loadingChanged();
}

bool ProgramRepository::loadNow(const QString &folder)
{
    const bool ok = apply(folder, m_loader(folder));
    if (ok)
        m_search.setProgram(m_program);
    return ok;
}

bool ProgramRepository::loadHere(const QString &folder)
{
    return apply(folder, m_loader(folder));
}

void ProgramRepository::index()
{
    if (!m_program)
        return;
    // An index still being built for an older program is let finish unseen.
    m_indexing = m_program;
    m_indexer.setFuture(
        QtConcurrent::run([program = m_program] { return wc::SearchIndex(*program); }));
}

bool ProgramRepository::apply(const QString &folder, wc::LoadResult result)
{
    m_problems.setProblems(result.problems);
    m_folder = folder;
    if (!result.program) {
        qCWarning(lcRepository) << folder << "has" << m_problems.errorCount() << "errors";
        Q_EMIT programChanged();
        return false;
    }
    m_program = std::make_shared<const wc::Program>(std::move(*result.program));
    const auto &sessions = m_program->sessions;
    m_timeDisplay->setWorkshopZone(m_program->workshop.timeZone,
        sessions.isEmpty() ? QDateTime() : sessions.constFirst().start);
    // Bookmarks first: the models ask them about every row.
    m_bookmarks->setProgram(m_program);
    m_sessions.setProgram(m_program);
    m_speakers.setProgram(m_program, folder, m_photos);
    m_papers.setProgram(m_program);
    // Until its index comes, the new program is searched with an empty one:
    // no hits, rather than hits of the old program.
    m_search.setProgram(m_program, wc::SearchIndex());
    Q_EMIT programChanged();
    return true;
}

QString ProgramRepository::title() const
{
    return m_program ? m_program->workshop.title : QString();
}

QString ProgramRepository::subtitle() const
{
    return m_program ? m_program->workshop.subtitle : QString();
}

QVariantList ProgramRepository::days() const
{
    QVariantList result;
    if (!m_program)
        return result;
    const auto &w = m_program->workshop;
    for (int i = 0; i < w.days.size(); ++i) {
        const QDateTime noon(w.days[i].date, QTime(12, 0), w.timeZone);
        result.append(QVariantMap {{QStringLiteral("index"), i},
            {QStringLiteral("label"), m_timeDisplay->shortDay(noon)},
            {QStringLiteral("longLabel"), m_timeDisplay->day(noon)},
            {QStringLiteral("start"), m_sessions.dayStart(i)},
            {QStringLiteral("end"), m_sessions.dayEnd(i)}});
    }
    return result;
}

QStringList ProgramRepository::rooms() const
{
    QStringList result;
    if (m_program) {
        for (const auto &room : m_program->workshop.venue.rooms)
            result.append(room.name);
    }
    return result;
}

QVariantList ProgramRepository::posterSessions() const
{
    QVariantList result;
    if (!m_program)
        return result;
    for (const auto &s : m_program->sessions) {
        if (s.kind == wc::SessionKind::Posters)
            result.append(sessionSummary(s));
    }
    return result;
}

QVariantMap ProgramRepository::speakerSummary(const wc::Speaker &s) const
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("affiliation"), s.affiliation},
        {QStringLiteral("photo"), SpeakerListModel::photoUrl(s, m_folder, m_photos)},
        {QStringLiteral("initials"), SpeakerListModel::initials(s.name)},
        {QStringLiteral("avatarHue"), SpeakerListModel::avatarHue(s.name)},
    };
}

QVariantMap ProgramRepository::paperSummary(const wc::Paper &p) const
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("authors"), p.authors.join(QStringLiteral(", "))},
        {QStringLiteral("retracted"), p.retracted},
        {QStringLiteral("board"), p.board.value_or(0)},
    };
}

QVariantMap ProgramRepository::sessionSummary(const wc::Session &s) const
{
    const auto *room = m_program->room(s.room);
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("kind"), wc::sessionKindName(s.kind)},
        {QStringLiteral("timeRange"), m_timeDisplay->timeRange(s.start, s.end)},
        {QStringLiteral("day"), m_timeDisplay->day(s.start)},
        {QStringLiteral("shortDay"), m_timeDisplay->shortDay(s.start)},
        {QStringLiteral("room"), room ? room->name : QString()},
        {QStringLiteral("cancelled"), s.cancelled},
    };
}

QVariantMap ProgramRepository::session(const QString &id) const
{
    const auto *s = m_program ? m_program->session(id) : nullptr;
    if (!s)
        return {};
    auto result = sessionSummary(*s);
    QVariantList speakers, papers;
    for (const auto &speakerId : s->speakers) {
        if (const auto *speaker = m_program->speaker(speakerId))
            speakers.append(speakerSummary(*speaker));
    }
    for (const auto &paperId : s->papers) {
        if (const auto *paper = m_program->paper(paperId))
            papers.append(paperSummary(*paper));
    }
    // Papers shown in a poster session list it as theirs, not in the session.
    if (s->kind == wc::SessionKind::Posters) {
        for (const auto &paper : m_program->papers) {
            if (paper.posterSession == s->id && !s->papers.contains(paper.id))
                papers.append(paperSummary(paper));
        }
    }
    result.insert(QStringLiteral("zoneLabel"), m_timeDisplay->zoneLabel());
    result.insert(QStringLiteral("abstractHtml"), RichText::markdownToHtml(s->abstract));
    result.insert(QStringLiteral("speakers"), speakers);
    result.insert(QStringLiteral("papers"), papers);
    result.insert(QStringLiteral("links"), linkList(s->links));
    return result;
}

QVariantMap ProgramRepository::speaker(const QString &id) const
{
    const auto *s = m_program ? m_program->speaker(id) : nullptr;
    if (!s)
        return {};
    auto result = speakerSummary(*s);
    QVariantList sessions;
    for (const auto &session : m_program->sessions) {
        if (session.speakers.contains(id))
            sessions.append(sessionSummary(session));
    }
    result.insert(QStringLiteral("bioHtml"), RichText::markdownToHtml(s->bio));
    result.insert(QStringLiteral("sessions"), sessions);
    result.insert(QStringLiteral("links"), linkList(s->links));
    return result;
}

QVariantMap ProgramRepository::paper(const QString &id) const
{
    const auto *p = m_program ? m_program->paper(id) : nullptr;
    if (!p)
        return {};
    auto result = paperSummary(*p);
    QVariantList sessions;
    for (const auto &session : m_program->sessions) {
        if (session.papers.contains(id) || session.id == p->posterSession)
            sessions.append(sessionSummary(session));
    }
    result.insert(QStringLiteral("abstractHtml"), RichText::markdownToHtml(p->abstract));
    result.insert(QStringLiteral("authorList"), p->authors);
    result.insert(QStringLiteral("posterSession"), p->posterSession);
    result.insert(QStringLiteral("sessions"), sessions);
    result.insert(QStringLiteral("links"), linkList(p->links));
    return result;
}

QVariantMap ProgramRepository::workshopInfo() const
{
    if (!m_program)
        return {};
    const auto &w = m_program->workshop;
    QVariantList pages, committees;
    for (const auto &page : w.pages) {
        pages.append(
            QVariantMap {{QStringLiteral("id"), page.id}, {QStringLiteral("title"), page.title},
                {QStringLiteral("html"), RichText::markdownToHtml(page.body)}});
    }
    for (const auto &committee : w.committees) {
        QVariantList members;
        for (const auto &m : committee.members) {
            members.append(QVariantMap {{QStringLiteral("name"), m.name},
                {QStringLiteral("affiliation"), m.affiliation}, {QStringLiteral("link"), m.link}});
        }
        committees.append(QVariantMap {
            {QStringLiteral("name"), committee.name}, {QStringLiteral("members"), members}});
    }
    QStringList dayNames;
    for (const auto &day : days())
        dayNames.append(day.toMap().value(QStringLiteral("longLabel")).toString());
    return {
        {QStringLiteral("title"), w.title},
        {QStringLiteral("subtitle"), w.subtitle},
        {QStringLiteral("venue"), w.venue.name},
        {QStringLiteral("city"), w.venue.city},
        {QStringLiteral("rooms"), rooms()},
        {QStringLiteral("dates"), dayNames},
        {QStringLiteral("timeZone"),
            QStringLiteral("%1 (%2)").arg(w.timeZoneId, m_timeDisplay->workshopZoneLabel())},
        {QStringLiteral("links"), linkList(w.links)},
        {QStringLiteral("committees"), committees},
        {QStringLiteral("pages"), pages},
    };
}
