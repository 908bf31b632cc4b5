// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// A bookmarks file as BookmarkStore reads it (its own or one to import): the
// whole input is the file. What reads must also write and read back: the
// store rewrites the file on every save, and a file it cannot read again is
// moved aside as damaged, so a second write must give the same bytes. The
// entries are then merged and imported into themselves, as two laptops do.

#include "bookmarkstore.h"
#include "fuzzsupport.h"

#include <QDateTime>

using namespace wc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString why;
    const auto file = BookmarkFile::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &why);
    fuzz::check(file.has_value() == why.isEmpty(), "a file is read, or there is a reason why not");
    if (!file)
        return 0;

    const auto written = file->toJson();
    QString rereadWhy;
    const auto reread = BookmarkFile::fromJson(written, &rereadWhy);
    fuzz::check(reread.has_value(), "a bookmarks file written again reads back",
        rereadWhy + QLatin1Char('\n') + QString::fromUtf8(written));
    fuzz::check(reread->toJson() == written, "a bookmarks file written twice is the same",
        QString::fromUtf8(written));

    const auto merged = mergeEntries(file->entries, reread->entries);
    fuzz::check(merged.size() == file->entries.size(), "merging a store with itself adds nothing");
    int changed = 0;
    const auto now = QDateTime(QDate(2023, 12, 16), QTime(9, 0), Qt::UTC);
    const auto imported = importEntries(file->entries, reread->entries, now, &changed);
    fuzz::check(imported.size() == file->entries.size() && changed == 0,
        "importing a store into itself changes nothing");
    return 0;
}
