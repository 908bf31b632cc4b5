// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// Where the attendee is, as a route ("timeline", "session:keynote-lattner",
// "search:zero"), with browser-like back and forward. QML shows the view a
// route names; the history lives here so that keys, mouse buttons and
// buttons all move through the same list.
class Navigator : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the navigator")
    Q_PROPERTY(QString route READ route NOTIFY routeChanged)
    Q_PROPERTY(QString view READ view NOTIFY routeChanged)
    Q_PROPERTY(QString argument READ argument NOTIFY routeChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY routeChanged)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY routeChanged)

public:
    explicit Navigator(
        const QString &initialRoute = QStringLiteral("timeline"), QObject *parent = nullptr);

    // The views a route may name; anything else falls back to the timeline.
    static bool isValidRoute(const QString &route);

    QString route() const { return m_history.at(m_position); }
    QString view() const;
    QString argument() const;
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }

    // Opens a route; going to where one already is adds nothing to history.
    Q_INVOKABLE void go(const QString &route);
    // Replaces the current route (typing a search should not fill history).
    Q_INVOKABLE void replace(const QString &route);
    Q_INVOKABLE void back();
    Q_INVOKABLE void forward();

Q_SIGNALS:
    void routeChanged();

private:
    QStringList m_history;
    qsizetype m_position = 0;
};
