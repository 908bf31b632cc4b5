// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Prints what the web pane costs: start-up time and memory of
// workshop-companion with the bundled program as attendees start it (no web
// page: WebEngine must not be loaded at all), and the same started on a
// paper's PDF, served from loopback, until the page has loaded, with the
// memory of WebEngine's own processes.
//
//   webbench [--runs N]

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>
#include <unistd.h>

namespace {

double monotonicMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// A paper-like PDF: a dozen pages of text.
bool writePaper(const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setTitle(QStringLiteral("A benchmark paper"));
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    for (int page = 0; page < 12; ++page) {
        if (page > 0)
            pdf.newPage();
        for (int line = 0; line < 60; ++line)
            painter.drawText(QPointF(400, 400 + line * 220),
                QStringLiteral("Page %1, line %2: learned cost models for compilers and systems.")
                    .arg(page + 1)
                    .arg(line + 1));
    }
    return true;
}

// The bundled program with paper 37's PDF on `pdfUrl`, so the web pane may show it.
bool writeProgram(const QString &dir, const QString &pdfUrl)
{
    const QDir from(QStringLiteral(WC_BUNDLED_DIR));
    if (!QDir().mkpath(dir))
        return false;
    for (const auto &name : from.entryList(QDir::Files)) {
        QFile in(from.filePath(name));
        QFile out(QDir(dir).filePath(name));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        auto bytes = in.readAll();
        if (name == QLatin1String("papers.yaml"))
            bytes.replace("https://mlforsystems.org/assets/papers/neurips2023/paper37.pdf",
                pdfUrl.toUtf8());
        if (out.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

using Figures = std::map<QString, double>;

std::optional<Figures> launch(const QStringList &args)
{
    QTemporaryDir home;
    auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Chromium refuses to run as root with its sandbox.
    if (::geteuid() == 0)
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    for (const auto &[name, sub] : {std::pair {"XDG_CONFIG_HOME", "/config"},
             std::pair {"XDG_DATA_HOME", "/data"}, std::pair {"XDG_CACHE_HOME", "/cache"}})
        env.insert(QString::fromLatin1(name), home.path() + QString::fromLatin1(sub));
    QProcess process;
    process.setProcessEnvironment(env);
    const double start = monotonicMs();
    process.start(QStringLiteral(WC_APP_PATH), args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        QTextStream(stderr) << "webbench: workshop-companion failed: "
                            << process.readAllStandardError().right(2000) << '\n';
        return std::nullopt;
    }
    Figures figures;
    for (const auto &line :
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto parts = line.split(QLatin1Char(' '));
        if (parts.size() != 2)
            continue;
        auto value = parts[1].toDouble();
        if (parts[0].endsWith(QLatin1String("-ms")))
            value -= start;
        else if (parts[0].endsWith(QLatin1String("-kb")))
            value /= 1024.0; // MB
        figures[parts[0]] = value; // the last report of a name wins (peak memory)
    }
    return figures;
}

// The median of each figure over `runs` launches.
std::optional<Figures> measure(const QStringList &args, int runs)
{
    std::map<QString, std::vector<double>> all;
    for (int i = 0; i < runs; ++i) {
        const auto run = launch(args);
        if (!run)
            return std::nullopt;
        for (const auto &[name, value] : *run)
            all[name].push_back(value);
    }
    Figures medians;
    for (auto &[name, values] : all) {
        std::sort(values.begin(), values.end());
        medians[name] = values[values.size() / 2];
    }
    return medians;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

QString mb(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" MB");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPdfWriter needs fonts
    int runs = 5;
    const auto args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--runs"))
        runs = std::max(1, args[2].toInt());

    QTemporaryDir scratch;
    const QDir root(scratch.path());
    if (!QDir().mkpath(root.filePath(QStringLiteral("site"))) ||
        !writePaper(root.filePath(QStringLiteral("site/paper.pdf"))))
        return 1;
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 1;
        port = probe.serverPort();
    }
    QProcess server;
    server.start(QStringLiteral("python3"),
        {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
            root.filePath(QStringLiteral("site"))});
    if (!server.waitForStarted())
        return 1;
    QThread::msleep(500); // until it listens
    const auto pdfUrl = QStringLiteral("http://127.0.0.1:%1/paper.pdf").arg(port);
    const auto program = root.filePath(QStringLiteral("program"));
    if (!writeProgram(program, pdfUrl))
        return 1;

    const QStringList common {QStringLiteral("--report-startup"), QStringLiteral("--size"),
        QStringLiteral("1366x768"), QStringLiteral("--data"), program};
    const auto plain = measure(common, runs);
    const auto paper = measure(common + QStringList {QStringLiteral("--view"), QStringLiteral("web:") + pdfUrl}, runs);
    server.kill();
    server.waitForFinished();
    if (!plain || !paper)
        return 1;

    QTextStream out(stdout);
    out << "Web pane, median of " << runs << " fresh processes, QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) << "\n\n";
    out << "without a web page (as the app starts):\n";
    out << "  first timeline frame:                 " << ms(plain->at(QStringLiteral("program-frame-ms"))) << '\n';
    out << "  peak memory:                          " << mb(plain->at(QStringLiteral("peak-rss-kb"))) << '\n';
    out << "  WebEngine loaded:                     "
        << (plain->at(QStringLiteral("webengine-loaded")) > 0 ? "yes (target: no — MISSED)" : "no (target: no — met)")
        << "\n\n";
    out << "started on a paper's PDF (12 pages, from loopback):\n";
    out << "  first timeline frame:                 " << ms(paper->at(QStringLiteral("program-frame-ms"))) << '\n';
    out << "  PDF shown:                            " << ms(paper->at(QStringLiteral("page-loaded-ms"))) << '\n';
    out << "  peak memory of the app:               " << mb(paper->at(QStringLiteral("peak-rss-kb"))) << '\n';
    out << "  memory of WebEngine's processes:      " << mb(paper->at(QStringLiteral("web-processes-rss-kb")))
        << Qt::endl;
    return 0;
}
