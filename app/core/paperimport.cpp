// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "paperimport.h"

#include "atomicfile.h"
#include "programloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>

namespace wc {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");
const QString papersFile = QStringLiteral("papers.yaml");

// Bytes of the line break at `i` (CR LF, LF or CR), 0 when there is none.
qsizetype lineBreakAt(const QByteArray &bytes, qsizetype i)
{
    if (i >= bytes.size())
        return 0;
    if (bytes[i] == '\n')
        return 1;
    if (bytes[i] == '\r')
        return i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
    return 0;
}

// Line and column (in bytes) of `offset`, counting from `from`.
Position positionOf(const QByteArray &bytes, qsizetype from, qsizetype offset)
{
    Position pos;
    qsizetype lineStart = from;
    for (qsizetype i = from; i < offset;) {
        if (const auto n = lineBreakAt(bytes, i)) {
            i += n;
            ++pos.line;
            lineStart = i;
        } else {
            ++i;
        }
    }
    pos.column = int(offset - lineStart) + 1;
    return pos;
}

// The offset of the first byte that is not valid UTF-8 or is a control
// character other than tab, LF and CR (YAML cannot hold those as they are);
// -1 when the text is clean. `what` says what was found.
qsizetype firstBadByte(const QByteArray &bytes, qsizetype from, QString *what)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const unsigned c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                *what = QStringLiteral("control character 0x%1").arg(c, 2, 16, QLatin1Char('0'));
                return i;
            }
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0, minimum = 0;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            code = c & 0x1f;
            minimum = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            code = c & 0x0f;
            minimum = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            code = c & 0x07;
            minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            valid = (p[i + k] & 0xc0) == 0x80;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        if (!valid || code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            *what = QStringLiteral("bytes that are not UTF-8 (save the CSV as UTF-8)");
            return i;
        }
        i += length;
    }
    return -1;
}

// A title or other one-line text: trimmed, line breaks folded into spaces.
QString oneLine(const QString &text)
{
    return text.contains(QLatin1Char('\n')) ? text.simplified() : text.trimmed();
}

// An abstract as the YAML block scalars of existing files hold it: trimmed,
// with one final line break.
QString blockText(const QString &text)
{
    const auto trimmed = text.trimmed();
    return trimmed.isEmpty() ? trimmed : trimmed + QLatin1Char('\n');
}

// Unicode white space, and the invisible format characters (a stray byte
// order mark, a zero-width space) that exports also leave around names.
QString trimmedName(const QString &name)
{
    auto invisible = [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; };
    qsizetype begin = 0, end = name.size();
    while (begin < end && invisible(name[begin]))
        ++begin;
    while (end > begin && invisible(name[end - 1]))
        --end;
    return name.mid(begin, end - begin);
}

QStringList trimmedNames(const QStringList &names)
{
    QStringList result;
    for (const auto &name : names) {
        if (const auto trimmed = trimmedName(name); !trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

// --- Writing YAML ---------------------------------------------------------

// Plain scalars that a YAML 1.1 or 1.2 reader (other tools, not only ours)
// takes for a null, a boolean, a number or a date. yaml-cpp's emitter writes
// "true" or "1e3" plain, which would turn text into something else.
bool looksLikeNonText(const QString &s)
{
    static const QSet<QString> words = {QStringLiteral("~"), QStringLiteral("null"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
        QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("y"),
        QStringLiteral("n"), QStringLiteral("<<"), QStringLiteral("=")};
    static const QRegularExpression numberOrDate(QStringLiteral(
        R"(^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|)"
        R"(^[-+]?0[xob][0-9a-fA-F_]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$|)"
        R"(^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"));
    return s.isEmpty() || words.contains(s.toLower()) || numberOrDate.match(s).hasMatch();
}

// Characters that no plain or block scalar carries through unchanged.
bool needsEscapes(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 ||
            c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xfeff;
    });
}

void emitText(YAML::Emitter &e, const QString &s)
{
    if (looksLikeNonText(s) || needsEscapes(s))
        e << YAML::DoubleQuoted;
    e << s.toStdString();
}

// Abstracts as literal blocks (`|`), which keep their lines as written, when
// the value is exactly what such a block reads back as: one final line break,
// no leading white space (it would be taken for indentation), no tabs or
// control characters. Anything else is written double-quoted.
void emitBlock(YAML::Emitter &e, const QString &s)
{
    const bool literal = s.size() > 1 && s.endsWith(QLatin1Char('\n')) &&
        !s.endsWith(QLatin1String("\n\n")) && !s.front().isSpace() &&
        !needsEscapes(QString(s).remove(QLatin1Char('\n')));
    if (!literal) {
        emitText(e, s);
        return;
    }
    // The emitter ends the block with a line break of its own.
    e << YAML::Literal << s.chopped(1).toStdString();
}

// Ids as the existing files write them: decimal integers (37) plain, other
// ids plain too unless they read as something other than text ("007", "1e3").
void emitId(YAML::Emitter &e, const QString &id)
{
    static const QRegularExpression integer(QStringLiteral("^(0|[1-9][0-9]*)$"));
    if (integer.match(id).hasMatch())
        e << id.toStdString();
    else
        emitText(e, id);
}

// A node of the previous file, as it was: quoted scalars stay quoted so that
// "30" stays text.
void emitNode(YAML::Emitter &e, const YamlNode *node)
{
    switch (node->kind) {
    case YamlNode::Kind::Null:
        e << YAML::Null;
        break;
    case YamlNode::Kind::Scalar:
        if (!node->plain)
            e << YAML::DoubleQuoted;
        e << node->scalar;
        break;
    case YamlNode::Kind::Sequence:
        e << YAML::BeginSeq;
        for (const auto *child : node->children)
            emitNode(e, child);
        e << YAML::EndSeq;
        break;
    case YamlNode::Kind::Map:
        e << YAML::BeginMap;
        for (std::size_t i = 0; i < node->mapSize(); ++i) {
            e << YAML::Key;
            emitNode(e, node->mapKey(i));
            e << YAML::Value;
            emitNode(e, node->mapValue(i));
        }
        e << YAML::EndMap;
        break;
    }
}

using ExtraKeys = std::vector<std::pair<const YamlNode *, const YamlNode *>>;

// Per paper id, the keys of `previous` that the loader does not read (it
// warns about them; they may be meant for a newer version of the app).
QHash<QString, ExtraKeys> extraKeys(const YamlNode *previous)
{
    static constexpr std::array<std::string_view, 8> known = {
        "id", "title", "authors", "abstract", "poster_session", "board", "links", "retracted"};
    QHash<QString, ExtraKeys> extras;
    const auto *list = previous && previous->isMap() ? previous->find("papers") : nullptr;
    if (!list || !list->isSequence())
        return extras;
    for (const auto *item : list->children) {
        const auto *id = item->isMap() ? item->find("id") : nullptr;
        if (!id || !id->isScalar())
            continue;
        for (std::size_t i = 0; i < item->mapSize(); ++i) {
            const auto *key = item->mapKey(i);
            if (!key->isScalar() ||
                std::find(known.cbegin(), known.cend(), key->scalar) == known.cend())
                extras[QString::fromStdString(id->scalar)].emplace_back(key, item->mapValue(i));
        }
    }
    return extras;
}

} // namespace

std::optional<QList<CsvRecord>> parseCsv(
    const QByteArray &bytes, const QString &fileName, Problem *error)
{
    const qsizetype start = bytes.startsWith(utf8Bom) ? utf8Bom.size() : 0;
    const auto fail = [&](Position pos, const QString &message) {
        *error = {fileName, pos.line, pos.column, Problem::Severity::Error, message};
        return std::nullopt;
    };
    // Check the encoding first, so that fields can be decoded without loss;
    // the structure below only looks at ASCII bytes.
    QString what;
    if (const auto bad = firstBadByte(bytes, start, &what); bad >= 0)
        return fail(positionOf(bytes, start, bad), what);

    QList<CsvRecord> records;
    const qsizetype n = bytes.size();
    qsizetype i = start, lineStart = start;
    int line = 1;
    const auto here = [&] { return Position {line, int(i - lineStart) + 1}; };
    const auto newLine = [&](qsizetype length) {
        i += length;
        ++line;
        lineStart = i;
    };
    while (i < n) {
        CsvRecord record;
        for (;;) {
            QByteArray field;
            record.positions.append(here());
            if (i < n && bytes[i] == '"') {
                const auto open = here();
                for (++i;;) {
                    if (i >= n) {
                        return fail(open,
                            QStringLiteral("quoted field not closed: a \" here has no closing \""));
                    }
                    if (bytes[i] == '"') {
                        if (i + 1 < n && bytes[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (const auto length = lineBreakAt(bytes, i)) {
                        field += '\n';
                        newLine(length);
                        continue;
                    }
                    field += bytes[i++];
                }
                if (i < n && bytes[i] != ',' && !lineBreakAt(bytes, i)) {
                    return fail(here(),
                        QStringLiteral("unexpected text after a closing quote (a \" inside a "
                                       "quoted field is written twice: \"\")"));
                }
            } else {
                while (i < n && bytes[i] != ',' && !lineBreakAt(bytes, i))
                    field += bytes[i++];
            }
            record.fields.append(QString::fromUtf8(field));
            if (i < n && bytes[i] == ',') {
                ++i;
                continue;
            }
            if (const auto length = lineBreakAt(bytes, i))
                newLine(length);
            break;
        }
        records.append(record);
    }
    return records;
}

QStringList splitAuthors(const QString &cell)
{
    return trimmedNames(cell.split(QLatin1Char(',')));
}

std::optional<QList<CsvPaper>> readPapersCsv(
    const QByteArray &bytes, const QString &fileName, QList<Problem> &problems)
{
    const auto errorsBefore = errorCount(problems);
    const auto report = [&](Position pos, Problem::Severity severity, const QString &message) {
        problems.append({fileName, pos.line, pos.column, severity, message});
    };
    const auto error = [&](Position pos, const QString &message) {
        report(pos, Problem::Severity::Error, message);
    };
    Problem syntaxError;
    auto records = parseCsv(bytes, fileName, &syntaxError);
    if (!records) {
        problems.append(syntaxError);
        return std::nullopt;
    }
    // Spreadsheets save rows that merely look empty as ",,,"; skip those
    // along with blank lines.
    records->removeIf([](const CsvRecord &record) {
        return std::all_of(record.fields.cbegin(), record.fields.cend(),
            [](const QString &field) { return field.trimmed().isEmpty(); });
    });
    if (records->isEmpty()) {
        error(
            {}, QStringLiteral("no header row: expected the columns id, title, authors, abstract"));
        return std::nullopt;
    }

    const auto header = records->takeFirst();
    const std::array<QString, 4> required = {QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("authors"), QStringLiteral("abstract")};
    std::array<qsizetype, 4> column = {-1, -1, -1, -1};
    QStringList extra;
    Position extraAt;
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const auto name = header.fields[c].trimmed();
        const auto it = std::find(required.cbegin(), required.cend(), name.toLower());
        if (it == required.cend()) {
            if (extra.isEmpty())
                extraAt = header.positions[c];
            extra.append(name.isEmpty() ? QStringLiteral("(unnamed column %1)").arg(c + 1) : name);
        } else if (column[size_t(it - required.cbegin())] >= 0) {
            error(header.positions[c], QStringLiteral("column '%1' appears twice").arg(*it));
        } else {
            column[size_t(it - required.cbegin())] = c;
        }
    }
    QStringList missing;
    for (size_t k = 0; k < required.size(); ++k) {
        if (column[k] < 0)
            missing.append(required[k]);
    }
    if (!missing.isEmpty()) {
        auto message = QStringLiteral("missing column%1 %2: the header row must name id, title, "
                                      "authors and abstract")
                           .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                               missing.join(QStringLiteral(", ")));
        if (header.fields.size() == 1 && header.fields.constFirst().contains(QLatin1Char(';')))
            message += QStringLiteral(" (separated by commas; this file uses semicolons)");
        error(header.positions.constFirst(), message);
    }
    if (errorCount(problems) > errorsBefore)
        return std::nullopt;
    if (!extra.isEmpty()) {
        report(extraAt, Problem::Severity::Warning,
            QStringLiteral("extra columns ignored: %1").arg(extra.join(QStringLiteral(", "))));
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    QHash<QString, int> seen;
    QList<CsvPaper> papers;
    for (const auto &record : std::as_const(*records)) {
        if (record.fields.size() != header.fields.size()) {
            error({record.line(), 1},
                QStringLiteral("row has %1 fields, the header %2 (a value with a comma needs "
                               "double quotes around it)")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        const auto field = [&](size_t k) { return record.fields[column[k]]; };
        const auto at = [&](size_t k) { return record.positions[column[k]]; };
        CsvPaper paper;
        paper.line = record.line();
        paper.id = field(0).trimmed();
        if (paper.id.isEmpty()) {
            error(at(0), QStringLiteral("empty id"));
            continue;
        }
        if (paper.id.size() > 64 || !idPattern.match(paper.id).hasMatch()) {
            error(at(0),
                QStringLiteral("'%1' is not a valid paper id: use at most 64 lower-case letters, "
                               "digits, '.', '_' and '-', starting with a letter or digit")
                    .arg(paper.id.left(64)));
            continue;
        }
        if (const auto first = seen.value(paper.id); first > 0) {
            error(at(0),
                QStringLiteral("duplicate id '%1' (first on line %2)")
                    .arg(paper.id, QString::number(first)));
            continue;
        }
        seen.insert(paper.id, paper.line);
        paper.title = oneLine(field(1));
        if (paper.title.isEmpty()) {
            error(at(1), QStringLiteral("paper %1 has no title").arg(paper.id));
            continue;
        }
        paper.authors = splitAuthors(field(2));
        paper.abstract = blockText(field(3));
        papers.append(paper);
    }
    if (errorCount(problems) > errorsBefore)
        return std::nullopt;
    return papers;
}

qsizetype PaperMerge::count(Outcome outcome) const
{
    return std::count_if(entries.cbegin(), entries.cend(),
        [outcome](const Entry &entry) { return entry.outcome == outcome; });
}

bool PaperMerge::changed() const
{
    return count(Outcome::Added) + count(Outcome::Updated) + count(Outcome::Removed) > 0;
}

QString PaperMerge::summary() const
{
    auto text = QStringLiteral("papers.yaml: %1 added, %2 updated, %3 unchanged")
                    .arg(count(Outcome::Added))
                    .arg(count(Outcome::Updated))
                    .arg(count(Outcome::Unchanged));
    if (const auto kept = count(Outcome::NotInCsv))
        text += QStringLiteral(", %1 not in the CSV (kept; --prune removes)").arg(kept);
    if (const auto removed = count(Outcome::Removed))
        text += QStringLiteral(", %1 removed (not in the CSV)").arg(removed);
    if (const auto listed = count(Outcome::KeptListed)) {
        text += QStringLiteral(", %1 not in the CSV but listed by a session (kept)").arg(listed);
    }
    return text;
}

PaperMerge mergePapers(const Program &program, const QList<CsvPaper> &csv, bool prune)
{
    using Outcome = PaperMerge::Outcome;
    PaperMerge merge;
    QHash<QString, const CsvPaper *> rows;
    for (const auto &row : csv)
        rows.insert(row.id, &row);
    QHash<QString, QString> listedBy; // paper id -> the first session listing it
    for (const auto &session : program.sessions) {
        for (const auto &id : session.papers) {
            if (!listedBy.contains(id))
                listedBy.insert(id, session.id);
        }
    }

    for (const auto &old : program.papers) {
        PaperMerge::Entry entry {old.id, old.title, Outcome::Unchanged, {}, {}};
        if (const auto *row = rows.value(old.id)) {
            // Only what the CSV holds changes; a paper's poster session,
            // board, links and retraction are the organizers' own.
            auto paper = old;
            if (oneLine(old.title) != row->title) {
                paper.title = row->title;
                entry.fields.append(QStringLiteral("title"));
            }
            if (trimmedNames(old.authors) != row->authors) {
                paper.authors = row->authors;
                entry.fields.append(QStringLiteral("authors"));
            }
            // Block scalars end with a line break, folded ones join lines:
            // differences in surrounding white space are not changes.
            if (old.abstract.trimmed() != row->abstract.trimmed()) {
                paper.abstract = row->abstract;
                entry.fields.append(QStringLiteral("abstract"));
            }
            entry.title = paper.title;
            entry.outcome = entry.fields.isEmpty() ? Outcome::Unchanged : Outcome::Updated;
            merge.papers.append(paper);
        } else if (!prune) {
            entry.outcome = Outcome::NotInCsv;
            merge.papers.append(old);
        } else if (listedBy.contains(old.id)) {
            // Removing it would leave the session naming a paper that does
            // not exist, an error: the organizer decides what the session shows.
            entry.outcome = Outcome::KeptListed;
            entry.session = listedBy.value(old.id);
            merge.papers.append(old);
        } else {
            entry.outcome = Outcome::Removed;
        }
        merge.entries.append(entry);
    }
    for (const auto &row : csv) {
        if (program.paper(row.id))
            continue;
        Paper paper;
        paper.id = row.id;
        paper.title = row.title;
        paper.authors = row.authors;
        paper.abstract = row.abstract;
        merge.papers.append(paper);
        merge.entries.append({row.id, row.title, Outcome::Added, {}, {}});
    }
    return merge;
}

QByteArray papersYaml(
    const QList<Paper> &papers, const QByteArray &header, const YamlNode *previous)
{
    const auto extras = extraKeys(previous);
    YAML::Emitter e;
    e << YAML::BeginMap << YAML::Key << "papers" << YAML::Value << YAML::BeginSeq;
    bool first = true;
    for (const auto &paper : papers) {
        // A blank line between papers, as hand-written files have.
        if (!first)
            e << YAML::Newline;
        first = false;
        e << YAML::BeginMap << YAML::Key << "id" << YAML::Value;
        emitId(e, paper.id);
        e << YAML::Key << "title" << YAML::Value;
        emitText(e, paper.title);
        if (!paper.authors.isEmpty()) {
            e << YAML::Key << "authors" << YAML::Value << YAML::BeginSeq;
            for (const auto &author : paper.authors)
                emitText(e, author);
            e << YAML::EndSeq;
        }
        if (!paper.abstract.isEmpty()) {
            e << YAML::Key << "abstract" << YAML::Value;
            emitBlock(e, paper.abstract);
        }
        if (!paper.posterSession.isEmpty()) {
            e << YAML::Key << "poster_session" << YAML::Value;
            emitId(e, paper.posterSession);
        }
        if (paper.board)
            e << YAML::Key << "board" << YAML::Value << *paper.board;
        if (!paper.links.isEmpty()) {
            e << YAML::Key << "links" << YAML::Value << YAML::BeginMap;
            for (const auto &link : paper.links) {
                e << YAML::Key;
                emitText(e, link.name);
                e << YAML::Value;
                emitText(e, link.url);
            }
            e << YAML::EndMap;
        }
        if (paper.retracted)
            e << YAML::Key << "retracted" << YAML::Value << true;
        for (const auto &[key, value] : extras.value(paper.id)) {
            e << YAML::Key;
            emitNode(e, key);
            e << YAML::Value;
            emitNode(e, value);
        }
        e << YAML::EndMap;
    }
    e << YAML::EndSeq << YAML::EndMap;
    QByteArray out = header;
    if (!out.isEmpty())
        out += '\n';
    out += QByteArray(e.c_str(), qsizetype(e.size()));
    out += '\n';
    return out;
}

QByteArray leadingComments(const QByteArray &yaml)
{
    const auto text = yaml.startsWith(utf8Bom) ? yaml.mid(utf8Bom.size()) : yaml;
    QByteArray header;
    for (auto line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const auto trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue; // blank lines around comments are dropped
        if (!trimmed.startsWith('#'))
            break;
        header += line + '\n';
    }
    return header;
}

// What rewriting papers.yaml cannot carry over: comments below the
// leading ones, and top-level keys besides `papers`; one warning each.
QList<Problem> notKept(const QByteArray &yaml, const YamlNode *root)
{
    QList<Problem> problems;
    const auto text = yaml.startsWith(utf8Bom) ? yaml.mid(utf8Bom.size()) : yaml;
    const auto lines = text.split('\n');
    bool inHeader = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto trimmed = lines[i].trimmed();
        if (trimmed.isEmpty())
            continue;
        const bool comment = trimmed.startsWith('#');
        if (inHeader && comment)
            continue;
        inHeader = false;
        // Whole-line comments and trailing ones (" #" outside quotes, roughly).
        const auto at = comment ? lines[i].indexOf('#') : lines[i].indexOf(" #");
        if (at >= 0 && (comment || !lines[i].left(at).contains('"')))
            problems.append(
                {papersFile, int(i + 1), int(at + (comment ? 1 : 2)), Problem::Severity::Warning,
                    QStringLiteral("this comment is not kept: the import rewrites papers.yaml "
                                   "(the old file is kept as papers.yaml.bak)")});
    }
    if (root && root->isMap()) {
        for (std::size_t i = 0; i < root->mapSize(); ++i) {
            const auto *key = root->mapKey(i);
            if (key->isScalar() && key->scalar != "papers")
                problems.append({papersFile, key->position.line, key->position.column,
                    Problem::Severity::Warning,
                    QStringLiteral("'%1' is not kept: the import rewrites papers.yaml "
                                   "(the old file is kept as papers.yaml.bak)")
                        .arg(QString::fromStdString(key->scalar))});
        }
    }
    return problems;
}

PaperImport importPapers(
    const QString &dir, const QByteArray &csv, const QString &csvName, bool prune)
{
    PaperImport result;
    const auto rows = readPapersCsv(csv, csvName, result.csvProblems);
    if (!rows) {
        result.status = PaperImport::Status::InvalidCsv;
        return result;
    }
    // A header alone is more likely a failed export than a workshop without
    // papers; pruning with it would empty papers.yaml.
    if (prune && rows->isEmpty()) {
        result.csvProblems.append({csvName, 1, 1, Problem::Severity::Error,
            QStringLiteral("no papers; with --prune every paper would be removed")});
        result.status = PaperImport::Status::InvalidCsv;
        return result;
    }
    const auto before = loadProgramFolder(dir);
    result.folderProblems = before.problems;
    if (!before.program) {
        result.status = PaperImport::Status::InvalidFolder;
        return result;
    }
    result.merge = mergePapers(*before.program, *rows, prune);
    if (!result.merge.changed()) {
        result.folderProblems.clear();
        return result;
    }

    const auto path = QDir(dir).filePath(papersFile);
    const bool existed = QFile::exists(path);
    QByteArray old;
    if (existed) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.status = PaperImport::Status::IoError;
            result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return result;
        }
        old = file.readAll();
    }
    const auto previous = YamlDocument::parse(papersFile, old);
    const auto bytes = papersYaml(result.merge.papers, leadingComments(old), previous.root());
    // Nothing of the organizer's is lost: what the new file cannot carry
    // stays in a copy of the old one.
    const auto dropped = notKept(old, previous.root());
    if (!dropped.isEmpty() &&
        !writeFileAtomically(path + QStringLiteral(".bak"), old, &result.error)) {
        result.status = PaperImport::Status::IoError;
        result.error = QStringLiteral("cannot keep a copy of %1: %2").arg(path, result.error);
        return result;
    }
    if (!writeFileAtomically(path, bytes, &result.error)) {
        result.status = PaperImport::Status::IoError;
        result.error = QStringLiteral("cannot write %1: %2").arg(path, result.error);
        return result;
    }

    // Check the folder as the app will read it. Checking a copy first would
    // miss nothing the loader checks, but this way what was checked is
    // exactly what is on disk.
    const auto after = loadProgramFolder(dir);
    result.folderProblems = after.problems;
    const bool readsBack = after.program && after.program->papers == result.merge.papers;
    if (readsBack) {
        // Only what the import brought (a stale manifest, say): the rest was
        // there before and is not news. Lines move, so compare messages.
        result.folderProblems.removeIf([&](const Problem &problem) {
            return std::any_of(
                before.problems.cbegin(), before.problems.cend(), [&](const Problem &old) {
                    return old.file == problem.file && old.severity == problem.severity &&
                        old.message == problem.message;
                });
        });
        result.written = true;
        result.folderProblems = dropped + result.folderProblems;
        return result;
    }
    result.status = PaperImport::Status::InvalidResult;
    if (after.program) // valid, but not what was meant to be written: a bug here
        result.error = QStringLiteral("%1 did not read back as written").arg(papersFile);
    QString restoreError;
    const bool restored =
        existed ? writeFileAtomically(path, old, &restoreError) : QFile::remove(path);
    if (!restored) {
        result.status = PaperImport::Status::IoError;
        result.error = QStringLiteral("cannot restore %1: %2").arg(path, restoreError);
    }
    return result;
}

} // namespace wc
