// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "weballowlist.h"

#include <QHostAddress>

#include <algorithm>

namespace wc {

namespace {

// Hosts compare as the URL parser gives them: lower case, no trailing dot.
QString normalizedHost(const QString &host)
{
    auto normalized = host.toLower();
    while (normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    return normalized;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

void addLinks(WebAllowlist &list, const QList<Link> &links)
{
    for (const auto &link : links)
        list.addHost(QUrl(link.url).host());
}

} // namespace

WebAllowlist::WebAllowlist()
{
    addDomain(QStringLiteral("openreview.net"));
    addDomain(QStringLiteral("arxiv.org"));
}

WebAllowlist WebAllowlist::forProgram(const Program &program)
{
    WebAllowlist list;
    // The workshop's own site, where it publishes the program: all of it.
    for (const auto &link : program.workshop.links) {
        if (link.name.compare(QLatin1String("site"), Qt::CaseInsensitive) == 0)
            list.addDomain(QUrl(link.url).host());
    }
    list.addDomain(QUrl(program.workshop.syncUrl).host());
    addLinks(list, program.workshop.links);
    for (const auto &committee : program.workshop.committees) {
        for (const auto &member : committee.members)
            list.addHost(QUrl(member.link).host());
    }
    for (const auto &session : program.sessions)
        addLinks(list, session.links);
    for (const auto &speaker : program.speakers)
        addLinks(list, speaker.links);
    for (const auto &paper : program.papers)
        addLinks(list, paper.links);
    return list;
}

void WebAllowlist::addDomain(const QString &domain)
{
    const auto normalized = normalizedHost(domain);
    if (!normalized.isEmpty())
        m_domains.insert(normalized);
}

void WebAllowlist::addHost(const QString &host)
{
    const auto normalized = normalizedHost(host);
    if (!normalized.isEmpty())
        m_hosts.insert(normalized);
}

bool WebAllowlist::allows(const QUrl &url) const
{
    if (!url.isValid() || !url.userInfo().isEmpty())
        return false;
    auto host = normalizedHost(url.host());
    const bool secure = url.scheme() == QLatin1String("https") ||
        (url.scheme() == QLatin1String("http") && isLoopback(host));
    if (!secure || host.isEmpty())
        return false;
    const auto bare = host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
    if (m_hosts.contains(host) || m_hosts.contains(bare) ||
        m_hosts.contains(QLatin1String("www.") + bare))
        return true;
    // A listed domain or any subdomain of it (export.arxiv.org), never a
    // host that merely ends in the same letters (evilarxiv.org).
    for (;;) {
        if (m_domains.contains(host))
            return true;
        const auto dot = host.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return false;
        host = host.mid(dot + 1);
    }
}

QStringList WebAllowlist::hosts() const
{
    auto list = m_hosts.values();
    for (const auto &domain : m_domains)
        list.append(QStringLiteral("*.") + domain);
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace wc
