// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// manifest.yaml alone, as a sync reads it before fetching anything: the
// whole input is the file. A manifest that loads must also survive being
// written again by manifestYaml() (what `workshop-program publish` writes)
// and read back: every field the same.

#include "fuzzsupport.h"
#include "manifest.h"
#include "programloader.h"

using namespace wc;

namespace {

QString describe(const Manifest &manifest)
{
    return QString::fromUtf8(manifestYaml(manifest));
}

bool sameFiles(const QList<ManifestFile> &a, const QList<ManifestFile> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const ManifestFile &x, const ManifestFile &y) {
            return x.path == y.path && x.bytes == y.bytes && x.sha256 == y.sha256;
        });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProgramFiles files {
        {manifestFile, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))}};
    QList<Problem> problems;
    const auto manifest = loadManifest(files, &problems);
    fuzz::checkProblemPlaces(problems, files);
    fuzz::check(manifest.has_value() == (errorCount(problems) == 0),
        "a manifest loads exactly when it has no error", fuzz::listed(problems));
    if (!manifest)
        return 0;

    QList<Problem> rereadProblems;
    const auto reread =
        loadManifest(ProgramFiles {{manifestFile, manifestYaml(*manifest)}}, &rereadProblems);
    fuzz::check(reread.has_value(), "a manifest written again loads",
        describe(*manifest) + rereadProblems.value(0).toString());
    fuzz::check(reread->edition == manifest->edition && reread->version == manifest->version &&
            reread->published == manifest->published && sameFiles(reread->files, manifest->files),
        "a manifest written again reads back the same",
        describe(*manifest) + QStringLiteral("read back:\n") + describe(*reread));
    return 0;
}
