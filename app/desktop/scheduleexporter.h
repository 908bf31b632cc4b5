// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class Bookmarks;
class MyScheduleModel;
class TimeDisplay;

// Takes My Schedule out of the app: an iCalendar file for the attendee's
// calendar (through the core's libical writer) and "my day" as a one-page
// PDF that reads well printed in black and white.
class ScheduleExporter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the exporter")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    ScheduleExporter(Bookmarks *bookmarks, MyScheduleModel *schedule, TimeDisplay *timeDisplay,
        QObject *parent = nullptr);

    // What the last export did, or why it failed.
    QString message() const { return m_message; }

    // My Schedule, or with wholeProgram every session, as an .ics file.
    Q_INVOKABLE bool exportCalendar(const QUrl &file, bool wholeProgram);
    // One day of My Schedule as a one-page PDF.
    Q_INVOKABLE bool printDay(const QUrl &file, int dayIndex);
    // A file name in the attendee's documents folder, e.g. "…-my-schedule.ics".
    Q_INVOKABLE QUrl suggestedFile(const QString &suffix) const;

    // The page's content as HTML; the PDF is this, scaled to fit one page.
    QString dayHtml(int dayIndex) const;

Q_SIGNALS:
    void messageChanged();

private:
    void setMessage(const QString &message);

    Bookmarks *m_bookmarks;
    MyScheduleModel *m_schedule;
    TimeDisplay *m_timeDisplay;
    QString m_message;
};
