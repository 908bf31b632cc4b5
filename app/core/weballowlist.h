// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace wc {

// The pages the app's web pane may show. Debian ships no security updates
// for Qt WebEngine in stable, so the pane only ever shows pages the
// workshop points to, over https: its site and the two homes of ML papers
// with their subdomains, and the exact hosts of the program's links (a link
// to one page on a host where anyone can publish must not open all of it).
// Everything else opens in the system browser.
class WebAllowlist {
public:
    WebAllowlist();
    static WebAllowlist forProgram(const Program &program);

    // https to an allowed host; plain http only to this computer (a local
    // preview of the site, tests).
    bool allows(const QUrl &url) const;
    // A host and all its subdomains.
    void addDomain(const QString &domain);
    // Only this host (and its www. twin).
    void addHost(const QString &host);
    QStringList hosts() const; // sorted; domains as "*.example.org"

private:
    QSet<QString> m_domains;
    QSet<QString> m_hosts;
};

} // namespace wc
