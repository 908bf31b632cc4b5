// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "yamlfields.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wc {

namespace {

bool isDigits(std::string_view s)
{
    return !s.empty() &&
        std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Numbers and booleans in quotes are text in YAML; say so, since the value
// itself looks right to whoever wrote it.
QString quotedHint(const YamlNode *node, const QString &message)
{
    if (node->isScalar() && !node->plain)
        return message + QStringLiteral(" in quotes, which makes it text; remove the quotes");
    return message;
}

} // namespace

QString describe(const YamlNode *node)
{
    switch (node->kind) {
    case YamlNode::Kind::Null:
        return QStringLiteral("nothing");
    case YamlNode::Kind::Scalar:
        return QStringLiteral("'%1'").arg(q(node->scalar).left(40));
    case YamlNode::Kind::Sequence:
        return QStringLiteral("a list");
    case YamlNode::Kind::Map:
        return QStringLiteral("a mapping");
    }
    return {};
}

void ProblemSink::error(Position pos, const QString &message)
{
    m_problems.append({m_file, pos.line, pos.column, Problem::Severity::Error, message});
}

void ProblemSink::warning(Position pos, const QString &message)
{
    m_problems.append({m_file, pos.line, pos.column, Problem::Severity::Warning, message});
}

std::optional<QString> ProblemSink::text(const YamlNode *node)
{
    if (!node->isScalar()) {
        error(node, QStringLiteral("expected text, found %1").arg(describe(node)));
        return std::nullopt;
    }
    return q(node->scalar);
}

std::optional<QString> ProblemSink::nonEmptyText(const YamlNode *node)
{
    auto value = text(node);
    if (value && value->trimmed().isEmpty()) {
        error(node, QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ProblemSink::id(const YamlNode *node)
{
    if (!node->isScalar()) {
        error(node, QStringLiteral("expected an id, found %1").arg(describe(node)));
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    const auto value = q(node->scalar);
    if (value.size() > 64) {
        error(node, QStringLiteral("id '%1…' is longer than 64 characters").arg(value.left(20)));
        return std::nullopt;
    }
    if (!pattern.match(value).hasMatch()) {
        error(node,
            QStringLiteral("'%1' is not a valid id: use lower-case letters, digits, '.', '_' "
                           "and '-', starting with a letter or digit")
                .arg(value.left(64)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> ProblemSink::integer(const YamlNode *node)
{
    if (node->isScalar() && node->plain) {
        std::string_view s = node->scalar;
        const bool negative = !s.empty() && s.front() == '-';
        if (!s.empty() && (s.front() == '-' || s.front() == '+'))
            s.remove_prefix(1);
        if (isDigits(s) && s.size() <= 15) {
            qint64 value = 0;
            for (char c : s)
                value = value * 10 + (c - '0');
            return negative ? -value : value;
        }
    }
    error(node,
        quotedHint(node, QStringLiteral("expected a whole number, found %1").arg(describe(node))));
    return std::nullopt;
}

std::optional<bool> ProblemSink::boolean(const YamlNode *node)
{
    if (node->isScalar() && node->plain) {
        const auto &s = node->scalar;
        if (s == "true" || s == "True" || s == "TRUE")
            return true;
        if (s == "false" || s == "False" || s == "FALSE")
            return false;
    }
    error(node,
        quotedHint(node, QStringLiteral("expected true or false, found %1").arg(describe(node))));
    return std::nullopt;
}

std::optional<QDate> ProblemSink::date(const YamlNode *node)
{
    if (node->isScalar()) {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const auto value = q(node->scalar);
        if (pattern.match(value).hasMatch()) {
            const auto date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid())
                return date;
            error(node, QStringLiteral("'%1' is not a date in the calendar").arg(value));
            return std::nullopt;
        }
    }
    error(node, QStringLiteral("expected a date written YYYY-MM-DD, found %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<QTime> ProblemSink::time(const YamlNode *node)
{
    if (node->isScalar()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})$"));
        const auto match = pattern.match(q(node->scalar));
        if (match.hasMatch()) {
            const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
            if (time.isValid())
                return time;
        }
    }
    error(node,
        QStringLiteral("expected a 24-hour time written \"HH:MM\", found %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<QString> ProblemSink::url(const YamlNode *node, UrlUse use)
{
    const auto value = text(node);
    if (!value)
        return std::nullopt;
    const QUrl url(*value, QUrl::StrictMode);
    const auto scheme = url.scheme();
    if (!url.isValid() || scheme.isEmpty()) {
        error(node, QStringLiteral("'%1' is not a valid URL").arg(value->left(80)));
        return std::nullopt;
    }
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (use == UrlUse::Image && !web) {
        error(node,
            QStringLiteral(
                "a photo must be an https or http URL or a file in the folder, not '%1:'")
                .arg(scheme));
        return std::nullopt;
    }
    if (!web && scheme != QLatin1String("mailto")) {
        error(node,
            QStringLiteral("links must be https, http or mailto URLs, not '%1:'").arg(scheme));
        return std::nullopt;
    }
    if (scheme != QLatin1String("mailto") && url.host().isEmpty()) {
        error(node, QStringLiteral("'%1' has no host").arg(value->left(80)));
        return std::nullopt;
    }
    return value;
}

std::vector<const YamlNode *> ProblemSink::items(const YamlNode *node)
{
    if (!node->isSequence()) {
        error(node, QStringLiteral("expected a list, found %1").arg(describe(node)));
        return {};
    }
    return node->children;
}

QList<Link> ProblemSink::links(const YamlNode *node)
{
    QList<Link> result;
    if (!isMapping(*this, node, QStringLiteral("links")))
        return result;
    for (std::size_t i = 0; i < node->mapSize(); ++i) {
        const auto name = text(node->mapKey(i));
        const auto *value = node->mapValue(i);
        if (value->isNull())
            continue;
        const auto address = url(value);
        if (name && address)
            result.append({*name, *address});
    }
    return result;
}

QStringList ProblemSink::textList(const YamlNode *node)
{
    QStringList result;
    for (const auto *item : items(node)) {
        if (auto value = nonEmptyText(item))
            result.append(value->trimmed());
    }
    return result;
}

Position mappingPosition(const YamlNode *map)
{
    return map->mapSize() > 0 ? map->mapKey(0)->position : map->position;
}

bool isMapping(ProblemSink &sink, const YamlNode *node, const QString &what)
{
    if (node->isMap())
        return true;
    sink.error(node,
        QStringLiteral("%1 must be a mapping of keys to values, found %2")
            .arg(what, describe(node)));
    return false;
}

MapFields::MapFields(ProblemSink &sink, const YamlNode *map,
    std::initializer_list<std::string_view> known, std::optional<Position> where)
    : m_sink(sink)
    , m_map(map)
    , m_where(where.value_or(mappingPosition(map)))
{
    for (std::size_t i = 0; i < map->mapSize(); ++i) {
        const auto *key = map->mapKey(i);
        if (!key->isScalar()) {
            sink.error(
                key, QStringLiteral("keys must be plain names, found %1").arg(describe(key)));
            continue;
        }
        if (std::find(known.begin(), known.end(), key->scalar) == known.end()) {
            QStringList names;
            for (auto k : known)
                names.append(QString::fromLatin1(k.data(), qsizetype(k.size())));
            sink.warning(key,
                QStringLiteral("unknown key '%1' (expected one of: %2)")
                    .arg(q(key->scalar), names.join(QStringLiteral(", "))));
        }
    }
}

const YamlNode *MapFields::get(std::string_view key) const
{
    const auto *value = m_map->find(key);
    return value && !value->isNull() ? value : nullptr;
}

const YamlNode *MapFields::require(std::string_view key, const QString &why) const
{
    const auto *value = m_map->find(key);
    if (!value) {
        auto message = QStringLiteral("missing key '%1'")
                           .arg(QString::fromLatin1(key.data(), qsizetype(key.size())));
        if (!why.isEmpty())
            message += QStringLiteral(" (%1)").arg(why);
        m_sink.error(m_where, message);
        return nullptr;
    }
    if (value->isNull()) {
        m_sink.error(value,
            QStringLiteral("'%1' must have a value")
                .arg(QString::fromLatin1(key.data(), qsizetype(key.size()))));
        return nullptr;
    }
    return value;
}

} // namespace wc
