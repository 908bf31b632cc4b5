// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Prints how long workshop-companion takes from process start to its first
// frame showing the program, next to an empty Qt Quick window started the
// same way, and the same for a generated NeurIPS-scale edition with a cold
// and a warm program cache, with peak memory. Each run is a fresh process
// with its own empty cache and settings folders.
//
//   startupbench [--runs N]

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ctime>
#include <optional>

namespace {

double monotonicMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Child mode: an empty window, reporting its first frame like the app does.
int emptyWindow(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { visible: true; width: 1366; height: 768 }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::printf("first-frame-ms %.3f\nprogram-frame-ms %.3f\npeak-rss-kb 0\n", monotonicMs(),
            monotonicMs());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QGuiApplication::exec();
}

struct Startup {
    double firstFrameMs = 0; // from launch
    double programFrameMs = 0;
    double peakMb = 0;
};

// Runs `program` once with fresh cache and settings folders (or `cacheHome`
// when given, to measure a warm cache).
std::optional<Startup> launch(
    const QString &program, const QStringList &args, const QString &cacheHome)
{
    QTemporaryDir home;
    auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"),
        cacheHome.isEmpty() ? home.path() + QStringLiteral("/cache") : cacheHome);
    QProcess process;
    process.setProcessEnvironment(env);
    const double start = monotonicMs();
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        QTextStream(stderr) << "startupbench: " << program
                            << " failed: " << process.readAllStandardError() << '\n';
        return std::nullopt;
    }
    Startup result;
    for (const auto &line :
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto parts = line.split(QLatin1Char(' '));
        if (parts.size() != 2)
            continue;
        if (parts[0] == QLatin1String("first-frame-ms"))
            result.firstFrameMs = parts[1].toDouble() - start;
        else if (parts[0] == QLatin1String("program-frame-ms"))
            result.programFrameMs = parts[1].toDouble() - start;
        else if (parts[0] == QLatin1String("peak-rss-kb"))
            result.peakMb = parts[1].toDouble() / 1024.0;
    }
    return result;
}

// Median figures over `runs` launches.
std::optional<Startup> measure(
    const QString &program, const QStringList &args, int runs, const QString &cacheHome = {})
{
    std::vector<double> first, shown, peak;
    for (int i = 0; i < runs; ++i) {
        const auto run = launch(program, args, cacheHome);
        if (!run)
            return std::nullopt;
        first.push_back(run->firstFrameMs);
        shown.push_back(run->programFrameMs);
        peak.push_back(run->peakMb);
    }
    return Startup {median(first), median(shown), *std::max_element(peak.begin(), peak.end())};
}

double bareYamlParseMs(const QString &dir)
{
    const double start = monotonicMs();
    for (const auto &name : {"workshop.yaml", "program.yaml", "speakers.yaml", "papers.yaml"})
        YAML::LoadFile(QDir(dir).filePath(QString::fromLatin1(name)).toStdString());
    return monotonicMs() - start;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::string_view(argv[1]) == "--empty-window")
        return emptyWindow(argc, argv);

    QCoreApplication app(argc, argv);
    int runs = 5;
    const auto args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--runs"))
        runs = std::max(1, args[2].toInt());
    const auto companion = QStringLiteral(WC_APP_PATH);
    QTextStream out(stdout);
    out << "Start-up, median of " << runs << " fresh processes, QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) << "\n\n";

    const auto empty = measure(app.applicationFilePath(), {QStringLiteral("--empty-window")}, runs);
    const auto bundled = measure(companion,
        {QStringLiteral("--report-startup"), QStringLiteral("--size"), QStringLiteral("1366x768")},
        runs);
    if (!empty || !bundled)
        return 1;
    const double ratio = bundled->programFrameMs / empty->firstFrameMs;
    out << "empty Qt Quick window, first frame:      "
        << QString::number(empty->firstFrameMs, 'f', 1) << " ms\n";
    out << "bundled program, first timeline frame:  "
        << QString::number(bundled->programFrameMs, 'f', 1) << " ms (ratio "
        << QString::number(ratio, 'f', 2) << "x; target 1.5x: " << (ratio <= 1.5 ? "met" : "MISSED")
        << ")\n";
    out << "bundled program, peak memory:           " << QString::number(bundled->peakMb, 'f', 1)
        << " MB (target under 150 MB: " << (bundled->peakMb < 150 ? "met" : "MISSED") << ")\n\n";

    QTemporaryDir scratch;
    const auto edition = QDir(scratch.path()).filePath(QStringLiteral("neurips-scale"));
    if (QProcess::execute(QStringLiteral(WC_GENERATOR_PATH), {edition}) != 0)
        return 1;
    const double bare = bareYamlParseMs(edition);
    const QStringList largeArgs {QStringLiteral("--report-startup"), QStringLiteral("--size"),
        QStringLiteral("1366x768"), QStringLiteral("--data"), edition};
    const auto cold = measure(companion, largeArgs, runs);
    const auto warmCache = QDir(scratch.path()).filePath(QStringLiteral("warm-cache"));
    if (!launch(companion, largeArgs, warmCache)) // fills the cache
        return 1;
    const auto warm = measure(companion, largeArgs, runs, warmCache);
    if (!cold || !warm)
        return 1;
    out << "NeurIPS-scale edition (bare yaml-cpp parse " << QString::number(bare, 'f', 0)
        << " ms)\n";
    out << "  first frame (window with progress):   " << QString::number(cold->firstFrameMs, 'f', 1)
        << " ms\n";
    out << "  timeline, cold cache:                 "
        << QString::number(cold->programFrameMs, 'f', 1)
        << " ms (target bare parse + 500 ms = " << QString::number(bare + 500, 'f', 0)
        << " ms: " << (cold->programFrameMs <= bare + 500 ? "met" : "MISSED") << ")\n";
    out << "  timeline, warm cache:                 "
        << QString::number(warm->programFrameMs, 'f', 1)
        << " ms (target under 400 ms: " << (warm->programFrameMs < 400 ? "met" : "MISSED") << ")\n";
    out << "  peak memory, cold / warm:             " << QString::number(cold->peakMb, 'f', 1)
        << " / " << QString::number(warm->peakMb, 'f', 1) << " MB" << Qt::endl;
    return 0;
}
