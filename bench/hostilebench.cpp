// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Prints how long the loader takes to reject each known hostile input, and
// what it says: yaml-cpp's CVE reproducers (stack exhaustion by deep
// nesting), the lone ',' on which YAML::LoadAll never returns, alias bombs
// and cycles, 10^5 nested brackets and oversized scalars. Each goes in as
// workshop.yaml: alone (in memory), and with the rest of the bundled
// program through the real path (a folder on disk, loadProgramFolder) and
// the in-memory one (loadProgramFiles, which has no file size to check
// before reading). Medians of several runs, wall and CPU time.
//
//   hostilebench [--runs N]

#include "programloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace {

// The target for every input of the issue; the oversized ones past the file
// limit are refused before parsing on disk, so only in memory are they slow.
constexpr double targetMs = 200.0;

struct Hostile {
    const char *name;
    QByteArray bytes;
};

// Ten levels of ten aliases each: 10^10 nodes once expanded.
QByteArray aliasBomb(bool maps)
{
    QByteArray yaml = maps
        ? "k0: &k0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\n"
        : "k0: &k0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level < 10; ++level) {
        QByteArrayList items;
        for (char key = 'a'; key < 'a' + 10; ++key) {
            const auto alias = QByteArray("*k") + QByteArray::number(level - 1);
            items.append(maps ? QByteArray(1, key) + ": " + alias : alias);
        }
        const auto anchor = QByteArray::number(level);
        yaml += "k" + anchor + ": &k" + anchor + (maps ? " {" : " [") + items.join(", ") +
            (maps ? "}\n" : "]\n");
    }
    return yaml;
}

std::vector<Hostile> hostileInputs()
{
    const qsizetype mib = 1024 * 1024;
    return {
        {"CVE-2017-5950: [a: x 25000 (compact maps in flow sequences)",
            QByteArray("[a: ").repeated(25000)},
        {"CVE-2018-20573: {[ x 50000 (flow maps and sequences)", QByteArray("{[").repeated(50000)},
        {"CVE-2018-20574: {a: x 25000 (flow maps)", QByteArray("{a: ").repeated(25000)},
        {"CVE-2019-6285: [ x 10^5 (flow sequences)", QByteArray("[").repeated(100000)},
        {"CVE-2019-6292: '- ' x 50000 (block sequences)", QByteArray("- ").repeated(50000) + "x\n"},
        {"CVE-2017-11692: a lone tag '!2'", "!2\n"},
        {"',' (YAML::LoadAll never returns)", ","},
        {"alias bomb, sequences (10^10 nodes)", aliasBomb(false)},
        {"alias bomb, maps (10^10 nodes)", aliasBomb(true)},
        {"alias cycle: &a [*a]", "&a [*a]"},
        {"alias cycle: &m {k: *m}", "&m {k: *m}"},
        {"'{' x 16 MiB - 1 (largest file read)", QByteArray("{").repeated(16 * mib - 1)},
        {"15 MiB scalar (under the file limit)", "title: " + QByteArray("x").repeated(15 * mib)},
        {"32 MiB scalar", "title: " + QByteArray("x").repeated(32 * mib)},
    };
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0; // steadier than wall time on a busy machine
};

// Medians of `runs` calls; the result of the last one.
Timing timed(int runs, const std::function<wc::LoadResult()> &load, wc::LoadResult *last)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto cpuStart = std::clock();
        *last = load();
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

QString described(const Timing &timing)
{
    return QStringLiteral("%1 ms (cpu %2 ms)%3")
        .arg(timing.wallMs, 0, 'f', 1)
        .arg(timing.cpuMs, 0, 'f', 1)
        .arg(timing.wallMs > targetMs ? QStringLiteral(" OVER TARGET") : QString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    int runs = 5;
    if (const auto at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args[at + 1].toInt());
    QTextStream out(stdout);

    QTemporaryDir folder;
    wc::ProgramFiles files;
    const QDir bundled(QStringLiteral(WC_BUNDLED_DIR));
    for (const auto &name : bundled.entryList(QDir::Files)) {
        QFile file(bundled.filePath(name));
        if (!folder.isValid() ||
            !QFile::copy(file.fileName(), QDir(folder.path()).filePath(name)) ||
            !file.open(QIODevice::ReadOnly)) {
            out << "hostilebench: cannot copy " << file.fileName() << '\n';
            return 1;
        }
        files.insert(name, file.readAll());
    }
    const auto workshopPath = QDir(folder.path()).filePath(QStringLiteral("workshop.yaml"));

    wc::LoadResult result;
    out << "Rejecting hostile input as workshop.yaml: alone, and with the rest of the bundled "
           "program on disk and in memory; medians of "
        << runs << " runs, target " << targetMs << " ms\n"
        << "the bundled program itself: "
        << described(timed(
               runs, [&] { return wc::loadProgramFiles(files); }, &result))
        << (result.ok() ? "" : " (with errors!)") << "\n\n";
    bool allRejected = true;
    for (const auto &hostile : hostileInputs()) {
        const auto workshop = QStringLiteral("workshop.yaml");
        const wc::ProgramFiles alone {{workshop, hostile.bytes}};
        const auto aloneTiming = timed(
            runs, [&] { return wc::loadProgramFiles(alone); }, &result);
        bool rejected = !result.ok();
        QFile file(QDir(folder.path()).filePath(workshop));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(hostile.bytes) != hostile.bytes.size()) {
            out << "hostilebench: cannot write " << file.fileName() << '\n';
            return 1;
        }
        file.close();
        const auto diskTiming = timed(
            runs, [&] { return wc::loadProgramFolder(folder.path()); }, &result);
        rejected = rejected && !result.ok();
        auto hostileFiles = files;
        hostileFiles.insert(workshop, hostile.bytes);
        const auto memoryTiming = timed(
            runs, [&] { return wc::loadProgramFiles(hostileFiles); }, &result);
        allRejected = allRejected && rejected && !result.ok();
        out << hostile.name << " (" << hostile.bytes.size() << " bytes)\n"
            << "  alone " << described(aloneTiming) << "\n  in the folder on disk "
            << described(diskTiming) << ", in memory " << described(memoryTiming) << "\n  "
            << (result.problems.isEmpty() ? QStringLiteral("no problem reported!")
                                          : result.problems.constFirst().toString())
            << '\n';
        out.flush();
    }
    out << (allRejected ? "every input rejected\n" : "SOME INPUT WAS NOT REJECTED\n");
    return allRejected ? 0 : 1;
}
