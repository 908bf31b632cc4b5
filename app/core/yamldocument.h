// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "problem.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace wc {

// Where a node starts, counted from 1 as problems are reported.
struct Position {
    int line = 1;
    int column = 1;
};

// One node of a parsed YAML document. We build our own tree from yaml-cpp's
// parser events instead of using YAML::Node because YAML::Node forgets
// duplicate keys, shares aliased nodes (so a walk over it can blow up) and
// costs far more memory per node.
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    Position position;
    // Quoted or block scalars are never read as numbers or booleans.
    bool plain = true;
    std::string scalar;
    // Nodes reachable from here with aliases expanded; bounds any walk.
    std::size_t expandedSize = 1;
    // Sequence items, or map keys and values interleaved (key, value, key, …).
    std::vector<const YamlNode *> children;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }

    std::size_t mapSize() const { return children.size() / 2; }
    const YamlNode *mapKey(std::size_t i) const { return children[2 * i]; }
    const YamlNode *mapValue(std::size_t i) const { return children[2 * i + 1]; }
    // The value of a scalar key, or nullptr.
    const YamlNode *find(std::string_view key) const;
};

// A parsed file: the root node (nullptr when the file could not be read)
// and the problems found while reading it. Nodes live as long as this object.
class YamlDocument {
public:
    YamlDocument() = default;
    YamlDocument(YamlDocument &&) = default;
    YamlDocument &operator=(YamlDocument &&) = default;

    // Parses `bytes` as the content of the file called `fileName` (used in
    // problems only). Never throws; bad input ends in problems.
    static YamlDocument parse(const QString &fileName, QByteArray bytes);
    // Reads and parses a file (or any device not yet open), refusing
    // oversized ones before reading them.
    static YamlDocument read(QIODevice &file, const QString &fileName);

    const YamlNode *root() const { return m_root; }
    const QList<Problem> &problems() const { return m_problems; }

private:
    friend class YamlTreeBuilder;
    std::deque<YamlNode> m_nodes;
    const YamlNode *m_root = nullptr;
    QList<Problem> m_problems;
};

} // namespace wc
