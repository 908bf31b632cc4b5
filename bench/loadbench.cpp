// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Prints how long loading and validating a program folder takes, and its peak
// memory, next to yaml-cpp's bare YAML::LoadFile of the same files. Each
// measurement runs in a child process of its own so that peak memory belongs
// to one thing only.
//
//   loadbench [--runs N] [DIR…]     default: the bundled program and a
//                                   generated NeurIPS-scale edition

#include "programloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sys/resource.h>

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

// Child mode: runs one kind of load `runs` times, prints "median_ms peak_mb baseline_mb".
int measure(const QString &mode, const QString &dir, int runs)
{
    const double baseline = peakRssMb();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
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
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QTextStream(stdout) << median(times) << ' ' << peakRssMb() << ' ' << baseline << '\n';
    return 0;
}

struct Figures {
    double ms = 0;
    double peakMb = 0;
    double baselineMb = 0;
};

std::optional<Figures> runChild(const QString &mode, const QString &dir, int runs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--measure"), mode, dir, QString::number(runs)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return std::nullopt;
    const auto fields = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
    if (fields.size() != 3)
        return std::nullopt;
    return Figures {fields[0].toDouble(), fields[1].toDouble(), fields[2].toDouble()};
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
        const auto loader = runChild(QStringLiteral("loader"), dir, runs);
        const auto bare = runChild(QStringLiteral("yaml-cpp"), dir, runs);
        if (!loader || !bare) {
            out << dir << ": measurement failed\n";
            return 1;
        }
        const double ratio = loader->ms / bare->ms;
        const bool isBundled = dir == QLatin1String(WC_BUNDLED_DIR);
        out << "\n"
            << QDir(dir).dirName() << " ("
            << QString::number(folderBytes(dir) / 1024.0 / 1024.0, 'f', 2) << " MiB of YAML)\n";
        out << "  loader (parse + validate): " << QString::number(loader->ms, 'f', 1)
            << " ms, peak " << QString::number(loader->peakMb, 'f', 1) << " MB (process baseline "
            << QString::number(loader->baselineMb, 'f', 1) << " MB)\n";
        out << "  bare YAML::LoadFile:       " << QString::number(bare->ms, 'f', 1) << " ms, peak "
            << QString::number(bare->peakMb, 'f', 1) << " MB\n";
        out << "  ratio loader / bare:       " << QString::number(ratio, 'f', 2) << "x\n";
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
