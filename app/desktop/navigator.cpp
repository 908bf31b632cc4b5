// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "navigator.h"

namespace {

// A long session of browsing should not grow without bound.
constexpr qsizetype maxHistory = 200;

const QStringList plainViews = {
    QStringLiteral("timeline"),
    QStringLiteral("schedule"),
    QStringLiteral("settings"),
    QStringLiteral("changes"),
    QStringLiteral("problems"),
    QStringLiteral("speakers"),
    QStringLiteral("papers"),
    QStringLiteral("search"),
    QStringLiteral("about"),
};
const QStringList viewsWithArgument = {
    QStringLiteral("session"),
    QStringLiteral("speaker"),
    QStringLiteral("paper"),
    QStringLiteral("search"),
    QStringLiteral("papers"),
    QStringLiteral("web"), // the web pane, showing the URL after the colon
};

} // namespace

Navigator::Navigator(const QString &initialRoute, QObject *parent)
    : QObject(parent)
    , m_history {isValidRoute(initialRoute) ? initialRoute : QStringLiteral("timeline")}
{
}

bool Navigator::isValidRoute(const QString &route)
{
    const auto colon = route.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return plainViews.contains(route);
    return viewsWithArgument.contains(route.left(colon));
}

QString Navigator::view() const
{
    return route().section(QLatin1Char(':'), 0, 0);
}

QString Navigator::argument() const
{
    const auto r = route();
    const auto colon = r.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : r.mid(colon + 1);
}

void Navigator::go(const QString &route)
{
    if (!isValidRoute(route) || route == this->route())
        return;
    m_history.resize(m_position + 1);
    m_history.append(route);
    if (m_history.size() > maxHistory)
        m_history.removeFirst();
    m_position = m_history.size() - 1;
    Q_EMIT routeChanged();
}

void Navigator::replace(const QString &route)
{
    if (!isValidRoute(route) || route == this->route())
        return;
    m_history[m_position] = route;
    m_history.resize(m_position + 1);
    Q_EMIT routeChanged();
}

void Navigator::back()
{
    if (!canGoBack())
        return;
    --m_position;
    Q_EMIT routeChanged();
}

void Navigator::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    Q_EMIT routeChanged();
}
