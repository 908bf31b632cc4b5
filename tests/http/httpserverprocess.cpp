// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// A loopback site in its own process, so that a test can kill it in the
// middle of a transfer: serves ROOT, sends only half of HANG_PATH, prints
// "port N" once listening and "half-sent" when it is in that state.

#include "loopbackhttpserver.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: httpserverprocess ROOT HANG_PATH\n");
        return 2;
    }
    wc::test::LoopbackHttpServer server;
    server.setRoot(args[1]);
    server.setFault(args[2], wc::test::LoopbackHttpServer::Fault::Hang);
    if (!server.listen())
        return 1;
    QObject::connect(&server, &wc::test::LoopbackHttpServer::halfSent, &app, [] {
        std::printf("half-sent\n");
        std::fflush(stdout);
    });
    std::printf("port %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
