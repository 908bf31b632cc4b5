// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace wc::test {

// A small HTTP/1.1 server on 127.0.0.1 that serves the files of one folder,
// for sync tests: ETag and Last-Modified with conditional GETs, and faults a
// real site shows (errors, stalls, trickles, short or long bodies, redirects)
// set per path. One request per connection, so every fault is exact.
class LoopbackHttpServer : public QObject {
    Q_OBJECT

public:
    enum class Fault {
        None,
        NotFound, // 404
        ServerError, // 500
        Stall, // headers and half the body, then nothing
        Truncate, // headers promising the whole body, half of it, then close
        Trickle, // one byte every 100 ms
        LongerBody, // more bytes than the file has, as if it were larger
        Hang, // sends half the body, says so (halfSent), then waits
        NotModified, // 304, whatever was asked
        NoLength, // the body without Content-Length, ended by closing
        NoLengthLonger, // the same with more bytes than the file has
    };
    struct Request {
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        int status = 0;
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void setRoot(const QString &dir) { m_root = dir; }
    void setFault(const QString &path, Fault fault) { m_faults.insert(path, fault); }
    void setRedirect(const QString &path, const QUrl &to) { m_redirects.insert(path, to); }
    // The answer for `path` (status line, headers and body) stops after
    // `bytes` bytes and the connection is closed, as when a link drops.
    void setCut(const QString &path, qint64 bytes) { m_cuts.insert(path, bytes); }
    // How long the whole answer for `path` is, as served now.
    qint64 responseSize(const QString &path) const;
    void clearFaults();

    // What was asked, in order; cleared by clearRequests().
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // The paths of the requests answered with a body (status 200).
    QStringList downloads() const;

Q_SIGNALS:
    void halfSent(const QByteArray &path);

private:
    void accept();
    void respond(QTcpSocket *socket, const QByteArray &head);
    void send(QTcpSocket *socket, int status, const QByteArray &reason,
        const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    static QByteArray response(int status, const QByteArray &reason,
        const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    // The answer to a plain GET of `path` with its body, as send() writes it.
    static QByteArray okResponse(const QString &path, const QByteArray &body);

    QTcpServer m_server;
    QString m_root;
    QHash<QString, Fault> m_faults;
    QHash<QString, QUrl> m_redirects;
    QHash<QString, qint64> m_cuts;
    QList<Request> m_requests;
};

} // namespace wc::test
