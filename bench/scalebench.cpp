// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Issue 9's load test: a program of 20,000 papers and 3,000 sessions
// (generate-edition --large) read, validated, cached, searched, started cold
// and warm and scrolled, each figure printed by the benchmark that measures
// it at NeurIPS scale (loadbench, searchbench, startupbench), run on this
// edition one after the other.
//
//   scalebench [--runs N]     default: 3 runs of each measurement

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments().mid(1);
    int runs = 3;
    if (args.value(0) == QLatin1String("--runs"))
        runs = std::max(1, args.value(1).toInt());
    else if (!args.isEmpty()) {
        QTextStream(stderr) << "usage: scalebench [--runs N]\n";
        return 2;
    }

    QTextStream out(stdout);
    QTemporaryDir scratch;
    const auto edition = QDir(scratch.path()).filePath(QStringLiteral("large"));
    if (QProcess::execute(
            QStringLiteral(WC_GENERATOR_PATH), {edition, QStringLiteral("--large")}) != 0)
        return 1;
    out << "\nFiles:\n";
    qint64 total = 0;
    for (const auto &file : QDir(edition).entryInfoList(QDir::Files, QDir::Name)) {
        out << "  " << file.fileName() << ": "
            << QString::number(double(file.size()) / 1024 / 1024, 'f', 2) << " MiB\n";
        total += file.size();
    }
    out << "  total: " << QString::number(double(total) / 1024 / 1024, 'f', 2) << " MiB"
        << Qt::endl;

    const std::pair<const char *, const char *> benchmarks[] = {
        {"loadbench", WC_LOADBENCH_PATH},
        {"searchbench", WC_SEARCHBENCH_PATH},
        {"startupbench", WC_STARTUPBENCH_PATH},
    };
    for (const auto &[name, path] : benchmarks) {
        out << "\n== " << name << " ==" << Qt::endl;
        QProcess bench;
        bench.setProcessChannelMode(QProcess::ForwardedChannels);
        bench.start(QString::fromLocal8Bit(path),
            {QStringLiteral("--runs"), QString::number(runs), edition});
        if (!bench.waitForFinished(-1) || bench.exitStatus() != QProcess::NormalExit ||
            bench.exitCode() != 0) {
            QTextStream(stderr) << "scalebench: " << name << " failed\n";
            return 1;
        }
    }
    return 0;
}
