// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "searchindex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

namespace wc {

namespace {

// Not in logging.h: only the search logs here, and only build statistics.
Q_LOGGING_CATEGORY(lcSearch, "wc.core.search", QtWarningMsg)

// Characters of context either side of a match in a snippet.
constexpr qsizetype snippetContext = 60;
constexpr QChar ellipsis(0x2026);

// Field weights, see SearchHit::score: the tier counts twice so that a whole
// word in a lower tier never beats a prefix in a higher one.
int tier(SearchField field)
{
    switch (field) {
    case SearchField::Title:
    case SearchField::Name:
        return 3;
    case SearchField::Speakers:
    case SearchField::Authors:
    case SearchField::Affiliation:
    case SearchField::Room:
    case SearchField::Kind:
        return 2;
    case SearchField::Abstract:
    case SearchField::Bio:
        break;
    }
    return 1;
}

int weight(SearchField field, bool wholeWord)
{
    return 2 * tier(field) - (wholeWord ? 0 : 1);
}

// Letters that NFKD leaves whole although readers take them for a base letter
// with a stroke, or for two letters; without this "muller" would find "Müller"
// but "soren" would not find "Søren".
const char16_t *specialFold(char32_t c)
{
    switch (c) {
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return u"ss";
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return u"o";
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return u"ae";
    case 0x0152: // Œ
    case 0x0153: // œ
        return u"oe";
    case 0x0141: // Ł
    case 0x0142: // ł
        return u"l";
    case 0x0110: // Đ
    case 0x0111: // đ
    case 0x00D0: // Ð
    case 0x00F0: // ð
        return u"d";
    case 0x00DE: // Þ
    case 0x00FE: // þ
        return u"th";
    case 0x0131: // dotless ı
        return u"i";
    }
    return nullptr;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// Calls f(codePoint, position, length) for each code point of `text`; an
// unpaired surrogate counts as a code point of its own.
template<typename F> void forEachCodePoint(QStringView text, F &&f)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar ch = text[i];
        if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(ch, text[i + 1]), i, qsizetype(2));
            i += 2;
        } else {
            f(char32_t(ch.unicode()), i, qsizetype(1));
            ++i;
        }
    }
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

char16_t asciiLower(char32_t c)
{
    return char16_t(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
}

// Spacing marks carry vowels in Indic scripts: dropping them would merge words.
bool isWordPart(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const auto category = QChar::category(c);
    return category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
}

// Chinese and Japanese write words without spaces between them, so each
// ideograph or kana is a word: "伟" then finds "王伟".
bool isStandalone(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

// Folds code points for matching, remembering the folds of non-ASCII ones:
// a program uses few distinct letters, and normalizing costs an allocation.
class Folder {
public:
    // Appends the folded form of `c` to `out` (nothing for accents and
    // invisible formatting characters).
    void append(char32_t c, QString &out)
    {
        if (c < 0x80) {
            out.append(QChar(asciiLower(c)));
            return;
        }
        auto it = m_cache.constFind(c);
        if (it == m_cache.cend())
            it = m_cache.insert(c, foldCodePoint(c));
        out.append(*it);
    }

private:
    static QString foldCodePoint(char32_t c)
    {
        if (const char16_t *special = specialFold(c))
            return QString::fromUtf16(special);
        const QString decomposed =
            QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
        QString kept;
        forEachCodePoint(decomposed, [&](char32_t d, qsizetype, qsizetype) {
            const auto category = QChar::category(d);
            if (category != QChar::Mark_NonSpacing && category != QChar::Other_Format)
                appendCodePoint(kept, d);
        });
        // Case folding can give one of the special letters again (Ø → ø).
        QString folded;
        forEachCodePoint(kept.toCaseFolded(), [&](char32_t d, qsizetype, qsizetype) {
            if (const char16_t *special = specialFold(d))
                folded.append(QString::fromUtf16(special));
            else
                appendCodePoint(folded, d);
        });
        return folded;
    }

    QHash<char32_t, QString> m_cache;
};

// Splits `text` into folded words and calls f(word, start, length) with each
// word and its extent in `text`. `word` is a buffer reused for the next word.
template<typename F> void tokenize(QStringView text, Folder &folder, F &&f)
{
    QString word;
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded;
    QString single;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            f(std::as_const(word), start, end - start);
            word.resize(0);
        }
    };
    forEachCodePoint(text, [&](char32_t c, qsizetype pos, qsizetype length) {
        if (c < 0x80) {
            if (isAsciiAlnum(c)) {
                if (word.isEmpty())
                    start = pos;
                word.append(QChar(asciiLower(c)));
                end = pos + length;
            } else {
                flush();
            }
            return;
        }
        folded.resize(0);
        folder.append(c, folded);
        if (folded.isEmpty()) {
            // A combining accent of decomposed text, or a soft hyphen: part
            // of the word it follows, so a highlight covers it.
            if (!word.isEmpty())
                end = pos + length;
            return;
        }
        forEachCodePoint(folded, [&](char32_t d, qsizetype, qsizetype) {
            if (isStandalone(d)) {
                flush();
                single.resize(0);
                appendCodePoint(single, d);
                f(std::as_const(single), pos, length);
            } else if (isWordPart(d)) {
                if (word.isEmpty())
                    start = pos;
                appendCodePoint(word, d);
                end = pos + length;
            } else {
                flush();
            }
        });
    });
    flush();
}

// How much of `word` (original text, one indexed word) the first
// `foldedLength` characters of its folded form cover: what to highlight when a
// query word is a prefix of it.
qsizetype originalPrefixLength(QStringView word, qsizetype foldedLength, Folder &folder)
{
    if (std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.unicode() < 0x80; }))
        return std::min(foldedLength, word.size());
    qsizetype covered = 0;
    qsizetype result = word.size();
    QString folded;
    bool done = false;
    forEachCodePoint(word, [&](char32_t c, qsizetype pos, qsizetype length) {
        if (done)
            return;
        folded.resize(0);
        folder.append(c, folded);
        if (covered >= foldedLength) {
            // Accents after the last covered letter still belong to it.
            if (folded.isEmpty())
                result = pos + length;
            else
                done = true;
            return;
        }
        forEachCodePoint(folded, [&](char32_t d, qsizetype, qsizetype) {
            if (isWordPart(d) || isStandalone(d))
                ++covered;
        });
        result = pos + length;
    });
    return result;
}

// The text a reader sees of `markdown`, on one line: link targets, emphasis,
// code, heading, quote and list markers and backslash escapes go; $math$ stays
// as written. Not a Markdown parser, just enough for snippets and for keeping
// URLs out of the index. Linear in the text, whatever it holds.
QString plainText(const QString &markdown)
{
    if (markdown.isEmpty())
        return {};

    // Block markers, line by line.
    QString text;
    text.reserve(markdown.size());
    for (auto line : QStringView(markdown).split(u'\n')) {
        line = line.trimmed();
        for (bool stripped = true; stripped && !line.isEmpty();) {
            stripped = false;
            qsizetype marker = 0;
            if (line.startsWith(u'>')) {
                marker = 1;
            } else if (line.startsWith(u'#')) {
                while (marker < line.size() && line[marker] == u'#')
                    ++marker;
            } else if (line.size() > 1 && QStringView(u"-*+").contains(line[0]) &&
                line[1] == u' ') {
                marker = 1;
            } else {
                while (marker < line.size() && line[marker].isDigit())
                    ++marker;
                if (!(marker > 0 && marker + 1 < line.size() &&
                        (line[marker] == u'.' || line[marker] == u')') && line[marker + 1] == u' '))
                    marker = 0;
                else
                    ++marker;
            }
            if (marker > 0 && (marker == line.size() || line[marker] == u' ')) {
                line = line.mid(marker).trimmed();
                stripped = true;
            }
        }
        // Horizontal rules.
        if (line.size() >= 3 && std::all_of(line.begin(), line.end(), [](QChar ch) {
                return ch == u'-' || ch == u'*' || ch == u'_' || ch == u' ';
            }))
            continue;
        text += line;
        text += u' ';
    }

    // Matching brackets, found once so that no '[' needs a scan of its own;
    // most abstracts have no link, and need no table.
    std::vector<qsizetype> closing;
    if (text.contains(u'[')) {
        closing.assign(size_t(text.size()), -1);
        std::vector<qsizetype> brackets;
        std::vector<qsizetype> parens;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text[i];
            if (ch == u'[') {
                brackets.push_back(i);
            } else if (ch == u'(') {
                parens.push_back(i);
            } else if (ch == u']' && !brackets.empty()) {
                closing[brackets.back()] = i;
                brackets.pop_back();
            } else if (ch == u')' && !parens.empty()) {
                closing[parens.back()] = i;
                parens.pop_back();
            }
        }
    }

    QString out;
    out.reserve(text.size());
    // Where to jump when reaching the ']' of a link whose text is being copied.
    std::vector<std::pair<qsizetype, qsizetype>> linkEnds;
    const auto isWordChar = [&](qsizetype i) {
        return i >= 0 && i < text.size() && text[i].isLetterOrNumber();
    };
    for (qsizetype i = 0; i < text.size();) {
        if (!linkEnds.empty() && i == linkEnds.back().first) {
            i = linkEnds.back().second;
            linkEnds.pop_back();
            continue;
        }
        const QChar ch = text[i];
        if (ch == u'$') {
            const auto close = text.indexOf(u'$', i + 1);
            if (close > i + 1) {
                out += QStringView(text).mid(i, close - i + 1);
                i = close + 1;
                continue;
            }
        } else if (ch == u'\\' && i + 1 < text.size() && text[i + 1].unicode() < 0x80 &&
            text[i + 1].isPunct()) {
            out += text[i + 1];
            i += 2;
            continue;
        } else if (ch == u'*' || ch == u'`') {
            ++i;
            continue;
        } else if (ch == u'~' && i + 1 < text.size() && text[i + 1] == u'~') {
            i += 2;
            continue;
        } else if (ch == u'_' && !(isWordChar(i - 1) && isWordChar(i + 1))) {
            ++i;
            continue;
        } else if (ch == u'!' && i + 1 < text.size() && text[i + 1] == u'[' && closing[i + 1] > 0) {
            ++i; // an image: its alt text, like a link's text
            continue;
        } else if (ch == u'[' && closing[size_t(i)] > 0) {
            const auto close = closing[size_t(i)];
            if (close + 1 < text.size() && text[close + 1] == u'(' &&
                closing[size_t(close) + 1] > 0) {
                linkEnds.emplace_back(close, closing[close + 1] + 1);
                ++i;
                continue;
            }
        } else if (ch == u'<') {
            const auto rest = QStringView(text).mid(i + 1);
            if (rest.startsWith(u"http://") || rest.startsWith(u"https://") ||
                rest.startsWith(u"mailto:")) {
                // An autolink ends at '>'; a space or another '<' first means
                // it is none, which also keeps the scans from overlapping.
                qsizetype close = 0;
                while (close < rest.size() && rest[close] != u'>' && rest[close] != u'<' &&
                    !rest[close].isSpace())
                    ++close;
                if (close < rest.size() && rest[close] == u'>') {
                    out += rest.left(close);
                    i += close + 2;
                    continue;
                }
            }
        }
        out += ch;
        ++i;
    }

    // White space collapsed in place, where simplified() would copy.
    QChar *chars = out.data();
    qsizetype size = 0;
    bool afterSpace = true; // drops leading space
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (chars[i].isSpace()) {
            if (!afterSpace)
                chars[size++] = u' ';
            afterSpace = true;
        } else {
            chars[size++] = chars[i];
            afterSpace = false;
        }
    }
    if (size > 0 && chars[size - 1] == u' ')
        --size;
    out.truncate(size);
    return out;
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString searchKindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Session:
        return QStringLiteral("session");
    case SearchKind::Speaker:
        return QStringLiteral("speaker");
    case SearchKind::Paper:
        return QStringLiteral("paper");
    }
    return {};
}

QString searchFieldName(SearchField field)
{
    switch (field) {
    case SearchField::Title:
        return QStringLiteral("title");
    case SearchField::Name:
        return QStringLiteral("name");
    case SearchField::Speakers:
        return QStringLiteral("speakers");
    case SearchField::Authors:
        return QStringLiteral("authors");
    case SearchField::Affiliation:
        return QStringLiteral("affiliation");
    case SearchField::Room:
        return QStringLiteral("room");
    case SearchField::Kind:
        return QStringLiteral("kind");
    case SearchField::Abstract:
        return QStringLiteral("abstract");
    case SearchField::Bio:
        return QStringLiteral("bio");
    }
    return {};
}

// The index proper. Items are in hit order within their kind (sessions by start
// time, then speakers, then papers), so an item's position is its tie-breaker.
// Term ids follow the sorted vocabulary, so the words starting with a query
// word are one range of ids. A term's posting list names the items holding it
// and the best field tier it has there: sweeping the postings of a range
// scores every item for a query word in one sequential pass. Each field also
// keeps its distinct words sorted by id, with where each first occurs, to
// check a few items without the postings and to place snippets.
struct SearchIndexData {
    struct FieldTerm {
        quint32 term;
        quint32 start; // of the first occurrence, in the field's text
        quint32 length;
    };
    struct Field {
        SearchField field;
        QString text; // plain, as shown in snippets
        quint32 termBegin; // into fieldTerms
        quint32 termEnd;
    };
    struct Item {
        SearchKind kind;
        bool retracted;
        QString id;
        quint32 fieldBegin; // into fields, in descending weight
        quint32 fieldEnd;
    };

    // A posting packs an item position with the best tier (1–3) of the
    // fields where the item has the term.
    static constexpr int tierBits = 2;
    static quint32 posting(quint32 item, int tier) { return item << tierBits | quint32(tier); }
    static quint32 postingItem(quint32 posting) { return posting >> tierBits; }
    static int postingTier(quint32 posting) { return int(posting & ((1u << tierBits) - 1)); }

    std::vector<Item> items;
    std::vector<Field> fields;
    std::vector<FieldTerm> fieldTerms;
    std::vector<QString> terms; // sorted by UTF-16 code units
    std::vector<quint32> postingBegin; // per term, into postings; one more at the end
    std::vector<quint32> postings; // ascending by item per term
};

namespace {

using Data = SearchIndexData;

class Builder {
public:
    explicit Builder(Data &data)
        : d(data)
    {
    }

    void beginItem(SearchKind kind, const QString &id, bool retracted = false)
    {
        d.items.push_back({kind, retracted, id, quint32(d.fields.size()), 0});
    }

    void addField(SearchField field, const QString &text)
    {
        if (text.isEmpty())
            return;
        const auto begin = d.fieldTerms.size();
        ++m_fieldStamp;
        tokenize(text, m_folder, [&](const QString &word, qsizetype start, qsizetype length) {
            auto it = m_ids.constFind(word);
            if (it == m_ids.cend()) {
                it = m_ids.insert(word, quint32(m_terms.size()));
                m_terms.push_back(word);
                m_seenInField.push_back(0);
            }
            // Only the first occurrence of a word in a field: it is where a
            // snippet goes.
            if (m_seenInField[*it] != m_fieldStamp) {
                m_seenInField[*it] = m_fieldStamp;
                d.fieldTerms.push_back({*it, quint32(start), quint32(length)});
            }
        });
        if (d.fieldTerms.size() > begin)
            d.fields.push_back({field, text, quint32(begin), quint32(d.fieldTerms.size())});
    }

    void endItem()
    {
        auto &item = d.items.back();
        item.fieldEnd = quint32(d.fields.size());
        // An item without a single word can never match.
        if (item.fieldBegin == item.fieldEnd)
            d.items.pop_back();
    }

    // Sorts the vocabulary, renumbers the words to match and builds postings.
    void finish()
    {
        std::vector<quint32> order(m_terms.size());
        for (quint32 i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
            [&](quint32 a, quint32 b) { return m_terms[a] < m_terms[b]; });
        std::vector<quint32> newId(order.size());
        d.terms.reserve(order.size());
        for (quint32 i = 0; i < order.size(); ++i) {
            newId[order[i]] = i;
            d.terms.push_back(std::move(m_terms[order[i]]));
        }
        m_terms.clear();
        m_ids.clear();

        for (auto &field : d.fields) {
            const auto first = d.fieldTerms.begin() + field.termBegin;
            const auto last = d.fieldTerms.begin() + field.termEnd;
            for (auto it = first; it != last; ++it)
                it->term = newId[it->term];
            std::sort(first, last, [](const auto &a, const auto &b) { return a.term < b.term; });
        }

        // Each item's distinct terms with their best tier, then a counting
        // sort into postings; items come in order, so each list is ascending.
        std::vector<std::pair<quint32, int>> itemTerms; // term, tier
        std::vector<quint32> itemTermBegin {0};
        std::vector<quint32> counts(d.terms.size() + 1, 0);
        std::vector<quint32> seenInItem(d.terms.size(), 0); // where in itemTerms, plus one
        for (const auto &item : d.items) {
            const auto begin = itemTerms.size();
            for (auto f = item.fieldBegin; f < item.fieldEnd; ++f) {
                const auto &field = d.fields[f];
                const int fieldTier = tier(field.field);
                for (auto t = field.termBegin; t < field.termEnd; ++t) {
                    const auto term = d.fieldTerms[t].term;
                    auto &seen = seenInItem[term];
                    if (seen > begin) {
                        auto &best = itemTerms[seen - 1].second;
                        best = std::max(best, fieldTier);
                    } else {
                        itemTerms.emplace_back(term, fieldTier);
                        seen = quint32(itemTerms.size());
                        ++counts[term + 1];
                    }
                }
            }
            itemTermBegin.push_back(quint32(itemTerms.size()));
        }
        for (size_t i = 1; i < counts.size(); ++i)
            counts[i] += counts[i - 1];
        d.postingBegin = counts;
        d.postings.resize(itemTerms.size());
        for (quint32 item = 0; item < d.items.size(); ++item) {
            for (auto t = itemTermBegin[item]; t < itemTermBegin[item + 1]; ++t) {
                const auto &[term, tier] = itemTerms[t];
                d.postings[counts[term]++] = Data::posting(item, tier);
            }
        }
    }

private:
    Data &d;
    Folder m_folder;
    QHash<QString, quint32> m_ids;
    std::vector<QString> m_terms; // by provisional id, in order of first use
    // Per provisional id, the last field it was seen in: drops repeats
    // without sorting each field.
    std::vector<quint32> m_seenInField;
    quint32 m_fieldStamp = 0;
};

// A query word and the range of term ids it is a prefix of.
struct QueryWord {
    QString text;
    quint32 lo = 0;
    quint32 hi = 0;
    bool whole = false; // the word itself is a term (then it is term `lo`)
    quint32 postings = 0; // in the range: the cost of a sweep

    bool matches(quint32 term) const { return term >= lo && term < hi; }
    int weight(SearchField field, quint32 term) const
    {
        return wc::weight(field, whole && term == lo);
    }
};

// A matching item: its position, score, and the best weight a word had in it.
struct Found {
    quint32 item;
    int score;
    int best;
    SearchKind kind;
    bool retracted;
};

void makeSnippet(const QString &text, qsizetype start, qsizetype length, SearchHit &hit)
{
    hit.matchLength = length;
    if (text.size() <= length + 2 * snippetContext) {
        // Short enough to show whole (titles, names): shared, not copied.
        hit.snippet = text;
        hit.matchStart = start;
        return;
    }
    qsizetype from = std::max<qsizetype>(0, start - snippetContext);
    qsizetype to = std::min(text.size(), start + length + snippetContext);
    // Cut at spaces, so that the snippet begins and ends with whole words.
    // Only the context is searched, so that a text without spaces costs no more.
    if (from > 0) {
        const auto space = QStringView(text).mid(from, start - from).indexOf(u' ');
        if (space >= 0)
            from += space + 1;
        else if (text[from].isLowSurrogate())
            ++from;
    }
    const auto end = start + length;
    if (to < text.size()) {
        const auto space = QStringView(text).mid(end, to - end + 1).lastIndexOf(u' ');
        if (space >= 0)
            to = end + space;
        else if (text[to - 1].isHighSurrogate())
            ++to;
    }
    QString snippet;
    snippet.reserve(to - from + 2);
    if (from > 0)
        snippet += ellipsis;
    hit.matchStart = snippet.size() + (start - from);
    snippet += QStringView(text).mid(from, to - from);
    if (to < text.size())
        snippet += ellipsis;
    hit.snippet = std::move(snippet);
}

} // namespace

SearchIndex::SearchIndex() = default;

SearchIndex::SearchIndex(const Program &program)
{
    QElapsedTimer timer;
    timer.start();
    auto data = std::make_shared<SearchIndexData>();
    Builder builder(*data);

    // Program order for sessions is time order; the file order breaks ties,
    // as in the session list.
    std::vector<const Session *> sessions;
    sessions.reserve(size_t(program.sessions.size()));
    for (const auto &session : program.sessions)
        sessions.push_back(&session);
    std::stable_sort(sessions.begin(), sessions.end(),
        [](const Session *a, const Session *b) { return a->start < b->start; });
    for (const auto *session : sessions) {
        builder.beginItem(SearchKind::Session, session->id);
        builder.addField(SearchField::Title, session->title);
        QStringList names;
        for (const auto &id : session->speakers) {
            if (const auto *speaker = program.speaker(id))
                names.append(speaker->name);
        }
        builder.addField(SearchField::Speakers, joined(names));
        if (const auto *room = program.room(session->room))
            builder.addField(SearchField::Room, room->name);
        builder.addField(SearchField::Kind, sessionKindName(session->kind));
        builder.addField(SearchField::Abstract, plainText(session->abstract));
        builder.endItem();
    }
    for (const auto &speaker : program.speakers) {
        builder.beginItem(SearchKind::Speaker, speaker.id);
        builder.addField(SearchField::Name, speaker.name);
        builder.addField(SearchField::Affiliation, speaker.affiliation);
        builder.addField(SearchField::Bio, plainText(speaker.bio));
        builder.endItem();
    }
    for (const auto &paper : program.papers) {
        builder.beginItem(SearchKind::Paper, paper.id, paper.retracted);
        builder.addField(SearchField::Title, paper.title);
        builder.addField(SearchField::Authors, joined(paper.authors));
        builder.addField(SearchField::Abstract, plainText(paper.abstract));
        builder.endItem();
    }
    builder.finish();
    qCDebug(lcSearch) << "index of" << data->items.size() << "items," << data->terms.size()
                      << "terms," << data->postings.size() << "postings built in" << timer.elapsed()
                      << "ms";
    d = std::move(data);
}

qsizetype SearchIndex::itemCount() const
{
    return d ? qsizetype(d->items.size()) : 0;
}

qsizetype SearchIndex::termCount() const
{
    return d ? qsizetype(d->terms.size()) : 0;
}

QString SearchIndex::fold(const QString &text)
{
    Folder folder;
    QStringList words;
    tokenize(text, folder, [&](const QString &word, qsizetype, qsizetype) { words.append(word); });
    return words.join(u' ');
}

QList<SearchHit> SearchIndex::search(const QString &query) const
{
    if (!d)
        return {};
    Folder folder;
    std::vector<QueryWord> words;
    tokenize(
        query, folder, [&](const QString &word, qsizetype, qsizetype) { words.push_back({word}); });
    if (words.empty())
        return {};
    // A word given twice is one condition.
    std::sort(words.begin(), words.end(),
        [](const QueryWord &a, const QueryWord &b) { return a.text < b.text; });
    words.erase(std::unique(words.begin(), words.end(),
                    [](const QueryWord &a, const QueryWord &b) { return a.text == b.text; }),
        words.end());

    const auto &terms = d->terms;
    for (auto &word : words) {
        const auto lo = std::lower_bound(terms.begin(), terms.end(), word.text);
        const auto hi = std::partition_point(
            lo, terms.end(), [&](const QString &term) { return term.startsWith(word.text); });
        if (lo == hi)
            return {}; // every word must match
        word.lo = quint32(lo - terms.begin());
        word.hi = quint32(hi - terms.begin());
        word.whole = *lo == word.text;
        word.postings = d->postingBegin[word.hi] - d->postingBegin[word.lo];
    }
    // The rarest word first: its items are all the candidates there are.
    std::vector<const QueryWord *> byCost;
    for (const auto &word : words)
        byCost.push_back(&word);
    std::stable_sort(byCost.begin(), byCost.end(),
        [](const QueryWord *a, const QueryWord *b) { return a->postings < b->postings; });

    const auto termsOf = [&](const Data::Field &field) {
        return std::pair(
            d->fieldTerms.begin() + field.termBegin, d->fieldTerms.begin() + field.termEnd);
    };
    const auto firstFrom = [](auto first, auto last, quint32 term) {
        return std::lower_bound(
            first, last, term, [](const Data::FieldTerm &t, quint32 id) { return t.term < id; });
    };
    // The weight of `word` in an item, looked up field by field.
    const auto weightIn = [&](const Data::Item &item, const QueryWord &word) {
        int best = 0;
        for (auto f = item.fieldBegin; f < item.fieldEnd; ++f) {
            const auto &field = d->fields[f];
            const auto [first, last] = termsOf(field);
            const auto it = firstFrom(first, last, word.lo);
            if (it != last && word.matches(it->term))
                best = std::max(best, word.weight(field.field, it->term));
        }
        return best;
    };

    std::vector<Found> found;
    std::vector<quint8> sweep;
    for (const auto *word : byCost) {
        const bool first = word == byCost.front();
        // A lookup per candidate when few are left; a sweep of the postings
        // (sequential, and cheaper than it looks) otherwise.
        if (!first && found.size() * 16 < word->postings) {
            std::erase_if(found, [&](Found &f) {
                const int w = weightIn(d->items[f.item], *word);
                f.score += w;
                f.best = std::max(f.best, w);
                return w == 0;
            });
        } else {
            sweep.assign(d->items.size(), 0);
            for (auto term = word->lo; term < word->hi; ++term) {
                const bool whole = word->whole && term == word->lo;
                const auto end = d->postingBegin[term + 1];
                for (auto p = d->postingBegin[term]; p < end; ++p) {
                    const auto posting = d->postings[p];
                    auto &w = sweep[Data::postingItem(posting)];
                    w = std::max(w, quint8(2 * Data::postingTier(posting) - (whole ? 0 : 1)));
                }
            }
            if (first) {
                for (quint32 i = 0; i < sweep.size(); ++i) {
                    if (sweep[i] > 0) {
                        const auto &item = d->items[i];
                        found.push_back({i, sweep[i], sweep[i], item.kind, item.retracted});
                    }
                }
            } else {
                std::erase_if(found, [&](Found &f) {
                    const int w = sweep[f.item];
                    f.score += w;
                    f.best = std::max(f.best, w);
                    return w == 0;
                });
            }
        }
        if (found.empty())
            return {};
    }

    // Items are in kind order already, so the position groups by kind.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tuple(a.kind, -a.score, a.retracted, a.item) <
            std::tuple(b.kind, -b.score, b.retracted, b.item);
    });

    QList<SearchHit> hits;
    hits.reserve(qsizetype(found.size()));
    for (const auto &f : found) {
        const auto &item = d->items[f.item];
        // The best field is the first whose weight for some word is the
        // item's best; the snippet shows the first match there, of whichever
        // word, with the longest highlight when several start the same word.
        const Data::Field *best = nullptr;
        const Data::FieldTerm *at = nullptr;
        const QueryWord *atWord = nullptr;
        for (auto i = item.fieldBegin; i < item.fieldEnd && !best; ++i) {
            const auto &field = d->fields[i];
            const int fieldTier = tier(field.field);
            if (2 * fieldTier < f.best)
                break; // fields come in descending weight
            if (2 * fieldTier - 1 > f.best)
                continue; // every match here would weigh more than the best
            const auto [first, last] = termsOf(field);
            at = nullptr;
            for (const auto &word : words) {
                for (auto it = firstFrom(first, last, word.lo);
                     it != last && word.matches(it->term); ++it) {
                    if (word.weight(field.field, it->term) == f.best)
                        best = &field;
                    if (!at || it->start < at->start ||
                        (it->start == at->start && word.text.size() > atWord->text.size())) {
                        at = &*it;
                        atWord = &word;
                    }
                }
            }
        }
        Q_ASSERT(best && at);
        if (!best || !at)
            continue;
        const bool whole = atWord->whole && at->term == atWord->lo;
        const auto length = whole
            ? qsizetype(at->length)
            : originalPrefixLength(
                  QStringView(best->text).mid(at->start, at->length), atWord->text.size(), folder);
        SearchHit hit;
        hit.kind = item.kind;
        hit.id = item.id;
        hit.score = f.score;
        hit.field = best->field;
        makeSnippet(best->text, at->start, length, hit);
        hits.append(std::move(hit));
    }
    return hits;
}

} // namespace wc
