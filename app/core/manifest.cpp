// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "manifest.h"

#include "logging.h"
#include "programloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <yaml-cpp/emitter.h>

namespace wc {

bool isSha256Hex(const QByteArray &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(QLatin1Char('\\')))
        return false;
    const auto clean = QDir::cleanPath(path);
    return clean != QLatin1String("..") && !clean.startsWith(QLatin1String("../")) && clean == path;
}

QByteArray sha256Hex(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&device);
    return hash.result().toHex();
}

Manifest buildManifest(
    const QString &dir, const Program &program, const QDateTime &published, QString *error)
{
    Manifest manifest;
    manifest.edition = program.workshop.id;
    manifest.version = program.manifest ? program.manifest->version + 1 : 1;
    manifest.published = published;

    QStringList paths;
    for (const auto &name : programFiles) {
        if (QFile::exists(QDir(dir).filePath(name)))
            paths.append(name);
    }
    for (const auto &speaker : program.speakers) {
        if (!speaker.photo.isEmpty() && isSafeRelativePath(speaker.photo) &&
            !paths.contains(speaker.photo))
            paths.append(speaker.photo);
    }
    for (const auto &path : std::as_const(paths)) {
        QFile file(QDir(dir).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        manifest.files.append({path, file.size(), sha256Hex(file)});
    }
    qCDebug(lcManifest) << "built manifest version" << manifest.version << "with"
                        << manifest.files.size() << "files";
    return manifest;
}

QByteArray manifestYaml(const Manifest &manifest)
{
    // Paths are checked to be plain relative paths, but quote them anyway so
    // that a name like "yes.yaml" or "#1.jpg" stays text. yaml-cpp's emitter
    // also escapes what quotes alone do not keep: a line break in them reads
    // back as a space (found by fuzz_manifest).
    auto quoted = [](const QString &s) {
        YAML::Emitter emitter;
        emitter << YAML::DoubleQuoted << s.toStdString();
        return QString::fromUtf8(emitter.c_str(), qsizetype(emitter.size()));
    };
    QString out;
    out += QStringLiteral("# Written by workshop-program publish; do not edit by hand.\n");
    out += QStringLiteral("format: 1\n");
    out += QStringLiteral("edition: %1\n").arg(manifest.edition);
    out += QStringLiteral("version: %1\n").arg(manifest.version);
    out += QStringLiteral("published: \"%1\"\n").arg(manifest.published.toString(Qt::ISODate));
    out += QStringLiteral("files:\n");
    for (const auto &file : manifest.files) {
        // One arg() for all three: chained ones would read a "%1" in the
        // path as the place for the size (found by fuzz_manifest).
        out += QStringLiteral("  - { path: %1, bytes: %2, sha256: %3 }\n")
                   .arg(quoted(file.path), QString::number(file.bytes),
                       QString::fromLatin1(file.sha256));
    }
    return out.toUtf8();
}

} // namespace wc
