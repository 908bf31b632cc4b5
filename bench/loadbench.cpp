// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Prints how long loading and validating a program folder takes, and its peak
// memory, next to yaml-cpp's bare YAML::LoadFile of the same files, and how
// long the app's program cache takes to write and read its snapshot. Each
// measurement runs in a child process of its own so that peak memory belongs
// to one thing only.
//
//   loadbench [--runs N] [DIR…]     default: the bundled program and a
//                                   generated NeurIPS-scale edition

#include "programcache.h"
#include "programloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ctime>
#include <optional>
#include <sys/resource.h>
#include <vector>

namespace {

constexpr double bundledTargetMs = 20.0;
constexpr double largeRatioTarget = 1.5;
constexpr double largePeakTargetMb = 200.0;

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// This process's CPU time: unlike the wall clock, it barely moves with other
// work on a busy machine (a build, say), so the two together tell load from cost.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Child mode "snapshot": what a warm start of the app pays instead of loading
// the YAML (the key, a SHA-1 of every file, then reading the snapshot), and
// what the first start adds to write it. Prints "key_ms write_ms read_ms bytes".
int measureSnapshot(const QString &dir, int runs)
{
    const auto result = wc::loadProgramFolder(dir);
    QTemporaryDir cacheDir;
    const wc::ProgramCache cache(cacheDir.path());
    const auto version = QStringLiteral("loadbench");
    std::vector<double> keys, writes, reads;
    QByteArray key;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        key = wc::ProgramCache::keyFor(dir, version);
        keys.push_back(msSince(timer));
        timer.restart();
        const bool stored = cache.store(key, result);
        writes.push_back(msSince(timer));
        timer.restart();
        const bool read = cache.load(key).has_value();
        reads.push_back(msSince(timer));
        if (!stored || !read) {
            QTextStream(stderr) << "loadbench: the snapshot of " << dir << " was not "
                                << (stored ? "read back" : "written") << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << median(keys) << ' ' << median(writes) << ' ' << median(reads) << ' '
                        << QFileInfo(cache.snapshotPath(key)).size() << '\n';
    return 0;
}

// Child mode: runs one kind of load `runs` times, prints
// "median_ms peak_mb baseline_mb median_cpu_ms".
int measure(const QString &mode, const QString &dir, int runs)
{
    if (mode == QLatin1String("snapshot"))
        return measureSnapshot(dir, runs);
    const double baseline = peakRssMb();
    std::vector<double> times, cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        if (mode == QLatin1String("loader")) {
            const auto result = wc::loadProgramFolder(dir);
            if (!result.ok()) {
                QTextStream(stderr)
                    << "loadbench: " << dir
                    << " does not load: " << result.problems.value(0).toString() << '\n';
                return 1;
            }
        } else {
            for (const auto &name : wc::programFiles) {
                const auto path = QDir(dir).filePath(name);
                if (QFile::exists(path))
                    YAML::LoadFile(path.toStdString());
            }
        }
        times.push_back(msSince(timer));
        cpuTimes.push_back(cpuMs() - cpu);
    }
    QTextStream(stdout) << median(times) << ' ' << peakRssMb() << ' ' << baseline << ' '
                        << median(cpuTimes) << '\n';
    return 0;
}

// Runs a child mode; the numbers it printed, or nullopt when it failed.
std::optional<std::vector<double>> runChild(const QString &mode, const QString &dir, int runs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--measure"), mode, dir, QString::number(runs)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return std::nullopt;
    std::vector<double> numbers;
    for (const auto &field : QString::fromUtf8(child.readAllStandardOutput())
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts))
        numbers.push_back(field.toDouble());
    return numbers;
}

struct Figures {
    double ms = 0;
    double peakMb = 0;
    double baselineMb = 0;
    double cpuMs = 0;
};

std::optional<Figures> runLoad(const QString &mode, const QString &dir, int runs)
{
    const auto numbers = runChild(mode, dir, runs);
    if (!numbers || numbers->size() != 4)
        return std::nullopt;
    return Figures {(*numbers)[0], (*numbers)[1], (*numbers)[2], (*numbers)[3]};
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const auto &name : wc::programFiles)
        total += QFileInfo(QDir(dir).filePath(name)).size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    auto args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--measure") && args.size() == 4)
        return measure(args[1], args[2], args[3].toInt());

    int runs = 5;
    if (args.value(0) == QLatin1String("--runs")) {
        runs = std::max(1, args.value(1).toInt());
        args = args.mid(2);
    }
    QTemporaryDir scratch;
    QStringList dirs = args;
    if (dirs.isEmpty()) {
        const auto generated = QDir(scratch.path()).filePath(QStringLiteral("neurips-scale"));
        if (QProcess::execute(QStringLiteral(WC_GENERATOR_PATH), {generated}) != 0) {
            QTextStream(stderr) << "loadbench: generate-edition failed\n";
            return 1;
        }
        dirs = {QStringLiteral(WC_BUNDLED_DIR), generated};
    }

    QTextStream out(stdout);
    out << "Load and validate, median of " << runs << " runs, each kind in its own process\n";
    out << qSetFieldWidth(0);
    bool allMet = true;
    for (const auto &dir : std::as_const(dirs)) {
        const auto loader = runLoad(QStringLiteral("loader"), dir, runs);
        const auto bare = runLoad(QStringLiteral("yaml-cpp"), dir, runs);
        const auto snapshot = runChild(QStringLiteral("snapshot"), dir, runs);
        if (!loader || !bare || !snapshot || snapshot->size() != 4) {
            out << dir << ": measurement failed\n";
            return 1;
        }
        const double ratio = loader->ms / bare->ms;
        const bool isBundled = dir == QLatin1String(WC_BUNDLED_DIR);
        out << "\n"
            << QDir(dir).dirName() << " ("
            << QString::number(folderBytes(dir) / 1024.0 / 1024.0, 'f', 2) << " MiB of YAML)\n";
        out << "  loader (parse + validate): " << QString::number(loader->ms, 'f', 1) << " ms (CPU "
            << QString::number(loader->cpuMs, 'f', 1) << " ms), peak "
            << QString::number(loader->peakMb, 'f', 1) << " MB (process baseline "
            << QString::number(loader->baselineMb, 'f', 1) << " MB)\n";
        out << "  bare YAML::LoadFile:       " << QString::number(bare->ms, 'f', 1) << " ms (CPU "
            << QString::number(bare->cpuMs, 'f', 1) << " ms), peak "
            << QString::number(bare->peakMb, 'f', 1) << " MB\n";
        out << "  ratio loader / bare:       " << QString::number(ratio, 'f', 2) << "x (CPU "
            << QString::number(loader->cpuMs / bare->cpuMs, 'f', 2) << "x)\n";
        out << "  snapshot (program cache):  key " << QString::number((*snapshot)[0], 'f', 1)
            << " ms, write " << QString::number((*snapshot)[1], 'f', 1) << " ms, read "
            << QString::number((*snapshot)[2], 'f', 1) << " ms, "
            << QString::number((*snapshot)[3] / 1024.0 / 1024.0, 'f', 2) << " MiB\n";
        if (isBundled) {
            const bool met = loader->ms < bundledTargetMs;
            allMet &= met;
            out << "  target: under " << bundledTargetMs << " ms: " << (met ? "met" : "MISSED")
                << "\n";
        } else {
            const bool met = ratio <= largeRatioTarget && loader->peakMb < largePeakTargetMb;
            allMet &= met;
            out << "  target: within " << largeRatioTarget << "x of bare yaml-cpp and under "
                << largePeakTargetMb << " MB peak: " << (met ? "met" : "MISSED") << "\n";
        }
    }
    out << "\n" << (allMet ? "all targets met" : "some targets missed") << Qt::endl;
    return 0;
}
