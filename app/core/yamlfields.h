// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"
#include "yamldocument.h"

#include <initializer_list>
#include <optional>
#include <string_view>

// Typed reading of YAML nodes for the loader: every conversion either gives a
// value or records a problem at the node, worded for the organizer who has to
// fix the file.
namespace wc {

class ProblemSink {
public:
    ProblemSink(QString file, QList<Problem> &problems)
        : m_file(std::move(file))
        , m_problems(problems)
    {
    }

    const QString &file() const { return m_file; }
    void error(Position pos, const QString &message);
    void warning(Position pos, const QString &message);
    void error(const YamlNode *node, const QString &message) { error(node->position, message); }
    void warning(const YamlNode *node, const QString &message) { warning(node->position, message); }

    // Conversions; each reports a problem at the node and returns nullopt on bad input.
    std::optional<QString> text(const YamlNode *node);
    // Text that must not be empty (titles, names).
    std::optional<QString> nonEmptyText(const YamlNode *node);
    std::optional<QString> id(const YamlNode *node);
    std::optional<qint64> integer(const YamlNode *node);
    std::optional<bool> boolean(const YamlNode *node);
    std::optional<QDate> date(const YamlNode *node);
    std::optional<QTime> time(const YamlNode *node);
    // Links may be https, http or mailto; images only https or http.
    enum class UrlUse { Link, Image };
    std::optional<QString> url(const YamlNode *node, UrlUse use = UrlUse::Link);
    // A list node's items (an error and an empty list for anything else).
    std::vector<const YamlNode *> items(const YamlNode *node);
    // A map of name -> URL, in file order.
    QList<Link> links(const YamlNode *node);
    QStringList textList(const YamlNode *node);

private:
    QString m_file;
    QList<Problem> &m_problems;
};

// Describes a node's type for messages: "a list", "a mapping", "text", "nothing".
QString describe(const YamlNode *node);

// The keys of one mapping. Unknown keys are reported as warnings when the
// reader is made; explicit nulls (`key:` with no value) count as absent.
class MapFields {
public:
    // `map` must be a mapping (checked with isMapping first). `where` is
    // where "missing key" problems go: the mapping itself, or 1:1 for a file's top level.
    MapFields(ProblemSink &sink, const YamlNode *map, std::initializer_list<std::string_view> known,
        std::optional<Position> where = std::nullopt);

    const YamlNode *get(std::string_view key) const;
    // Reports "missing key" when absent.
    const YamlNode *require(std::string_view key, const QString &why = {}) const;

    Position position() const { return m_where; }

private:
    ProblemSink &m_sink;
    const YamlNode *m_map;
    Position m_where;
};

// Where an organizer reads a mapping as starting: its first key (past any
// '{', anchor or tag), or the mapping itself when it is empty.
Position mappingPosition(const YamlNode *map);

// True if `node` is a mapping; otherwise reports what was found instead.
bool isMapping(ProblemSink &sink, const YamlNode *node, const QString &what);

} // namespace wc
