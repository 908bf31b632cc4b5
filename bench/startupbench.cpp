// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Prints how long workshop-companion takes from process start to its first
// frame showing the program, next to an empty Qt Quick window started the
// same way, and the same for a generated NeurIPS-scale edition with a cold
// and a warm program cache, with peak memory. Then it scrolls that edition's
// timeline (every day, top to bottom) and papers list (first to last) with
// the app's --bench-scroll and prints the times between frames. Each run is a
// fresh process with its own empty cache and settings folders.
//
//   startupbench [--runs N] [DIR]     DIR: an edition to measure instead of
//                                     the generated NeurIPS-scale one

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ctime>
#include <optional>
#include <vector>

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
    double completeMs = 0; // every part of the window drawn (the bars come after the timeline)
    double programFrameCpuMs = 0; // the app's CPU time, all threads, by then
    double peakMb = 0;
};

// Runs `program` once with fresh cache and settings folders (or `cacheHome`
// when given, to measure a warm cache); the "name value" lines it printed,
// times made relative to the launch.
std::optional<QHash<QString, double>> run(const QString &program, const QStringList &args,
    const QString &cacheHome, int timeoutMs = 120000)
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
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        QTextStream(stderr) << "startupbench: " << program << ' ' << args.join(QLatin1Char(' '))
                            << " failed (exit " << process.exitCode()
                            << "): " << process.readAllStandardError() << '\n';
        return std::nullopt;
    }
    QHash<QString, double> values;
    for (const auto &line :
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto parts = line.split(QLatin1Char(' '));
        if (parts.size() == 2)
            values.insert(parts[0], parts[1].toDouble());
    }
    for (const auto name : {"first-frame-ms", "program-frame-ms", "window-complete-ms"}) {
        const auto key = QString::fromLatin1(name);
        if (values.contains(key))
            values[key] -= start;
    }
    return values;
}

std::optional<Startup> launch(
    const QString &program, const QStringList &args, const QString &cacheHome)
{
    const auto values = run(program, args, cacheHome);
    if (!values)
        return std::nullopt;
    return Startup {values->value(QStringLiteral("first-frame-ms")),
        values->value(QStringLiteral("program-frame-ms")),
        values->value(QStringLiteral("window-complete-ms")),
        values->value(QStringLiteral("program-frame-cpu-ms")),
        values->value(QStringLiteral("peak-rss-kb")) / 1024.0};
}

// Median figures over `runs` launches.
std::optional<Startup> measure(
    const QString &program, const QStringList &args, int runs, const QString &cacheHome = {})
{
    std::vector<double> first, shown, complete, cpu, peak;
    for (int i = 0; i < runs; ++i) {
        const auto run = launch(program, args, cacheHome);
        if (!run)
            return std::nullopt;
        first.push_back(run->firstFrameMs);
        shown.push_back(run->programFrameMs);
        complete.push_back(run->completeMs);
        cpu.push_back(run->programFrameCpuMs);
        peak.push_back(run->peakMb);
    }
    return Startup {median(first), median(shown), median(complete), median(cpu),
        *std::max_element(peak.begin(), peak.end())};
}

// What the app's --bench-scroll prints, over several runs.
struct ScrollFigures {
    std::vector<QHash<QString, double>> runs;

    double medianOf(const char *name) const
    {
        std::vector<double> values;
        for (const auto &run : runs)
            values.push_back(run.value(QString::fromLatin1(name)));
        return median(values);
    }
    double worstOf(const char *name) const
    {
        double worst = 0;
        for (const auto &run : runs)
            worst = std::max(worst, run.value(QString::fromLatin1(name)));
        return worst;
    }
    QString describe() const
    {
        const auto ms = [](double value) { return QString::number(value, 'f', 1); };
        const auto count = [](double value) { return QString::number(value, 'f', 0); };
        // 60 frames a second: 99 frames in 100 drawn within a refresh.
        const double p99 = medianOf("scroll-p99-ms");
        auto text =
            QStringLiteral("%1 frames of %2 px (%3 px, %4 passes)\n"
                           "    between frames: median %5 ms, p99 %6 ms, worst %7 ms; %8 frames "
                           "over 16.7 ms (target 60 fps, p99 within 16.7 ms: %9)\n"
                           "    CPU per frame (all threads): median %10 ms, p99 %11 ms\n"
                           "    start of a pass (the timeline: a day switched to) to its first "
                           "frame: median %12 ms, worst %13 ms\n"
                           "    peak memory %14 MB")
                .arg(count(medianOf("scroll-frames")), count(medianOf("scroll-step-px")),
                    count(medianOf("scroll-px")), count(medianOf("scroll-passes")))
                .arg(ms(medianOf("scroll-median-ms")), ms(p99), ms(worstOf("scroll-worst-ms")))
                .arg(count(medianOf("scroll-slow-frames")))
                .arg(QLatin1String(p99 <= 1000.0 / 60 ? "met" : "MISSED"))
                .arg(ms(medianOf("scroll-cpu-median-ms")), ms(medianOf("scroll-cpu-p99-ms")),
                    ms(medianOf("scroll-pass-start-median-ms")),
                    ms(worstOf("scroll-pass-start-worst-ms")), ms(worstOf("peak-rss-kb") / 1024.0));
        if (!runs.empty() && runs.back().contains(QStringLiteral("scroll-rows")))
            text += QStringLiteral("\n    last row shown: %1 of %2")
                        .arg(count(runs.back().value(QStringLiteral("scroll-last-row"))),
                            count(runs.back().value(QStringLiteral("scroll-rows"))));
        return text;
    }
};

std::optional<ScrollFigures> measureScroll(
    const QString &program, const QStringList &args, int runs, const QString &cacheHome)
{
    ScrollFigures figures;
    for (int i = 0; i < runs; ++i) {
        const auto values = run(program, args, cacheHome, 1800000);
        if (!values)
            return std::nullopt;
        figures.runs.push_back(*values);
    }
    return figures;
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
    auto args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--runs")) {
        runs = std::max(1, args.value(1).toInt());
        args = args.mid(2);
    }
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
        << "; CPU " << QString::number(bundled->programFrameCpuMs, 'f', 1) << " ms)\n";
    out << "bundled program, whole window drawn:    "
        << QString::number(bundled->completeMs, 'f', 1)
        << " ms (menus, bars, side bar and switches come after the timeline)\n";
    out << "bundled program, peak memory:           " << QString::number(bundled->peakMb, 'f', 1)
        << " MB (target under 150 MB: " << (bundled->peakMb < 150 ? "met" : "MISSED") << ")\n\n";

    QTemporaryDir scratch;
    auto edition = args.value(0);
    if (edition.isEmpty()) {
        edition = QDir(scratch.path()).filePath(QStringLiteral("neurips-scale"));
        if (QProcess::execute(QStringLiteral(WC_GENERATOR_PATH), {edition}) != 0)
            return 1;
    }
    std::vector<double> bareRuns;
    for (int i = 0; i < runs; ++i)
        bareRuns.push_back(bareYamlParseMs(edition));
    const double bare = median(bareRuns);
    const QStringList largeArgs {QStringLiteral("--report-startup"), QStringLiteral("--size"),
        QStringLiteral("1366x768"), QStringLiteral("--data"), edition};
    const auto cold = measure(companion, largeArgs, runs);
    const auto warmCache = QDir(scratch.path()).filePath(QStringLiteral("warm-cache"));
    if (!launch(companion, largeArgs, warmCache)) // fills the cache
        return 1;
    const auto warm = measure(companion, largeArgs, runs, warmCache);
    if (!cold || !warm)
        return 1;
    out << QDir(edition).dirName() << " edition (bare yaml-cpp parse "
        << QString::number(bare, 'f', 0) << " ms)\n";
    out << "  first frame (window with progress):   " << QString::number(cold->firstFrameMs, 'f', 1)
        << " ms\n";
    out << "  timeline, cold cache:                 "
        << QString::number(cold->programFrameMs, 'f', 1)
        << " ms (target bare parse + 500 ms = " << QString::number(bare + 500, 'f', 0)
        << " ms: " << (cold->programFrameMs <= bare + 500 ? "met" : "MISSED") << ")\n";
    out << "  timeline, warm cache:                 "
        << QString::number(warm->programFrameMs, 'f', 1)
        << " ms (target under 400 ms: " << (warm->programFrameMs < 400 ? "met" : "MISSED") << ")\n";
    out << "  CPU time by then, cold / warm:        "
        << QString::number(cold->programFrameCpuMs, 'f', 1) << " / "
        << QString::number(warm->programFrameCpuMs, 'f', 1)
        << " ms (the app's threads; unlike the times above, other work on the machine leaves it "
           "alone)\n";
    out << "  peak memory, cold / warm:             " << QString::number(cold->peakMb, 'f', 1)
        << " / " << QString::number(warm->peakMb, 'f', 1) << " MB\n\n";

    out << "Scrolling with --bench-scroll, warm cache, median of " << runs
        << " runs (worst: of all runs)\n";
    for (const auto view : {"timeline", "papers"}) {
        const auto scroll = measureScroll(companion,
            {QStringLiteral("--bench-scroll"), QString::fromLatin1(view), QStringLiteral("--size"),
                QStringLiteral("1366x768"), QStringLiteral("--data"), edition},
            runs, warmCache);
        if (!scroll)
            return 1;
        out << "  " << view << ": " << scroll->describe() << '\n';
    }
    out.flush();
    return 0;
}
