// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "programloader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// A cache of loaded programs, so that a large edition (megabytes of YAML that
// take longer to parse than a first frame may) starts from a compact binary
// snapshot the second time. A snapshot is keyed by the bytes of the program
// files and the app version; anything wrong with it makes it a miss, and the
// caller loads the YAML as usual.
//
// Snapshot file "<key>.snapshot", a QDataStream (Qt_6_4, little-endian):
//   quint32 magic 0x57435053, quint32 format (ProgramCache::format),
//   quint32 key length + the key's bytes, quint64 payload length,
//   quint32 checksum() of the payload, then the payload: the dependency stamp,
//   the workshop, sessions, speakers, papers, manifest, problems and counts.
//   Strings are quint32 length + UTF-8 (0xffffffff: null), lists a quint32
//   count + items, times a kind byte + msecs since epoch + offset (+ zone id).
namespace wc {

class ProgramCache {
public:
    // Changes whenever the payload's layout does; part of every key.
    static constexpr quint32 format = 2;
    // Snapshots kept in the folder; the least recently used go first.
    static constexpr int maxSnapshots = 4;
    // Larger files are not written or read: no real edition comes close, and
    // a damaged or foreign file must not make us allocate gigabytes.
    static constexpr qint64 maxSnapshotBytes = 256 * 1024 * 1024;

    // `cacheDir` need not exist yet; store() creates it.
    explicit ProgramCache(QString cacheDir);

    QString cacheDir() const { return m_dir; }
    // The CRC-32 (as zlib computes it) a snapshot stores of its payload. It
    // only guards against damage (a torn write, a bad sector, a stray edit):
    // whoever can write the cache can also write a matching checksum of any
    // strength. A CRC is made for that, and costs a millisecond where SHA-1
    // took tens on the payload of a NeurIPS-scale program, on every start.
    static quint32 checksum(QByteArrayView payload);
    QString snapshotPath(const QByteArray &key) const;

    // Lower-case hex SHA-256 of `appVersion`, the snapshot format and, for each
    // of programFiles and manifestFile in turn, its name and the SHA-1 of its
    // contents (or that it is absent). Empty when `folder` is not a folder or a
    // file in it cannot be read, which means: do not cache.
    static QByteArray keyFor(const QString &folder, QStringView appVersion);

    // What a loaded program's problems depend on besides the files keyFor()
    // hashes: whether the local photos its speakers name exist, and the other
    // files its manifest lists (by size and modification time, as make would).
    static QByteArray dependencyStamp(const QString &folder, const Program &program);

    // The result stored for `key`, with the stamp stored beside it; nullopt
    // when there is none or it is unusable in any way (logged as a warning).
    // A hit marks the snapshot as recently used.
    std::optional<LoadResult> load(const QByteArray &key, QByteArray *stamp = nullptr) const;
    // Writes the snapshot for `key` atomically and prunes old ones. Only
    // results with a program are stored; false on any failure.
    bool store(const QByteArray &key, const LoadResult &result, const QByteArray &stamp = {}) const;

    // A snapshot shipped beside a program folder, "<folder>.snapshot": the
    // build makes one of the bundled program, so that the app's first start
    // reads it instead of parsing YAML (and does not write a cache to get
    // there). It is read-only and never pruned. Unlike a cached snapshot it
    // has no dependency stamp: it is built from the very files it ships
    // with, and nothing they refer to can change without a new build.
    static QString shippedSnapshotPath(const QString &folder);
    // Loads `folder` and writes the snapshot to ship beside it to `path` (the
    // build's output; the folder's own files stay as they are); false (with
    // a warning) when it does not load or the file cannot be written.
    static bool writeShippedSnapshot(
        const QString &folder, QStringView appVersion, const QString &path);
    // The shipped snapshot of `folder` if there is one made for `key`
    // (keyFor() of the folder); nullopt when there is none or it is
    // unusable (then with a warning).
    static std::optional<LoadResult> loadShipped(const QString &folder, const QByteArray &key);

private:
    void prune(const QString &keep) const;

    QString m_dir;
};

// Exactly what loadProgramFolder(folder) returns: from the folder's shipped
// snapshot when it has one for the same files and app version, else from the
// cache when it holds such a snapshot, else loaded and then stored for next
// time.
LoadResult loadProgramFolderCached(
    const QString &folder, const ProgramCache &cache, QStringView appVersion);

} // namespace wc
