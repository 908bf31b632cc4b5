// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"
#include "program.h"
#include "yamldocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Importing an accepted-papers CSV (what submission systems export) into a
// program folder's papers.yaml: `workshop-program import-papers`.
namespace wc {

// One record of a CSV file: its fields and where each starts (line and
// column in UTF-8 bytes, from 1, a leading BOM not counted).
struct CsvRecord {
    QStringList fields;
    QList<Position> positions;
    int line() const { return positions.isEmpty() ? 1 : positions.constFirst().line; }
};

// Reads RFC 4180 CSV: comma-separated; fields in double quotes may hold
// commas, line breaks and quotes written twice (""). Records end with CR LF,
// LF or CR; a line break inside a quoted field is read as LF. A UTF-8 BOM is
// skipped. A blank line is a record with one empty field. On an unterminated
// quote, a character after a closing quote, bytes that are not UTF-8 or a
// control character, returns nullopt and sets `error` (in `fileName`).
std::optional<QList<CsvRecord>> parseCsv(
    const QByteArray &bytes, const QString &fileName, Problem *error);

// "Ana Silva, Li Wei" -> {"Ana Silva", "Li Wei"}: split at commas, each name
// trimmed of any Unicode white space (QChar::isSpace: also U+00A0, U+2009,
// U+3000…), empty names dropped.
QStringList splitAuthors(const QString &cell);

// One row of an accepted-papers CSV, as it goes into papers.yaml.
struct CsvPaper {
    int line = 1; // where the row starts in the CSV
    QString id;
    QString title; // trimmed; line breaks become spaces
    QStringList authors;
    QString abstract; // trimmed, ending with one "\n" unless empty
};

// Reads an accepted-papers CSV: a header row naming at least the columns id,
// title, authors and abstract (any order, case and surrounding spaces
// ignored), then one row per paper. Other columns are ignored with one
// warning; rows whose fields are all empty are skipped. Every problem goes to
// `problems` (file `fileName`); the papers, in CSV order, only when there is
// no error.
std::optional<QList<CsvPaper>> readPapersCsv(
    const QByteArray &bytes, const QString &fileName, QList<Problem> &problems);

// What merging a CSV does to the papers of a program.
struct PaperMerge {
    enum class Outcome {
        Added, // in the CSV only
        Updated, // in both, title, authors or abstract differ
        Unchanged,
        NotInCsv, // kept (no --prune)
        Removed, // --prune
        KeptListed, // --prune, but a session lists it: kept
    };
    struct Entry {
        QString id;
        QString title;
        Outcome outcome = Outcome::Unchanged;
        QStringList fields; // Updated: "title", "authors", "abstract"
        QString session; // KeptListed: a session that lists the paper
    };

    QList<Paper> papers; // the merged list, as papers.yaml will hold it
    QList<Entry> entries; // the existing papers in their order, then the added ones

    qsizetype count(Outcome outcome) const;
    bool changed() const; // anything added, updated or removed
    // "papers.yaml: 3 added, 2 updated, 1 unchanged, 1 not in the CSV (kept; --prune removes)"
    QString summary() const;
};

// Merges `csv` into the papers of `program`: new ids are appended in CSV order;
// for known ids title, authors and abstract come from the CSV (differences in
// surrounding white space only do not count), everything else (poster
// session, board, links, retracted) is kept. Papers not in the CSV are kept,
// or with `prune` removed unless a session lists them.
PaperMerge mergePapers(const Program &program, const QList<CsvPaper> &csv, bool prune);

// The text of a papers.yaml holding `papers`: `header` (comment lines) first,
// then block-style YAML, keys in the order of docs/data-format.md, integer
// ids unquoted. Keys the loader does not know are carried over from
// `previous` (the root of the papers.yaml being replaced), matched by paper
// id. Every value reads back exactly as given.
QByteArray papersYaml(
    const QList<Paper> &papers, const QByteArray &header = {}, const YamlNode *previous = nullptr);

// The comment lines at the top of a YAML file (SPDX and license lines),
// through the last one before the content, each ending with "\n"; empty when
// the file does not start with a comment.
QByteArray leadingComments(const QByteArray &yaml);

struct PaperImport {
    enum class Status {
        Imported, // papers.yaml written, or nothing to change
        InvalidCsv, // see csvProblems; nothing written
        InvalidFolder, // the folder had errors before; see folderProblems
        InvalidResult, // the new papers.yaml did not validate; the old one is back
        IoError, // see error
    };
    Status status = Status::Imported;
    QList<Problem> csvProblems; // in the CSV's name as given
    // Relative to the folder: InvalidFolder, its problems before the import;
    // InvalidResult, those of the rejected papers.yaml; Imported, the
    // warnings the import brought (those the folder had before are left out).
    QList<Problem> folderProblems;
    PaperMerge merge;
    bool written = false;
    QString error;
};

// Imports the accepted-papers CSV `csv` (called `csvName` in problems) into
// `dir`/papers.yaml; with `prune`, a CSV without papers is an error. The
// folder must be valid before. papers.yaml is written atomically, only when
// something changes, and put back as it was when the folder does not
// validate afterwards, so `dir` is never left invalid.
PaperImport importPapers(
    const QString &dir, const QByteArray &csv, const QString &csvName, bool prune = false);

} // namespace wc
