// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "loopbackhttpserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

namespace wc::test {

namespace {

// A date that changes with the contents, so that If-Modified-Since alone
// tells changed files from unchanged ones, as a site's file dates would.
QByteArray lastModifiedOf(const QByteArray &hash)
{
    const auto seconds =
        1'700'000'000LL + qint64(hash.left(6).toLongLong(nullptr, 16) % 10'000'000);
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC),
            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray etagOf(const QByteArray &hash)
{
    return '"' + hash.left(16) + '"';
}

// The headers of a 200 answer with `body`.
QList<std::pair<QByteArray, QByteArray>> okHeaders(const QString &path, const QByteArray &body)
{
    const auto hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    // Browsers (the web pane's tests) decide by type what to do with a body.
    const QByteArray type = path.endsWith(QLatin1String(".html")) ? "text/html; charset=utf-8"
        : path.endsWith(QLatin1String(".pdf"))                    ? "application/pdf"
                                                                  : "application/octet-stream";
    return {
        {"ETag", etagOf(hash)}, {"Last-Modified", lastModifiedOf(hash)}, {"Content-Type", type}};
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
}

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void LoopbackHttpServer::clearFaults()
{
    m_faults.clear();
    m_redirects.clear();
    m_cuts.clear();
}

qint64 LoopbackHttpServer::responseSize(const QString &path) const
{
    QFile file(QDir(m_root).filePath(path.mid(1)));
    return file.open(QIODevice::ReadOnly) ? okResponse(path, file.readAll()).size() : -1;
}

QStringList LoopbackHttpServer::downloads() const
{
    QStringList paths;
    for (const auto &r : m_requests) {
        if (r.status == 200)
            paths.append(QString::fromLatin1(r.path));
    }
    return paths;
}

void LoopbackHttpServer::accept()
{
    while (auto *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (buffer->endsWith("\r\n\r\n"))
                return; // answered already
            *buffer += socket->readAll();
            const auto end = buffer->indexOf("\r\n\r\n");
            if (end >= 0) {
                buffer->truncate(end + 4);
                respond(socket, *buffer);
            }
        });
    }
}

void LoopbackHttpServer::respond(QTcpSocket *socket, const QByteArray &head)
{
    const auto lines = head.split('\n');
    Request request;
    request.path = lines.value(0).split(' ').value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(
                lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const auto path = QString::fromLatin1(request.path);
    const auto fault = m_faults.value(path, Fault::None);
    auto record = [this, &request](int status) {
        request.status = status;
        m_requests.append(request);
    };

    if (m_redirects.contains(path)) {
        record(302);
        send(socket, 302, "Found", {{"Location", m_redirects.value(path).toEncoded()}}, {});
        return;
    }
    QFile file(QDir(m_root).filePath(path.mid(1)));
    if (fault == Fault::NotFound || path.contains(QLatin1String("..")) ||
        !file.open(QIODevice::ReadOnly)) {
        record(404);
        send(socket, 404, "Not Found", {}, "not found\n");
        return;
    }
    if (fault == Fault::ServerError) {
        record(500);
        send(socket, 500, "Internal Server Error", {}, "broken\n");
        return;
    }
    const auto body = file.readAll();
    const auto hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const auto etag = etagOf(hash);
    const auto lastModified = lastModifiedOf(hash);
    // As RFC 9110 says: If-None-Match wins when both are sent.
    const bool notModified = request.headers.contains("if-none-match")
        ? request.headers.value("if-none-match") == etag
        : request.headers.value("if-modified-since") == lastModified;
    if (notModified || fault == Fault::NotModified) {
        record(304);
        send(socket, 304, "Not Modified", {{"ETag", etag}}, {});
        return;
    }
    record(200);
    if (const auto cut = m_cuts.constFind(path); cut != m_cuts.cend()) {
        socket->write(okResponse(path, body).left(*cut));
        socket->disconnectFromHost();
        return;
    }
    const auto headers = okHeaders(path, body);
    const auto half = body.left(body.size() / 2);
    switch (fault) {
    case Fault::None:
    case Fault::NotFound:
    case Fault::ServerError:
        send(socket, 200, "OK", headers, body);
        break;
    case Fault::NotModified:
        break; // answered above
    case Fault::LongerBody:
        send(socket, 200, "OK", headers, body + QByteArray(4096, '#'));
        break;
    case Fault::NoLength:
    case Fault::NoLengthLonger: {
        QByteArray out = "HTTP/1.1 200 OK\r\nConnection: close\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        socket->write(out + "\r\n" + body +
            (fault == Fault::NoLengthLonger ? QByteArray(4096, '#') : QByteArray()));
        socket->disconnectFromHost();
        break;
    }
    case Fault::Stall:
    case Fault::Truncate:
    case Fault::Hang: {
        QByteArray out = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        socket->write(out + "\r\n" + half);
        socket->flush();
        if (fault == Fault::Truncate)
            socket->disconnectFromHost();
        if (fault == Fault::Hang)
            Q_EMIT halfSent(request.path);
        break;
    }
    case Fault::Trickle: {
        QByteArray out = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(out);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, body, sent, timer] {
            if (*sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(100);
        break;
    }
    }
}

QByteArray LoopbackHttpServer::okResponse(const QString &path, const QByteArray &body)
{
    return response(200, "OK", okHeaders(path, body), body);
}

QByteArray LoopbackHttpServer::response(int status, const QByteArray &reason,
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nConnection: close\r\n";
    if (status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

void LoopbackHttpServer::send(QTcpSocket *socket, int status, const QByteArray &reason,
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    socket->write(response(status, reason, headers, body));
    socket->disconnectFromHost();
}

} // namespace wc::test
