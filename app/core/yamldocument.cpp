// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "yamldocument.h"

#include "loaderlimits.h"
#include "logging.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_set>

namespace wc {

const YamlNode *YamlNode::find(std::string_view key) const
{
    if (!isMap())
        return nullptr;
    for (std::size_t i = 0; i < mapSize(); ++i) {
        const auto *k = mapKey(i);
        if (k->isScalar() && k->scalar == key)
            return mapValue(i);
    }
    return nullptr;
}

namespace {

// Thrown from the event handler to stop yaml-cpp once a problem makes the
// rest of the document pointless (too deep, alias bomb, alias cycle).
struct StopParsing { };

Position positionOf(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

// Finds the first byte that is not valid UTF-8, or a NUL byte (yaml-cpp
// accepts both). Returns its offset, or -1.
qsizetype findBadByte(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

Position positionOfOffset(const QByteArray &bytes, qsizetype offset)
{
    Position pos;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

// `pos`, moved back into the text where it lies past the end of its line or
// of the file: yaml-cpp marks some errors further on than the input goes (a
// "\x" at the end of the file, two hex digits on).
Position insideText(const QByteArray &bytes, Position pos)
{
    const auto lines = bytes.split('\n');
    if (pos.line > lines.size())
        return positionOfOffset(bytes, bytes.size());
    pos.column = std::min(pos.column, int(lines[pos.line - 1].size()) + 1);
    return pos;
}

// True when the file holds nothing but blank lines, comments and document markers.
bool isBlank(const QByteArray &bytes)
{
    for (const auto &rawLine : bytes.split('\n')) {
        const auto line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line == "---" || line == "...")
            continue;
        return false;
    }
    return true;
}

// Where flow collections first nest deeper than limits::maxDepth, or -1.
// yaml-cpp reads a run of nested '[' or '{' to its end before it reports the
// first (each might start a key), holding some 240 bytes per byte: 16 MiB of
// '[' took 4 GB and most of a minute before YamlTreeBuilder saw a level. So
// flow nesting is counted here first, on the bytes. Inside a flow collection
// every bracket outside quotes and comments is one (plain scalars cannot
// hold them); outside, one opens a collection where a node starts (after
// white space), and the text of block scalars (| and >) is skipped. Only a
// bracket inside a plain scalar can be mistaken for one, and only 64 more
// without their closing ones would make that a false alarm.
qsizetype deepFlowNesting(const QByteArray &bytes)
{
    int depth = 0;
    char quote = 0;
    bool comment = false;
    qsizetype indent = 0; // of the current line
    // A block scalar's text: the lines indented as its first one, which is
    // indented more than the line that starts the scalar.
    qsizetype blockScalarParent = -1;
    qsizetype blockScalarIndent = -1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char previous = i > 0 ? bytes[i - 1] : '\n';
        if (previous == '\n') {
            indent = 0;
            while (i + indent < bytes.size() && bytes[i + indent] == ' ')
                ++indent;
            const bool blank = i + indent == bytes.size() || bytes[i + indent] == '\n';
            if (blockScalarParent >= 0) {
                if (blockScalarIndent < 0 && !blank && indent > blockScalarParent)
                    blockScalarIndent = indent;
                if (blank || (blockScalarIndent >= 0 && indent >= blockScalarIndent)) {
                    const auto end = bytes.indexOf('\n', i); // text: on to the next line
                    i = end < 0 ? bytes.size() : end;
                    continue;
                }
                blockScalarParent = blockScalarIndent = -1;
            }
        }
        const char c = bytes[i];
        const bool afterSpace = previous == ' ' || previous == '\t' || previous == '\n';
        const bool afterFlowIndicator =
            depth > 0 && (previous == '[' || previous == '{' || previous == ',' || previous == ':');
        if (comment) {
            comment = c != '\n';
        } else if (quote) {
            // A backslash escapes in double quotes; a quote written twice
            // stands for itself in single ones.
            if (quote == '"' && c == '\\')
                ++i;
            else if (quote == '\'' && c == '\'' && i + 1 < bytes.size() && bytes[i + 1] == '\'')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '#' && afterSpace) {
            comment = true;
        } else if ((c == '"' || c == '\'') && (afterSpace || afterFlowIndicator)) {
            quote = c;
        } else if ((c == '|' || c == '>') && depth == 0 && afterSpace) {
            blockScalarParent = indent;
        } else if ((c == '[' || c == '{') && (depth > 0 || afterSpace)) {
            if (++depth > limits::maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

} // namespace

// Builds YamlNodes from yaml-cpp's parser events, enforcing the limits that
// yaml-cpp itself does not: nesting depth, alias expansion, alias cycles,
// duplicate keys and text size.
class YamlTreeBuilder : public YAML::EventHandler {
public:
    YamlTreeBuilder(YamlDocument &doc, const QString &fileName)
        : m_doc(doc)
        , m_fileName(fileName)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto *node = newNode(YamlNode::Kind::Null, mark);
        registerAnchor(anchor, node);
        add(node);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (anchor >= m_anchors.size() || !m_anchors[anchor].node) {
            fail(mark, QStringLiteral("alias to an unknown anchor"));
        }
        const auto &target = m_anchors[anchor];
        if (target.open) {
            fail(mark, QStringLiteral("alias refers to a node that contains it (an alias cycle)"));
        }
        m_aliasExpansion += target.node->expandedSize;
        if (m_aliasExpansion > limits::maxAliasExpansion) {
            fail(mark,
                QStringLiteral("aliases expand to more than %1 nodes")
                    .arg(limits::maxAliasExpansion));
        }
        add(target.node);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        const std::string &value) override
    {
        if (value.size() > limits::maxTextBytes) {
            problem(mark,
                QStringLiteral("text is %1 KiB long; the limit is %2 KiB")
                    .arg(value.size() / 1024)
                    .arg(limits::maxTextBytes / 1024));
        }
        auto *node = newNode(YamlNode::Kind::Scalar, mark);
        node->plain = tag == "?";
        node->scalar = value;
        registerAnchor(anchor, node);
        add(node);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

    void problem(const YAML::Mark &mark, const QString &message)
    {
        const auto pos = positionOf(mark);
        m_doc.m_problems.append(
            {m_fileName, pos.line, pos.column, Problem::Severity::Error, message});
    }

private:
    struct Anchor {
        YamlNode *node = nullptr;
        bool open = false;
    };
    struct OpenNode {
        YamlNode *node;
        YAML::anchor_t anchor;
        // Keys seen so far; only built for large maps, where scanning the
        // children for duplicates would be quadratic.
        std::unordered_set<std::string_view> keys;
    };
    static constexpr std::size_t keySetThreshold = 16;

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        problem(mark, message);
        throw StopParsing {};
    }

    YamlNode *newNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        auto &node = m_doc.m_nodes.emplace_back();
        node.kind = kind;
        node.position = positionOf(mark);
        return &node;
    }

    void registerAnchor(YAML::anchor_t anchor, YamlNode *node, bool open = false)
    {
        if (anchor == YAML::NullAnchor)
            return;
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1);
        m_anchors[anchor] = {node, open};
    }

    void open(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (static_cast<int>(m_stack.size()) >= limits::maxDepth) {
            fail(mark, QStringLiteral("nesting is deeper than %1 levels").arg(limits::maxDepth));
        }
        auto *node = newNode(kind, mark);
        registerAnchor(anchor, node, true);
        add(node);
        m_stack.push_back({node, anchor, {}});
    }

    void close()
    {
        auto *node = m_stack.back().node;
        const auto anchor = m_stack.back().anchor;
        m_stack.pop_back();
        std::size_t size = 1;
        for (const auto *child : node->children)
            size += child->expandedSize;
        node->expandedSize = size;
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor].open = false;
    }

    void add(YamlNode *node)
    {
        if (m_stack.empty()) {
            if (!m_doc.m_root)
                m_doc.m_root = node;
            return;
        }
        auto &top = m_stack.back();
        auto &children = top.node->children;
        if (top.node->isMap() && children.size() % 2 == 0 && node->isScalar())
            checkDuplicateKey(top, node);
        children.push_back(node);
    }

    void checkDuplicateKey(OpenNode &map, const YamlNode *key)
    {
        auto &children = map.node->children;
        const YamlNode *first = nullptr;
        if (children.size() / 2 < keySetThreshold) {
            for (std::size_t i = 0; i < children.size(); i += 2) {
                if (children[i]->isScalar() && children[i]->scalar == key->scalar) {
                    first = children[i];
                    break;
                }
            }
        } else {
            if (map.keys.empty()) {
                for (std::size_t i = 0; i < children.size(); i += 2) {
                    if (children[i]->isScalar())
                        map.keys.insert(children[i]->scalar);
                }
            }
            if (!map.keys.insert(key->scalar).second) {
                for (std::size_t i = 0; i < children.size() && !first; i += 2) {
                    if (children[i]->isScalar() && children[i]->scalar == key->scalar)
                        first = children[i];
                }
            }
        }
        if (first) {
            m_doc.m_problems.append(
                {m_fileName, key->position.line, key->position.column, Problem::Severity::Error,
                    QStringLiteral("duplicate key '%1' (first at line %2)")
                        .arg(QString::fromStdString(key->scalar),
                            QString::number(first->position.line))});
        }
    }

    YamlDocument &m_doc;
    QString m_fileName;
    std::vector<OpenNode> m_stack;
    std::vector<Anchor> m_anchors;
    std::size_t m_aliasExpansion = 0;
};

YamlDocument YamlDocument::parse(const QString &fileName, QByteArray bytes)
{
    YamlDocument doc;
    auto fileProblem = [&](Position pos, const QString &message) {
        doc.m_problems.append({fileName, pos.line, pos.column, Problem::Severity::Error, message});
    };

    if (bytes.size() > static_cast<qsizetype>(limits::maxFileBytes)) {
        fileProblem({},
            QStringLiteral("file is larger than the limit of %1 MiB")
                .arg(limits::maxFileBytes / (1024 * 1024)));
        return doc;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // yaml-cpp reads CR LF, but normalizing keeps every column in a line the
    // same; a lone CR (old Mac files) is a line break in YAML too.
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    if (const auto bad = findBadByte(bytes); bad >= 0) {
        const auto what = bytes[bad] == '\0'
            ? QStringLiteral("a NUL byte")
            : QStringLiteral("invalid UTF-8 (byte 0x%1)")
                  .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'));
        fileProblem(
            positionOfOffset(bytes, bad), QStringLiteral("%1; files must be UTF-8 text").arg(what));
        return doc;
    }
    if (isBlank(bytes)) {
        fileProblem({}, QStringLiteral("file is empty"));
        return doc;
    }
    if (const auto deep = deepFlowNesting(bytes); deep >= 0) {
        fileProblem(positionOfOffset(bytes, deep),
            QStringLiteral("nesting is deeper than %1 levels").arg(limits::maxDepth));
        return doc;
    }

    std::istringstream stream(bytes.toStdString());
    YamlTreeBuilder builder(doc, fileName);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        // Never loop over documents: yaml-cpp 0.7 can report endless empty
        // documents for some inputs (a lone ','), so ask for one more, once.
        YamlDocument scratch;
        YamlTreeBuilder discard(scratch, fileName);
        if (parser.HandleNextDocument(discard)) {
            fileProblem(
                {}, QStringLiteral("a file holds one YAML document; remove the extra '---'"));
        }
    } catch (const StopParsing &) {
        doc.m_root = nullptr;
    } catch (const YAML::Exception &e) {
        fileProblem(insideText(bytes, positionOf(e.mark)),
            QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
        doc.m_root = nullptr;
    }
    // Directives alone ("%YAML 1.2") make no document, and no error either.
    if (!doc.m_root && doc.m_problems.isEmpty())
        fileProblem({}, QStringLiteral("file is empty"));
    return doc;
}

YamlDocument YamlDocument::read(QIODevice &file, const QString &fileName)
{
    YamlDocument doc;
    if (!file.open(QIODevice::ReadOnly)) {
        doc.m_problems.append({fileName, 1, 1, Problem::Severity::Error,
            QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return doc;
    }
    if (file.size() > static_cast<qint64>(limits::maxFileBytes)) {
        doc.m_problems.append({fileName, 1, 1, Problem::Severity::Error,
            QStringLiteral("file is %1 MiB; the limit is %2 MiB")
                .arg(file.size() / (1024 * 1024))
                .arg(limits::maxFileBytes / (1024 * 1024))});
        return doc;
    }
    qCDebug(lcLoader) << "reading" << fileName << file.size() << "bytes";
    return parse(fileName, file.readAll());
}

} // namespace wc
