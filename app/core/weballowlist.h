// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace wc {

// The hosts the app's web pane may show. Debian ships no security updates
// for Qt WebEngine in stable, so the pane only ever shows pages the
// workshop points to: its site, the hosts of the program's links, and the
// two homes of ML papers. Everything else opens in the system browser.
class WebAllowlist {
public:
    WebAllowlist();
    // The program's hosts, plus the site it syncs from (siteUrl may be empty).
    static WebAllowlist forProgram(const Program &program, const QUrl &siteUrl = {});

    // http or https to an allowed host or a subdomain of one.
    bool allows(const QUrl &url) const;
    void addHost(const QString &host);
    QStringList hosts() const; // sorted

private:
    QSet<QString> m_hosts;
};

} // namespace wc
