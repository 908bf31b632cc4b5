// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "weballowlist.h"

#include <algorithm>

namespace wc {

namespace {

void addLinks(WebAllowlist &list, const QList<Link> &links)
{
    for (const auto &link : links)
        list.addHost(QUrl(link.url).host());
}

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

} // namespace

WebAllowlist::WebAllowlist()
{
    addHost(QStringLiteral("openreview.net"));
    addHost(QStringLiteral("arxiv.org"));
}

WebAllowlist WebAllowlist::forProgram(const Program &program, const QUrl &siteUrl)
{
    WebAllowlist list;
    if (isWebScheme(siteUrl))
        list.addHost(siteUrl.host());
    const QUrl syncUrl(program.workshop.syncUrl);
    if (isWebScheme(syncUrl))
        list.addHost(syncUrl.host());
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

void WebAllowlist::addHost(const QString &host)
{
    // Hosts compare as the URL parser gives them: lower case, no trailing dot.
    auto normalized = host.toLower();
    while (normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    if (!normalized.isEmpty())
        m_hosts.insert(normalized);
}

bool WebAllowlist::allows(const QUrl &url) const
{
    if (!url.isValid() || !isWebScheme(url) || !url.userInfo().isEmpty())
        return false;
    auto host = url.host().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    // The host itself or any subdomain of it (www., export.arxiv.org),
    // never a host that merely ends in the same letters (evilarxiv.org).
    for (;;) {
        if (m_hosts.contains(host))
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
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace wc
