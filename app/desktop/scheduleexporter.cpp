// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "scheduleexporter.h"

#include "bookmarks.h"
#include "icsexport.h"
#include "myschedulemodel.h"
#include "timedisplay.h"

#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ScheduleExporter::ScheduleExporter(
    Bookmarks *bookmarks, MyScheduleModel *schedule, TimeDisplay *timeDisplay, QObject *parent)
    : QObject(parent)
    , m_bookmarks(bookmarks)
    , m_schedule(schedule)
    , m_timeDisplay(timeDisplay)
{
}

void ScheduleExporter::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

QUrl ScheduleExporter::suggestedFile(const QString &suffix) const
{
    const auto program = m_bookmarks->program();
    const auto edition = program ? program->workshop.id : QStringLiteral("workshop");
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return QUrl::fromLocalFile(
        documents.filePath(edition + QStringLiteral("-my-schedule.") + suffix));
}

bool ScheduleExporter::exportCalendar(const QUrl &file, bool wholeProgram)
{
    const auto program = m_bookmarks->program();
    if (!program)
        return false;
    wc::IcsRequest request;
    request.allSessions = wholeProgram;
    if (!wholeProgram) {
        for (const auto &e : m_bookmarks->entries()) {
            if (!e.bookmarked)
                continue;
            // Items no longer in the program have nothing to export.
            if (e.kind == wc::ItemKind::Session && program->session(e.id))
                request.sessionIds.append(e.id);
            else if (e.kind == wc::ItemKind::Paper && program->paper(e.id))
                request.paperIds.append(e.id);
        }
    }
    const auto result = wc::programToIcs(*program, request);
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        out.write(result.ics) != result.ics.size() || !out.commit()) {
        setMessage(tr("Could not write %1: %2").arg(file.toLocalFile(), out.errorString()));
        return false;
    }
    const int events = int(result.ics.count("BEGIN:VEVENT"));
    auto message =
        tr("Calendar saved to %1 (events: %2). Importing a newer one later updates these events "
           "instead of adding copies.")
            .arg(file.toLocalFile(), QString::number(events));
    if (!result.papersWithoutPoster.isEmpty())
        message += QLatin1Char(' ') +
            tr("Posters without a poster session yet were left out: %1.")
                .arg(result.papersWithoutPoster.size());
    setMessage(message);
    return true;
}

QString ScheduleExporter::dayHtml(int dayIndex) const
{
    const auto program = m_bookmarks->program();
    if (!program || dayIndex < 0 || dayIndex >= program->workshop.days.size())
        return {};
    const QDateTime noon(
        program->workshop.days.at(dayIndex).date, QTime(12, 0), program->workshop.timeZone);
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2 · %3</p>")
            .arg(esc(tr("My day: %1").arg(m_timeDisplay->day(noon))), esc(program->workshop.title),
                esc(tr("times in %1").arg(m_timeDisplay->zoneLabel())));
    const auto entries = m_schedule->entriesOfDay(dayIndex);
    if (entries.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing bookmarked on this day.")));
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">");
    for (const auto &e : entries) {
        const auto kind = Bookmarks::kindOf(e.kind);
        QString what = QStringLiteral("<b>%1</b>").arg(esc(e.details.title));
        if (e.status == wc::ScheduleStatus::Cancelled || e.status == wc::ScheduleStatus::Removed ||
            e.status == wc::ScheduleStatus::Retracted)
            what = QStringLiteral("<s>%1</s>").arg(what);
        QStringList lines {what};
        QStringList where;
        if (!e.details.room.isEmpty())
            where.append(e.details.room);
        if (e.kind == wc::ItemKind::Paper) {
            where.append(
                e.details.board ? tr("poster, board %1").arg(*e.details.board) : tr("poster"));
        } else if (const auto *s = program->session(e.id)) {
            QStringList speakers;
            for (const auto &id : s->speakers) {
                if (const auto *speaker = program->speaker(id))
                    speakers.append(speaker->name);
            }
            if (!speakers.isEmpty())
                where.append(speakers.join(QStringLiteral(", ")));
        }
        if (!where.isEmpty())
            lines.append(esc(where.join(QStringLiteral(" · "))));
        // Marks in words, not colour: the page is often printed in black and white.
        const auto mark = m_schedule->statusText(e);
        if (!mark.isEmpty())
            lines.append(QStringLiteral("<b>! %1</b>").arg(esc(mark)));
        const auto clash = m_bookmarks->clashText(kind, e.id);
        if (!clash.isEmpty())
            lines.append(QStringLiteral("<b>⚠ %1</b>").arg(esc(clash)));
        if (!e.note.isEmpty())
            lines.append(QStringLiteral("<i>%1</i>")
                             .arg(esc(tr("Note: %1").arg(e.note))
                                      .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        html +=
            QStringLiteral("<tr><td width=\"18%\" valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(m_timeDisplay->timeRange(e.details.start, e.details.end)),
                    lines.join(QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</table>");
}

bool ScheduleExporter::printDay(const QUrl &file, int dayIndex)
{
    const auto html = dayHtml(dayIndex);
    if (html.isEmpty())
        return false;
    const auto path = file.toLocalFile();
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(96);
    pdf.setTitle(tr("My day"));
    pdf.setCreator(QStringLiteral("Workshop Companion"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        setMessage(tr("Could not write %1.").arg(path));
        return false;
    }
    const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setHtml(html);
    document.setTextWidth(page.width());
    // One page always: a long day is scaled down rather than split.
    const qreal scale = std::min(1.0, page.height() / document.size().height());
    if (scale < 1.0)
        document.setTextWidth(page.width() / scale);
    painter.scale(scale, scale);
    document.drawContents(&painter);
    painter.end();
    setMessage(tr("Saved your day to %1.").arg(path));
    return true;
}
