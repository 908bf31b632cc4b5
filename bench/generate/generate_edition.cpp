// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// generate-edition: writes a synthetic, NeurIPS-scale program folder (workshop.yaml,
// program.yaml, speakers.yaml, papers.yaml; no manifest, so it is an organizer's draft) in the
// program folder format, version 1, for load, search and rendering benchmarks. --large makes
// the edition of issue 9's load test instead: 20,000 papers and 3,000 sessions.
//
// The output must be byte-identical for the same arguments on every platform and standard
// library, so this file brings its own PRNG (splitmix64), range reduction and shuffle instead of
// <random> distributions and std::shuffle, whose results are implementation-defined. Each output
// file draws from its own PRNG stream, so e.g. changing --talks leaves papers.yaml unchanged.
//
// The generated folder is meant to validate with zero errors and zero warnings: every reference
// resolves, ids are unique, no two sessions overlap in a room, no speaker is in two sessions at
// once and all sessions lie inside their day's opening hours.

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view kEditionId = "neurips-scale-bench";
constexpr std::string_view kBaseUrl = "https://example.org/neurips-scale-bench";

// The program folder format's limit on any one file.
constexpr std::size_t kMaxFileBytes = 16 * 1024 * 1024;

// Markdown lines are wrapped at this many bytes (not counting the YAML indentation) so the
// files stay readable in an editor, like an organizer's hand-written abstracts.
constexpr std::size_t kWrapWidth = 76;

// -------------------------------------------------------------------------------------------
// Deterministic randomness

class Rng {
public:
    Rng(std::uint64_t seed, std::uint64_t stream)
        : state_(mix(seed ^ mix(stream + 0x5EED)))
    {
    }

    std::uint64_t next()
    {
        state_ += 0x9E3779B97F4A7C15ULL;
        return mix(state_);
    }

    // Uniform in [0, n). Rejection sampling instead of a plain modulo keeps it unbiased without
    // relying on any library distribution.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        const std::uint64_t limit = max - max % n;
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return x % n;
    }

    int between(int lo, int hi) // inclusive
    {
        return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    bool percent(int p) { return below(100) < static_cast<std::uint64_t>(p); }

    template<typename T, std::size_t N> const T &pick(const T (&list)[N]) { return list[below(N)]; }

    // Fisher-Yates with our own draws; std::shuffle's use of the engine is unspecified.
    template<typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }

private:
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t state_;
};

// Stream numbers: one per output file, see the header comment.
enum Stream : std::uint64_t { kPapersStream = 1, kSpeakersStream, kProgramStream, kWorkshopStream };

// -------------------------------------------------------------------------------------------
// Word lists

// Hand-aligned tables below: clang-format would put one word per line.
// clang-format off
constexpr std::string_view kAdjectives[] = {
    "robust",       "scalable",        "efficient",         "sparse",           "adaptive",
    "hierarchical", "probabilistic",   "causal",            "differentiable",   "federated",
    "contrastive",  "generative",      "latent",            "stochastic",       "convex",
    "multimodal",   "self-supervised", "low-rank",          "equivariant",      "interpretable",
    "distributed",  "compositional",   "neural",            "geometric",        "online",
    "offline",      "structured",      "uncertainty-aware", "memory-efficient", "data-driven",
    "continual",    "asynchronous",    "quantized",         "hardware-aware",   "energy-efficient",
    "tractable",    "dense",           "implicit",          "modular",          "autoregressive",
};
// clang-format on

constexpr std::string_view kNouns[] = {
    "model",
    "representation",
    "gradient",
    "optimizer",
    "kernel",
    "policy",
    "transformer",
    "embedding",
    "dataset",
    "benchmark",
    "compiler",
    "scheduler",
    "objective",
    "estimator",
    "graph",
    "network",
    "loss",
    "prior",
    "posterior",
    "manifold",
    "attention",
    "architecture",
    "sampler",
    "workload",
    "cache",
    "accelerator",
    "pipeline",
    "agent",
    "reward",
    "tokenizer",
    "retrieval",
    "inference",
    "regularizer",
    "distribution",
    "encoder",
    "decoder",
    "simulator",
    "framework",
    "baseline",
    "memory",
};

constexpr std::string_view kVerbs[] = {
    "improves",
    "reduces",
    "outperforms",
    "approximates",
    "generalizes",
    "captures",
    "stabilizes",
    "accelerates",
    "characterizes",
    "recovers",
    "matches",
    "exploits",
    "learns",
    "predicts",
    "bounds",
    "regularizes",
    "compresses",
    "aligns",
    "decouples",
    "unifies",
};

constexpr std::string_view kDeterminers[] = {"the", "a", "our", "each", "this", "every"};

constexpr std::string_view kPrepositions[] = {
    "across", "under", "without", "for", "on", "with", "beyond", "in"};

// clang-format off
constexpr std::string_view kOpeners[] = {
    "We show that",   "In this work,",              "Moreover,",
    "Surprisingly,",  "Empirically,",               "In contrast to prior work,",
    "Crucially,",     "Our analysis reveals that",  "Finally,",
    "To this end,",   "We find that",               "Theoretically,",
    "As a result,",   "In practice,",
};
// clang-format on

// Inline TeX as organizers write it in abstracts; each `$…$` span is kept on one line.
constexpr std::string_view kMathClauses[] = {
    "in $O(n \\log n)$ time",
    "for all $x \\in \\mathbb{R}^d$",
    "with probability at least $1 - \\delta$",
    "with a $\\sqrt{T}$ regret bound",
    "at rate $\\mathcal{O}(1/\\sqrt{k})$",
    "as $\\lambda \\to 0$",
    "up to a factor of $\\log(1/\\epsilon)$",
    "with $k \\ll n$ parameters",
    "by minimizing $\\mathcal{L}(\\theta) = \\mathbb{E}[\\ell(f_\\theta(x), y)]$",
    "whenever $\\|W\\|_2 \\le 1$",
};

constexpr std::string_view kTools[] = {"jax.jit", "torch.compile", "triton", "numpy", "xla"};

// Title templates: {A} adjective, {N} noun, {X} acronym. The rare ones carry `"` and `\` so
// the bench exercises escaping in double-quoted YAML scalars.
constexpr std::string_view kTitlePatterns[] = {
    "{A} {N} for {A} {N}",
    "towards {A} {N} {N}",
    "{X}: {A} {N} {N} with {A} {N}",
    "on the {N} of {A} {N} under {A} {N}",
    "learning {A} {N} from {A} {N}",
    "when does {A} {N} help {A} {N}?",
    "{A} and {A} {N} via {N} {N}",
    "scaling {A} {N} beyond the {N} {N}",
};
constexpr std::string_view kRareTitlePatterns[] = {
    "revisiting \"{N} is all you need\" for {A} {N}",
    "$\\ell_1$-regularized {N} {N} for {A} {N}",
    "$\\epsilon$-greedy {N} {N} in {A} {N}",
    "the \"{A}\" {N}: a {N} {N} perspective",
};
struct TitleTail {
    std::string_view separator;
    std::string_view pattern;
};
constexpr TitleTail kTitleTails[] = {
    {": ", "a {A} {N} perspective"},
    {" ", "with {A} {N}"},
    {": ", "{A} {N} at scale"},
    {" ", "via {A} {N} {N}"},
};

// Name syllables: the ASCII form builds ids, the display form builds names.
struct Syllable {
    std::string_view ascii;
    std::string_view display;
};

constexpr Syllable kPlainSyllables[] = {
    {"ma", "ma"},
    {"ri", "ri"},
    {"ka", "ka"},
    {"lo", "lo"},
    {"na", "na"},
    {"te", "te"},
    {"sa", "sa"},
    {"vi", "vi"},
    {"da", "da"},
    {"ren", "ren"},
    {"jo", "jo"},
    {"el", "el"},
    {"an", "an"},
    {"mi", "mi"},
    {"to", "to"},
    {"li", "li"},
    {"sor", "sor"},
    {"ben", "ben"},
    {"ni", "ni"},
    {"fe", "fe"},
    {"lix", "lix"},
    {"ar", "ar"},
    {"tu", "tu"},
    {"go", "go"},
    {"ha", "ha"},
    {"ber", "ber"},
    {"kor", "kor"},
    {"wen", "wen"},
    {"dal", "dal"},
    {"mo", "mo"},
};
// Drawn for about one syllable in twenty, so roughly a fifth of names carry a diacritic.
// Every entry starts with an ASCII letter, so capitalizing the first byte is enough.
constexpr Syllable kAccentedSyllables[] = {
    {"le", "lé"},
    {"re", "rè"},
    {"mu", "mü"},
    {"jo", "jö"},
    {"bjo", "bjø"},
    {"sa", "så"},
    {"na", "ña"},
    {"fra", "frá"},
    {"zo", "zó"},
    {"lu", "lú"},
};
constexpr Syllable kFamilyEndings[] = {
    {"sen", "sen"},
    {"ova", "ova"},
    {"ez", "ez"},
    {"ski", "ski"},
    {"ini", "ini"},
    {"ard", "ard"},
    {"ic", "ić"},
    {"strom", "ström"},
    {"gard", "gård"},
    {"berg", "berg"},
};

// A few CJK names, grouped by language so family and given names match.
struct CjkName {
    std::string_view romanized;
    std::string_view native;
};
struct CjkLanguage {
    CjkName family[4];
    CjkName given[4];
};
constexpr CjkLanguage kCjkLanguages[] = {
    {{{"wang", "王"}, {"li", "李"}, {"zhang", "张"}, {"chen", "陈"}},
        {{"wei", "伟"}, {"jing", "静"}, {"min", "敏"}, {"fang", "芳"}}},
    {{{"sato", "佐藤"}, {"suzuki", "鈴木"}, {"tanaka", "田中"}, {"yamamoto", "山本"}},
        {{"shota", "翔太"}, {"hina", "陽菜"}, {"ren", "蓮"}, {"yui", "結衣"}}},
    {{{"kim", "김"}, {"lee", "이"}, {"park", "박"}, {"choi", "최"}},
        {{"minjun", "민준"}, {"seoyeon", "서연"}, {"jiho", "지호"}, {"haeun", "하은"}}},
};

constexpr std::string_view kAffiliationPatterns[] = {
    "University of {P}",
    "{P} Institute of Technology",
    "{P} Research",
    "Technische Universität {P}",
    "Université de {P}",
    "{P} AI Lab",
    "École Polytechnique de {P}",
    "{P} University",
};

constexpr std::string_view kRoles[] = {
    "professor",
    "research scientist",
    "PhD student",
    "postdoctoral researcher",
    "staff engineer",
    "principal researcher",
};

// -------------------------------------------------------------------------------------------
// Small string helpers

bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}

std::string capitalized(std::string_view s)
{
    std::string out(s);
    if (!out.empty() && isAsciiLower(out[0]))
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

bool startsWithVowel(std::string_view s)
{
    return !s.empty() && std::string_view("aeiouAEIOU").find(s[0]) != std::string_view::npos;
}

std::string twoDigits(int n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// Times are quoted: a plain 08:30 is a sexagesimal integer to YAML 1.1 readers.
std::string quotedTime(int minutes)
{
    return "\"" + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60) + "\"";
}

// Proleptic Gregorian days since 1970-01-01 and back (H. Hinnant's algorithms), so dates can
// run across month and year ends without <chrono> calendar support.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::string civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    return std::to_string(y) + "-" + twoDigits(static_cast<int>(m)) + "-" +
        twoDigits(static_cast<int>(d));
}

// -------------------------------------------------------------------------------------------
// YAML emission helpers

// Double-quoted scalar; only `"`, `\` and control characters need escaping, UTF-8 passes.
std::string yamlQuoted(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// Plain when the text is obviously safe in both block and flow context (letters, digits,
// spaces and a little punctuation, starting with a letter, not a YAML 1.1 boolean or null);
// quoted otherwise. Names and affiliations stay readable without risking a misparse.
std::string scalar(std::string_view s)
{
    static const std::set<std::string, std::less<>> kReserved = {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null"};
    bool plain = !s.empty() && s.back() != ' ';
    for (std::size_t i = 0; plain && i < s.size(); ++i) {
        const auto u = static_cast<unsigned char>(s[i]);
        const bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
        const bool other = (u >= '0' && u <= '9') || u == ' ' || u == '-' || u == '.';
        plain = i == 0 ? letter : (letter || other);
    }
    if (plain) {
        std::string lower;
        for (char c : s)
            lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        plain = kReserved.find(lower) == kReserved.end();
    }
    return plain ? std::string(s) : yamlQuoted(s);
}

// `key: |` literal block: Markdown needs no escaping at all inside it. Blank lines are written
// without indentation so no line carries trailing whitespace; clip chomping keeps one final
// newline.
void appendLiteral(std::string &out, int indent, std::string_view key, std::string_view text)
{
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    out += pad;
    out += key;
    out += ": |\n";
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        if (!line.empty()) {
            out += pad;
            out += "  ";
            out += line;
        }
        out += '\n';
        pos = eol + 1;
    }
}

void appendLinks(
    std::string &out, int indent, const std::vector<std::pair<std::string, std::string>> &links)
{
    if (links.empty())
        return;
    // Block style rather than `{ k: url }`: some older YAML readers stumble over `:` inside
    // plain flow scalars, and the site's tooling reads these files too.
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    out += pad + "links:\n";
    for (const auto &[name, url] : links)
        out += pad + "  " + name + ": " + url + "\n";
}

template<typename T, typename Format>
std::string flowList(const std::vector<T> &items, Format format)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += format(items[i]);
    }
    return out + "]";
}

// -------------------------------------------------------------------------------------------
// Prose

// Unbreakable pieces of Markdown: single words, or whole `$…$` spans, because a line break
// inside inline math trips some math renderers.
using Tokens = std::vector<std::string>;

void appendPhrase(Tokens &tokens, std::string_view phrase)
{
    std::string current;
    bool inMath = false;
    for (char c : phrase) {
        if (c == '$')
            inMath = !inMath;
        if (c == ' ' && !inMath) {
            if (!current.empty())
                tokens.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        tokens.push_back(std::move(current));
}

std::size_t textLength(const Tokens &tokens)
{
    std::size_t n = 0;
    for (const auto &t : tokens)
        n += t.size() + 1;
    return n;
}

// Greedy word wrap into `md`; `first` prefixes the first line and `rest` the others (so list
// items get their continuation indent).
void wrapInto(std::string &md, const Tokens &tokens, std::string_view first, std::string_view rest)
{
    std::size_t column = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i == 0) {
            md += first;
            column = first.size();
        } else if (column + 1 + tokens[i].size() > kWrapWidth) {
            md += '\n';
            md += rest;
            column = rest.size();
        } else {
            md += ' ';
            ++column;
        }
        md += tokens[i];
        column += tokens[i].size();
    }
}

class Prose {
public:
    explicit Prose(Rng &rng)
        : rng_(rng)
    {
    }

    // One sentence; `mathPercent` is the chance of a `$…$` clause.
    Tokens sentence(int mathPercent)
    {
        Tokens t;
        if (rng_.percent(35))
            appendPhrase(t, rng_.pick(kOpeners));
        nounPhrase(t);
        t.emplace_back(rng_.pick(kVerbs));
        nounPhrase(t);
        if (rng_.percent(45)) {
            t.emplace_back(rng_.pick(kPrepositions));
            nounPhrase(t);
        }
        if (rng_.percent(mathPercent))
            appendPhrase(t, rng_.pick(kMathClauses));
        else if (rng_.percent(4))
            appendPhrase(t, "when implemented in `" + std::string(rng_.pick(kTools)) + "`");
        t.front() = capitalized(t.front());
        t.back() += '.';
        return t;
    }

    // Sentences appended until the paragraph holds at least `minChars` characters.
    Tokens paragraph(std::size_t minChars, int mathPercent)
    {
        Tokens t;
        while (textLength(t) < minChars) {
            Tokens s = sentence(mathPercent);
            t.insert(t.end(), s.begin(), s.end());
        }
        return t;
    }

    // Several wrapped paragraphs separated by blank lines, totalling about `chars`.
    std::string markdown(std::size_t chars, int paragraphs, int mathPercent)
    {
        std::string md;
        for (int i = 0; i < paragraphs; ++i) {
            if (i > 0)
                md += "\n\n";
            const Tokens text =
                paragraph(chars / static_cast<std::size_t>(paragraphs), mathPercent);
            wrapInto(md, text, "", "");
        }
        return md;
    }

    // A short bullet list, as in "Our contributions are:" sections.
    std::string bulletList(int items, int mathPercent)
    {
        std::string md;
        for (int i = 0; i < items; ++i) {
            if (i > 0)
                md += '\n';
            wrapInto(md, sentence(mathPercent), "- ", "  ");
        }
        return md;
    }

    std::string adjective() { return std::string(rng_.pick(kAdjectives)); }
    std::string noun() { return std::string(rng_.pick(kNouns)); }

private:
    void nounPhrase(Tokens &t)
    {
        std::string det(rng_.pick(kDeterminers));
        std::string adj = rng_.percent(60) ? adjective() : "";
        std::string n = noun();
        if (det == "a" && startsWithVowel(adj.empty() ? n : adj))
            det = "an";
        t.push_back(det);
        // A little emphasis so the Markdown renderer has something to do.
        if (!adj.empty())
            t.push_back(rng_.percent(4) ? "*" + adj + "*" : adj);
        t.push_back(rng_.percent(3) ? "**" + n + "**" : n);
    }

    Rng &rng_;
};

// -------------------------------------------------------------------------------------------
// Titles

std::string acronym(Rng &rng)
{
    static constexpr std::string_view kLetters = "ABCDEFGHIKLMNOPRSTVXZ";
    std::string out;
    const int n = rng.between(3, 5);
    for (int i = 0; i < n; ++i)
        out += kLetters[rng.below(kLetters.size())];
    if (rng.percent(20))
        out += static_cast<char>('2' + rng.below(3));
    return out;
}

// Fills {A}, {N} and {X} placeholders and fixes "a" before a vowel.
std::string expandPattern(Rng &rng, std::string_view pattern)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
            const char key = pattern[i + 1];
            // Redraw a word equal to the one just before it ("Pipeline Pipeline").
            const std::size_t lastSpace = out.rfind(' ');
            const std::string previous =
                out.substr(lastSpace == std::string::npos ? 0 : lastSpace + 1);
            std::string word;
            do {
                word = key == 'A' ? std::string(rng.pick(kAdjectives))
                    : key == 'N'  ? std::string(rng.pick(kNouns))
                                  : acronym(rng);
            } while (word == previous);
            out += word;
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    std::string fixed;
    std::size_t pos = 0;
    while (pos < out.size()) {
        const std::size_t end = std::min(out.find(' ', pos), out.size());
        const std::string_view word = std::string_view(out).substr(pos, end - pos);
        fixed += word;
        if (word == "a" && end < out.size() && startsWithVowel(out.substr(end + 1)))
            fixed += 'n';
        if (end < out.size())
            fixed += ' ';
        pos = end + 1;
    }
    return fixed;
}

// Title Case: capitalize each hyphen-separated part, except short function words in the
// middle and anything inside TeX math. `clauseStart` says whether the first word begins a
// clause (and so is capitalized even if short); false when continuing an existing title.
std::string titleCase(std::string_view phrase, bool clauseStart = true)
{
    static const std::set<std::string, std::less<>> kSmall = {
        "a", "an", "the", "and", "or", "for", "of", "on", "in", "via", "with", "from", "to", "at"};
    std::string out;
    bool startOfClause = clauseStart;
    std::size_t pos = 0;
    while (pos < phrase.size()) {
        const std::size_t end = std::min(phrase.find(' ', pos), phrase.size());
        std::string word(phrase.substr(pos, end - pos));
        if (word.empty()) {
            out += ' ';
            pos = end + 1;
            continue;
        }
        // A leading `$…$` span stays as written; capitalization resumes after it.
        std::size_t from = 0;
        if (word[0] == '$') {
            const std::size_t close = word.find('$', 1);
            from = close == std::string::npos ? word.size() : close + 1;
        }
        if (startOfClause || kSmall.find(word) == kSmall.end()) {
            bool capitalizeNext = true;
            for (std::size_t i = from; i < word.size(); ++i) {
                char &c = word[i];
                if (capitalizeNext && isAsciiLower(c)) {
                    c = static_cast<char>(c - 'a' + 'A');
                    capitalizeNext = false;
                } else if (c == '-') {
                    capitalizeNext = true;
                } else if (c != '"') {
                    capitalizeNext = false;
                }
            }
        }
        startOfClause = word.back() == ':';
        out += word;
        if (end < phrase.size())
            out += ' ';
        pos = end + 1;
    }
    return out;
}

// About 80 characters: a base pattern plus one or two tails until it is long enough.
std::string makeTitle(Rng &rng)
{
    const std::string_view pattern =
        rng.percent(6) ? rng.pick(kRareTitlePatterns) : rng.pick(kTitlePatterns);
    std::string title = titleCase(expandPattern(rng, pattern));
    // A question stands alone; anything else gets tails until it is long enough.
    for (int i = 0; i < 2 && title.back() != '?' && title.size() < 64; ++i) {
        // One colon per title, and no second "with" or "via": try the next tail instead.
        std::size_t t = rng.below(std::size(kTitleTails));
        auto clashes = [&title](const TitleTail &tail) {
            if (tail.separator == ": ")
                return title.find(':') != std::string::npos;
            const std::string_view word = tail.pattern.substr(0, tail.pattern.find(' '));
            return title.find(" " + std::string(word) + " ") != std::string::npos;
        };
        for (std::size_t tries = 0; tries < std::size(kTitleTails) && clashes(kTitleTails[t]);
             ++tries)
            t = (t + 1) % std::size(kTitleTails);
        const TitleTail &tail = kTitleTails[t];
        title += std::string(tail.separator) +
            titleCase(expandPattern(rng, tail.pattern), tail.separator == ": ");
    }
    return title;
}

// -------------------------------------------------------------------------------------------
// People

struct Person {
    std::string name; // display name, may be non-ASCII
    std::string slug; // ASCII, lower case, id syntax
};

std::string syllables(Rng &rng, int count, std::string &ascii)
{
    std::string display;
    for (int i = 0; i < count; ++i) {
        const Syllable &s =
            rng.percent(5) ? rng.pick(kAccentedSyllables) : rng.pick(kPlainSyllables);
        ascii += s.ascii;
        display += s.display;
    }
    return display;
}

Person makePerson(Rng &rng)
{
    Person p;
    if (rng.percent(3)) {
        const CjkLanguage &lang = rng.pick(kCjkLanguages);
        const CjkName &family = lang.family[rng.below(4)];
        const CjkName &given = lang.given[rng.below(4)];
        p.name = std::string(family.native) + std::string(given.native);
        p.slug = std::string(given.romanized) + "-" + std::string(family.romanized);
        return p;
    }
    std::string givenAscii, familyAscii;
    const std::string given = syllables(rng, rng.percent(75) ? 2 : 3, givenAscii);
    std::string family = syllables(rng, 2, familyAscii);
    if (rng.percent(50)) {
        const Syllable &ending = rng.pick(kFamilyEndings);
        family += ending.display;
        familyAscii += ending.ascii;
    }
    p.name = capitalized(given) + " " + capitalized(family);
    p.slug = givenAscii + "-" + familyAscii;
    return p;
}

std::string makeAffiliation(Rng &rng)
{
    std::string ascii;
    const std::string place = capitalized(syllables(rng, rng.between(2, 3), ascii));
    const std::string_view pattern = rng.pick(kAffiliationPatterns);
    const std::size_t at = pattern.find("{P}");
    return std::string(pattern.substr(0, at)) + place + std::string(pattern.substr(at + 3));
}

// Makes ids unique by appending -2, -3, … to repeats, in generation order.
class IdRegistry {
public:
    std::string claim(const std::string &base)
    {
        int &count = seen_[base];
        ++count;
        std::string id = count == 1 ? base : base + "-" + std::to_string(count);
        // A suffixed id could itself collide with a later base name; keep counting if so.
        while (count > 1 && seen_.count(id) != 0)
            id = base + "-" + std::to_string(++count);
        if (count > 1)
            seen_[id] = 1;
        return id;
    }

private:
    std::map<std::string, int> seen_;
};

// -------------------------------------------------------------------------------------------
// Options

struct Options {
    std::filesystem::path outDir;
    int papers = 4000;
    int days = 6;
    int rooms = 12;
    int talks = 600;
    int sessions = 0; // when given, sets talks to what the breaks and poster sessions leave of it
    int posterSessions = 12;
    int speakers = 800;
    // Abstracts are written until they hold this many characters, then end their sentence.
    int abstractChars = 950;
    bool posterLists = false; // poster sessions also list their papers in program.yaml
    std::uint64_t seed = 1;
};

// Issue 9's load test: a program far beyond any workshop's, with parallel tracks over a week.
// The format allows 16 MiB per file, so 20,000 papers leave an abstract about 390 characters
// (three sentences) where NeurIPS' run to 1,100; at that length papers.yaml is 14.3 MiB, and
// at NeurIPS' length it would be 28.5 MiB.
Options largeEdition()
{
    Options o;
    o.papers = 20000;
    o.days = 7;
    o.rooms = 24;
    o.sessions = 3000;
    o.posterSessions = 40;
    o.speakers = 4000;
    o.abstractChars = 300;
    o.posterLists = true;
    return o;
}

constexpr const char *kUsage =
    "usage: generate-edition OUT_DIR [--large] [--papers N] [--days D] [--rooms R]\n"
    "                        [--talks T | --sessions N] [--poster-sessions P] [--speakers S]\n"
    "                        [--abstract-chars C] [--poster-lists] [--seed K]\n"
    "\n"
    "Writes a synthetic program folder (workshop.yaml, program.yaml, speakers.yaml,\n"
    "papers.yaml) to OUT_DIR. The same arguments always give byte-identical files.\n"
    "Defaults, NeurIPS scale: 4000 papers, 6 days, 12 rooms, 600 talks, 12 poster\n"
    "sessions, 800 speakers, abstracts written to 950 characters (then to the end of\n"
    "their sentence: 1,075 on average), seed 1.\n"
    "\n"
    "--sessions N      as many talks as N sessions leave after the daily breaks,\n"
    "                  the reception and the poster sessions\n"
    "--poster-lists    poster sessions also list their papers (`papers:`)\n"
    "--large           start from 20000 papers and 3000 sessions over 7 days and\n"
    "                  24 rooms, 40 poster sessions with lists, 4000 speakers and\n"
    "                  abstracts written to 300 characters, so that papers.yaml stays\n"
    "                  under the format's 16 MiB per file; other options change it\n";

[[noreturn]] void usageError(const std::string &message)
{
    std::cerr << "generate-edition: " << message << "\n\n" << kUsage;
    std::exit(2);
}

std::uint64_t parseNumber(std::string_view option, std::string_view text, std::uint64_t max)
{
    if (text.empty() || text.size() > 20)
        usageError("bad value for " + std::string(option) + ": '" + std::string(text) + "'");
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            usageError("bad value for " + std::string(option) + ": '" + std::string(text) + "'");
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (max - digit) / 10)
            usageError(std::string(option) + " must be at most " + std::to_string(max));
        value = value * 10 + digit;
    }
    return value;
}

Options parseOptions(int argc, char **argv)
{
    const bool large = std::any_of(
        argv + 1, argv + argc, [](const char *arg) { return std::string_view(arg) == "--large"; });
    Options o = large ? largeEdition() : Options {};
    struct IntOption {
        std::string_view name;
        int *target;
        int min;
        int max;
    };
    // Upper bounds keep ids short and the 16 MiB file limit in reach, not hard limits of the
    // format; days stay within one year so dates stay readable.
    const IntOption intOptions[] = {
        {"--papers", &o.papers, 0, 1000000},
        {"--days", &o.days, 1, 366},
        {"--rooms", &o.rooms, 1, 999},
        {"--talks", &o.talks, 0, 1000000},
        {"--sessions", &o.sessions, 1, 1000000},
        {"--poster-sessions", &o.posterSessions, 0, 10000},
        {"--speakers", &o.speakers, 0, 1000000},
        {"--abstract-chars", &o.abstractChars, 200, 100000},
    };
    bool haveOutDir = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            std::exit(0);
        }
        if (arg == "--large")
            continue; // applied before the loop, so the other options change it
        if (arg == "--poster-lists") {
            o.posterLists = true;
            continue;
        }
        if (arg.substr(0, 2) != "--") {
            if (haveOutDir)
                usageError("more than one OUT_DIR given");
            o.outDir = std::string(arg);
            haveOutDir = true;
            continue;
        }
        // Both "--papers 100" and "--papers=100".
        std::string_view name = arg;
        std::string_view value;
        if (const std::size_t eq = arg.find('='); eq != std::string_view::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            usageError("missing value for " + std::string(arg));
        }
        if (name == "--seed") {
            o.seed = parseNumber(name, value, std::numeric_limits<std::uint64_t>::max());
            continue;
        }
        bool known = false;
        for (const IntOption &opt : intOptions) {
            if (name != opt.name)
                continue;
            const auto v =
                static_cast<int>(parseNumber(name, value, static_cast<std::uint64_t>(opt.max)));
            if (v < opt.min)
                usageError(std::string(name) + " must be at least " + std::to_string(opt.min));
            *opt.target = v;
            if (opt.target == &o.talks)
                o.sessions = 0; // the later of --talks and --sessions counts
            known = true;
        }
        if (!known)
            usageError("unknown option " + std::string(name));
    }
    if (!haveOutDir)
        usageError("OUT_DIR is required");
    return o;
}

// -------------------------------------------------------------------------------------------
// Time grid

constexpr int kDayStart = 8 * 60; // every day is open 08:00-20:00
constexpr int kDayEnd = 20 * 60;

// Talk blocks between the shared breaks (minutes after midnight). No talk is ever scheduled
// across a break in any room, so breaks need no room of their own to stay overlap-free.
struct Window {
    int start;
    int end;
};
constexpr Window kWindows[] = {{8 * 60 + 30, 10 * 60 + 30}, {11 * 60, 12 * 60 + 30},
    {13 * 60 + 30, 15 * 60 + 30}, {16 * 60, 19 * 60}};
constexpr int kWindowCount = static_cast<int>(std::size(kWindows));

struct DailyBreak {
    int start;
    int end;
    std::string_view kind;
    std::string_view idStem;
    std::string_view title;
};
constexpr DailyBreak kDailyBreaks[] = {
    {10 * 60 + 30, 11 * 60, "break", "coffee-am", "Morning Coffee Break"},
    {12 * 60 + 30, 13 * 60 + 30, "meal", "lunch", "Lunch"},
    {15 * 60 + 30, 16 * 60, "break", "coffee-pm", "Afternoon Coffee Break"},
};
// On the first evening only; ends exactly at closing time, which is still inside the day.
constexpr DailyBreak kReception = {19 * 60, kDayEnd, "meal", "reception", "Welcome Reception"};

// For --sessions: what the breaks, the reception and the poster sessions leave for talks.
int talksLeftOf(const Options &o)
{
    return o.sessions - o.days * static_cast<int>(std::size(kDailyBreaks)) - 1 - o.posterSessions;
}

// Packs sessions into (day, room, window) blocks front to back, like an organizer filling a
// spreadsheet: each block keeps the next free minute.
class RoomGrid {
public:
    struct Slot {
        int day;
        int room;
        int start;
    };

    RoomGrid(int days, int rooms)
        : days_(days)
        , rooms_(rooms)
        , next_(static_cast<std::size_t>(days) * static_cast<std::size_t>(rooms) * kWindowCount)
    {
        for (std::size_t i = 0; i < next_.size(); ++i)
            next_[i] = kWindows[i % kWindowCount].start;
    }

    // First free slot of `minutes`, searching the preferred day and room first (windows from
    // `window` on, wrapping), then the following rooms, then the following days.
    std::optional<Slot> place(int minutes, int day, int room, int window = 0)
    {
        for (int dd = 0; dd < days_; ++dd) {
            const int d = (day + dd) % days_;
            for (int rr = 0; rr < rooms_; ++rr) {
                const int r = (room + rr) % rooms_;
                for (int ww = 0; ww < kWindowCount; ++ww) {
                    const int w = (window + ww) % kWindowCount;
                    int &next = at(d, r, w);
                    if (next + minutes <= kWindows[w].end) {
                        const Slot slot {d, r, next};
                        next += minutes;
                        return slot;
                    }
                }
            }
        }
        return std::nullopt;
    }

    // Keeps the other rooms empty until `minute` (plenary keynotes have no parallel track).
    void holdAllRoomsUntil(int day, int window, int minute)
    {
        for (int r = 0; r < rooms_; ++r)
            at(day, r, window) = std::max(at(day, r, window), minute);
    }

private:
    int &at(int day, int room, int window)
    {
        return next_[(static_cast<std::size_t>(day) * static_cast<std::size_t>(rooms_) +
                         static_cast<std::size_t>(room)) *
                kWindowCount +
            static_cast<std::size_t>(window)];
    }

    int days_;
    int rooms_;
    std::vector<int> next_;
};

// -------------------------------------------------------------------------------------------
// The edition

struct Paper {
    int id;
    std::string title;
    std::vector<std::string> authors;
    std::string abstract;
    int posterSession = 0; // 1-based; 0 = none
    int board = 0;
    bool retracted = false;
};

struct Speaker {
    Person person;
    std::string id;
    std::string affiliation;
    std::string bio;
    std::vector<std::pair<std::string, std::string>> links;
};

struct Session {
    std::string id; // assigned after chronological sorting, except posters and breaks
    std::string kind;
    int day = 0;
    int room = 0;
    int start = 0;
    int end = 0;
    bool writeDuration = false; // exercise the `duration` spelling on breaks and meals
    std::string title;
    std::vector<std::string> speakers;
    std::vector<int> papers;
    std::string abstract;
    bool slides = false;
    bool video = false;
};

struct Edition {
    Options options;
    std::vector<std::string> dates;
    std::vector<Paper> papers;
    std::vector<Speaker> speakers;
    std::vector<Session> sessions;
    int droppedTalks = 0;
};

std::string roomId(int room)
{
    return "room-" + twoDigits(room + 1);
}

std::string posterId(int k)
{
    return "posters-" + std::to_string(k);
}

void generatePapers(Edition &e)
{
    Rng rng(e.options.seed, kPapersStream);
    Prose prose(rng);
    const int n = e.options.papers;
    const int p = e.options.posterSessions;
    std::vector<int> boardsUsed(static_cast<std::size_t>(p) + 1, 0);
    for (int i = 0; i < n; ++i) {
        Paper paper;
        paper.id = i + 1;
        paper.title = makeTitle(rng);
        const int authors = rng.percent(85) ? rng.between(1, 6) : rng.between(7, 12);
        for (int a = 0; a < authors; ++a)
            paper.authors.push_back(makePerson(rng).name);
        // By default ~1,100 characters of Markdown: two or three paragraphs (one or two in a
        // short abstract), sometimes a bullet list. Each paragraph overshoots its share by
        // about half a sentence, hence a target below the length wanted.
        const int chars = e.options.abstractChars;
        const int paragraphs = chars >= 800 ? rng.between(2, 3) : rng.between(1, 2);
        paper.abstract = prose.markdown(
            static_cast<std::size_t>(rng.between(chars - 100, chars + 100)), paragraphs, 6);
        if (rng.percent(12))
            paper.abstract += "\n\nOur contributions are:\n\n" + prose.bulletList(3, 6);
        if (p > 0) {
            // Papers go to poster sessions in id order, as proceedings are usually laid out.
            paper.posterSession =
                static_cast<int>(static_cast<std::int64_t>(i) * p / std::max(n, 1)) + 1;
            paper.board = ++boardsUsed[static_cast<std::size_t>(paper.posterSession)];
        }
        e.papers.push_back(std::move(paper));
    }
    // A handful of retractions (one per 800 papers, at least one).
    if (n > 0) {
        const int retracted = std::min(n, std::max(1, n / 800));
        for (int r = 0; r < retracted;) {
            Paper &paper = e.papers[rng.below(static_cast<std::uint64_t>(n))];
            if (!paper.retracted) {
                paper.retracted = true;
                ++r;
            }
        }
    }
}

void generateSpeakers(Edition &e)
{
    Rng rng(e.options.seed, kSpeakersStream);
    Prose prose(rng);
    IdRegistry ids;
    for (int i = 0; i < e.options.speakers; ++i) {
        Speaker s;
        s.person = makePerson(rng);
        s.id = ids.claim(s.person.slug);
        s.affiliation = makeAffiliation(rng);
        const std::string home = std::string(kBaseUrl) + "/people/" + s.id;
        // ~400 characters: a bold name line, a few sentences of research, a link.
        std::string bio;
        Tokens intro;
        // Draws are sequenced one per statement: the operands of `+` are evaluated in an
        // unspecified order, which differs between GCC and Clang.
        const std::string role(rng.pick(kRoles));
        const std::string topic1 = prose.adjective();
        const std::string topic2 = prose.noun();
        const std::string topic3 = prose.adjective();
        const std::string topic4 = prose.noun();
        appendPhrase(intro,
            "**" + s.person.name + "** is a " + role + " at " + s.affiliation +
                ". Their research focuses on " + topic1 + " " + topic2 + " methods and " + topic3 +
                " " + topic4 + " design.");
        Tokens more = prose.paragraph(static_cast<std::size_t>(rng.between(120, 180)), 0);
        intro.insert(intro.end(), more.begin(), more.end());
        wrapInto(bio, intro, "", "");
        bio += "\n\nMore at [their homepage](" + home + ").";
        s.bio = std::move(bio);
        s.links.emplace_back("homepage", home);
        if (rng.percent(40))
            s.links.emplace_back("github", "https://example.org/code/" + s.id);
        if (rng.percent(25))
            s.links.emplace_back("scholar", "https://example.org/scholar/" + s.id);
        e.speakers.push_back(std::move(s));
    }
}

// Hands out speakers so that every one is used before any is used twice.
class Deck {
public:
    Deck(Rng &rng, std::size_t size)
        : rng_(rng)
        , size_(size)
    {
    }

    std::size_t draw()
    {
        if (cards_.empty()) {
            for (std::size_t i = size_; i > 0; --i)
                cards_.push_back(i - 1);
            rng_.shuffle(cards_);
        }
        const std::size_t card = cards_.back();
        cards_.pop_back();
        return card;
    }

private:
    Rng &rng_;
    std::size_t size_;
    std::vector<std::size_t> cards_;
};

void generateProgram(Edition &e)
{
    const Options &o = e.options;
    Rng rng(o.seed, kProgramStream);
    Prose prose(rng);
    RoomGrid grid(o.days, o.rooms);
    Deck deck(rng, e.speakers.size());
    // When each speaker already speaks, so no one is booked into two rooms at once.
    struct Booking {
        int day;
        int start;
        int end;
    };
    std::vector<std::vector<Booking>> bookings(e.speakers.size());

    // Shared breaks and meals, all in the first room, the plenary hall.
    for (int d = 0; d < o.days; ++d) {
        for (const DailyBreak &b : kDailyBreaks) {
            Session s;
            s.id = std::string(b.idStem) + "-d" + std::to_string(d + 1);
            s.kind = b.kind;
            s.day = d;
            s.start = b.start;
            s.end = b.end;
            s.writeDuration = true;
            s.title = b.title;
            e.sessions.push_back(std::move(s));
        }
    }
    {
        Session s;
        s.id = kReception.idStem;
        s.kind = kReception.kind;
        s.start = kReception.start;
        s.end = kReception.end;
        s.writeDuration = true;
        s.title = kReception.title;
        s.abstract = "Drinks and snacks in the foyer of the **Great Hall**. Bring your badge.";
        e.sessions.push_back(std::move(s));
    }

    // Poster sessions first, while the afternoons are still empty: two hours each, spread
    // evenly over the days, in the last rooms (the big exhibit halls).
    std::vector<int> postersOnDay(static_cast<std::size_t>(o.days), 0);
    std::vector<int> boards(static_cast<std::size_t>(o.posterSessions) + 1, 0);
    for (const Paper &p : e.papers)
        ++boards[static_cast<std::size_t>(p.posterSession)]; // index 0: papers without one
    for (int k = 0; k < o.posterSessions; ++k) {
        const int day = static_cast<int>(static_cast<std::int64_t>(k) * o.days / o.posterSessions);
        const int j = postersOnDay[static_cast<std::size_t>(day)]++;
        const int room = o.rooms - 1 - (j / 2) % o.rooms;
        const auto slot = grid.place(120, day, room, 2 + j % 2);
        if (!slot) {
            std::cerr << "generate-edition: no room left for poster session " << k + 1
                      << "; use more --days or --rooms, or fewer --poster-sessions\n";
            std::exit(1);
        }
        Session s;
        s.id = posterId(k + 1);
        s.kind = "posters";
        s.day = slot->day;
        s.room = slot->room;
        s.start = slot->start;
        s.end = slot->start + 120;
        s.title = "Poster Session " + std::to_string(k + 1);
        const int count = boards[static_cast<std::size_t>(k) + 1];
        s.abstract = count == 0 ? std::string("No posters are assigned to this session.")
                                : "Boards 1–" + std::to_string(count) +
                ". Authors stand by their posters for the whole session; "
                "the paper list is on each paper's page.";
        if (o.posterLists && count > 0) {
            for (const Paper &p : e.papers) { // in id order, which is board order
                if (p.posterSession == k + 1)
                    s.papers.push_back(p.id);
            }
            s.abstract = "Boards 1–" + std::to_string(count) +
                ", in the order of the list below. Authors stand by their posters for the whole "
                "session.";
        }
        e.sessions.push_back(std::move(s));
    }

    // Talk kinds: one plenary keynote per day, then a shuffled mix of panels (5%), invited
    // talks (20%) and contributed talks (the rest), spread evenly over the days.
    const int keynotes = std::min(o.talks, o.days);
    const int rest = o.talks - keynotes;
    std::vector<std::string> kinds;
    kinds.insert(kinds.end(), static_cast<std::size_t>(rest / 20), "panel");
    kinds.insert(kinds.end(), static_cast<std::size_t>(rest / 5), "invited");
    kinds.resize(static_cast<std::size_t>(rest), "contributed");
    rng.shuffle(kinds);

    auto addTalk = [&](const std::string &kind, int day, int room) {
        Session s;
        s.kind = kind;
        int minutes = 0;
        int speakerCount = 1;
        if (kind == "keynote") {
            minutes = 60;
            s.title = makeTitle(rng);
        } else if (kind == "panel") {
            minutes = 60;
            speakerCount = 3;
            const std::string adjective = prose.adjective(); // sequenced, see generateSpeakers
            s.title = "Panel: The Future of " + titleCase(adjective + " " + prose.noun());
        } else if (kind == "invited") {
            minutes = rng.percent(70) ? 30 : 45;
            speakerCount = rng.percent(80) ? 1 : 2;
            s.title = makeTitle(rng);
        } else {
            minutes = rng.percent(60) ? 15 : 20;
            speakerCount = rng.between(1, 3);
            // A contributed talk presents 1-3 accepted papers and is titled after the first.
            if (!e.papers.empty()) {
                const int count = std::min(rng.between(1, 3), static_cast<int>(e.papers.size()));
                while (static_cast<int>(s.papers.size()) < count) {
                    const int id = static_cast<int>(rng.below(e.papers.size())) + 1;
                    if (std::find(s.papers.begin(), s.papers.end(), id) == s.papers.end())
                        s.papers.push_back(id);
                }
                s.title = e.papers[static_cast<std::size_t>(s.papers[0] - 1)].title;
            } else {
                s.title = makeTitle(rng);
            }
        }
        const auto slot = grid.place(minutes, day, room);
        if (!slot) {
            ++e.droppedTalks; // the grid is full; reported in the summary
            return std::optional<RoomGrid::Slot>();
        }
        s.day = slot->day;
        s.room = slot->room;
        s.start = slot->start;
        s.end = slot->start + minutes;

        speakerCount = std::min(speakerCount, static_cast<int>(e.speakers.size()));
        // Terminates: the deck yields every speaker once per round, and speakerCount <= S.
        // A speaker already in a session at this time is passed over, up to one round's worth;
        // after that (too few speakers for the parallel rooms) one is taken anyway, and the
        // loader warns about them as it would about a real double booking.
        std::size_t passedOver = 0;
        while (static_cast<int>(s.speakers.size()) < speakerCount) {
            const std::size_t card = deck.draw();
            const std::string &id = e.speakers[card].id;
            if (std::find(s.speakers.begin(), s.speakers.end(), id) != s.speakers.end())
                continue;
            std::vector<Booking> &theirs = bookings[card];
            const bool busy = std::any_of(theirs.begin(), theirs.end(), [&s](const Booking &b) {
                return b.day == s.day && b.start < s.end && s.start < b.end;
            });
            if (busy && ++passedOver <= e.speakers.size())
                continue;
            s.speakers.push_back(id);
            theirs.push_back({s.day, s.start, s.end});
        }
        s.abstract = prose.markdown(static_cast<std::size_t>(rng.between(240, 290)), 1, 5);
        s.slides = rng.percent(40);
        s.video = rng.percent(30);
        e.sessions.push_back(std::move(s));
        return slot;
    };

    std::size_t next = 0;
    for (int d = 0; d < o.days; ++d) {
        if (d < keynotes) {
            const auto slot = addTalk("keynote", d, 0);
            if (slot && slot->day == d && slot->start == kWindows[0].start)
                grid.holdAllRoomsUntil(d, 0, slot->start + 60);
        }
        const auto dayEnd =
            static_cast<std::size_t>(static_cast<std::int64_t>(d + 1) * rest / o.days);
        for (int j = 0; next < dayEnd; ++next, ++j)
            addTalk(kinds[next], d, j % o.rooms);
    }

    // Chronological order reads like a printed program; then number talks per kind in that
    // order (keynote-1 is the first keynote of the week).
    std::stable_sort(e.sessions.begin(), e.sessions.end(), [](const Session &a, const Session &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.start != b.start)
            return a.start < b.start;
        return a.room < b.room;
    });
    std::map<std::string, int> perKind;
    for (Session &s : e.sessions) {
        if (s.id.empty())
            s.id = s.kind + "-" + std::to_string(++perKind[s.kind]);
    }
}

// -------------------------------------------------------------------------------------------
// Writers

std::string writeWorkshop(const Edition &e)
{
    const Options &o = e.options;
    Rng rng(o.seed, kWorkshopStream);
    Prose prose(rng);
    std::string y;
    y += "# Synthetic edition written by bench/generate/generate_edition.cpp";
    y += " (seed " + std::to_string(o.seed) + "); do not edit by hand.\n";
    y += "format: 1\n";
    y += "id: " + std::string(kEditionId) + "\n";
    y += "title: NeurIPS-Scale Benchmark Workshop\n";
    y += "subtitle: " +
        yamlQuoted("A synthetic edition with " + std::to_string(o.papers) + " papers and " +
            std::to_string(e.sessions.size()) + " sessions") +
        "\n";
    y += "timezone: America/Los_Angeles\n";
    y += "days:\n";
    for (const std::string &date : e.dates) {
        y += "  - date: " + date + "\n";
        y += "    start: " + quotedTime(kDayStart) + "\n";
        y += "    end: " + quotedTime(kDayEnd) + "\n";
    }
    y += "venue:\n";
    y += "  name: Pacific Convention Center\n";
    y += "  city: San Diego\n";
    y += "  rooms:\n";
    for (int r = 0; r < o.rooms; ++r) {
        y += "    - id: " + roomId(r) + "\n";
        const std::string name = r == 0       ? "Great Hall"
            : r == o.rooms - 1 && o.rooms > 2 ? "Exhibit Hall"
                                              : "Room " + std::to_string(200 + r);
        y += "      name: " + scalar(name) + "\n";
    }
    y += "links:\n";
    y += "  site: " + std::string(kBaseUrl) + "/\n";
    y += "  contact: mailto:bench@example.org\n";

    y += "committees:\n";
    struct Committee {
        std::string_view name;
        int members;
    };
    for (const Committee c : {Committee {"Organizing Committee", 6},
             Committee {"Program Committee", 12}, Committee {"Advisory Board", 4}}) {
        y += "  - name: " + std::string(c.name) + "\n";
        y += "    members:\n";
        for (int m = 0; m < c.members; ++m) {
            const Person p = makePerson(rng);
            y += "      - name: " + scalar(p.name) + "\n";
            y += "        affiliation: " + scalar(makeAffiliation(rng)) + "\n";
            if (rng.percent(50))
                y += "        link: " + std::string(kBaseUrl) + "/people/" + p.slug + "\n";
        }
    }

    y += "pages:\n";
    y += "  - id: about\n";
    y += "    title: About This Edition\n";
    const std::string expect = prose.markdown(500, 2, 0); // sequenced, see generateSpeakers
    const std::string highlights = prose.bulletList(3, 0);
    appendLiteral(y, 4, "body",
        "This edition is **synthetic**: every talk, speaker and paper was made up by\n"
        "`generate-edition` to measure how Workshop Companion copes with a program\n"
        "the size of a NeurIPS main conference.\n\n## What To Expect\n\n" +
            expect + "\n\n" + highlights);
    y += "  - id: code-of-conduct\n";
    y += "    title: Code of Conduct\n";
    appendLiteral(y, 4, "body",
        "All participants agree to the [code of conduct](" + std::string(kBaseUrl) +
            "/conduct/). In short:\n\n"
            "- Be kind and respectful; harassment is not tolerated.\n"
            "- Ask before photographing slides or posters.\n"
            "- Report problems to any organizer or to "
            "<mailto:bench@example.org>.\n\n" +
            prose.markdown(300, 1, 0));
    y += "  - id: travel\n";
    y += "    title: Getting There\n";
    appendLiteral(y, 4, "body",
        "### By Train\n\nTake the trolley to *Convention Center* station.\n\n"
        "### Accessibility\n\n" +
            prose.markdown(300, 1, 0));
    return y;
}

std::string writeProgram(const Edition &e)
{
    std::string y = e.sessions.empty() ? "sessions: []\n" : "sessions:\n";
    for (const Session &s : e.sessions) {
        y += "  - id: " + s.id + "\n";
        y += "    day: " + e.dates[static_cast<std::size_t>(s.day)] + "\n";
        y += "    start: " + quotedTime(s.start) + "\n";
        if (s.writeDuration)
            y += "    duration: " + std::to_string(s.end - s.start) + "\n";
        else
            y += "    end: " + quotedTime(s.end) + "\n";
        y += "    kind: " + s.kind + "\n";
        y += "    title: " + yamlQuoted(s.title) + "\n";
        y += "    room: " + roomId(s.room) + "\n";
        if (!s.speakers.empty())
            y += "    speakers: " + flowList(s.speakers, [](const std::string &id) { return id; }) +
                "\n";
        if (!s.papers.empty())
            y += "    papers: " + flowList(s.papers, [](int id) { return std::to_string(id); }) +
                "\n";
        if (!s.abstract.empty())
            appendLiteral(y, 4, "abstract", s.abstract);
        std::vector<std::pair<std::string, std::string>> links;
        if (s.slides)
            links.emplace_back("slides", std::string(kBaseUrl) + "/slides/" + s.id + ".pdf");
        if (s.video)
            links.emplace_back("video", std::string(kBaseUrl) + "/video/" + s.id);
        appendLinks(y, 4, links);
    }
    return y;
}

std::string writeSpeakers(const Edition &e)
{
    // An empty list is written `[]`: a bare `speakers:` would be null, not a list.
    std::string y = e.speakers.empty() ? "speakers: []\n" : "speakers:\n";
    for (const Speaker &s : e.speakers) {
        y += "  - id: " + s.id + "\n";
        y += "    name: " + scalar(s.person.name) + "\n";
        y += "    affiliation: " + scalar(s.affiliation) + "\n";
        y += "    photo: https://example.org/photos/" + s.id + ".jpg\n";
        appendLiteral(y, 4, "bio", s.bio);
        appendLinks(y, 4, s.links);
    }
    return y;
}

std::string writePapers(const Edition &e)
{
    std::string y = e.papers.empty() ? "papers: []\n" : "papers:\n";
    for (const Paper &p : e.papers) {
        y += "  - id: " + std::to_string(p.id) + "\n";
        y += "    title: " + yamlQuoted(p.title) + "\n";
        y += "    authors: " + flowList(p.authors, [](const std::string &name) {
            return scalar(name);
        }) + "\n";
        appendLiteral(y, 4, "abstract", p.abstract);
        if (p.posterSession > 0) {
            y += "    poster_session: " + posterId(p.posterSession) + "\n";
            y += "    board: " + std::to_string(p.board) + "\n";
        }
        appendLinks(
            y, 4, {{"pdf", std::string(kBaseUrl) + "/papers/" + std::to_string(p.id) + ".pdf"}});
        if (p.retracted)
            y += "    retracted: true\n";
    }
    return y;
}

void writeFile(const std::filesystem::path &path, const std::string &content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
        std::cerr << "generate-edition: cannot write " << path.string() << "\n";
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    Edition e;
    e.options = parseOptions(argc, argv);
    if (e.options.sessions > 0) {
        e.options.talks = talksLeftOf(e.options);
        if (e.options.talks < 0)
            usageError("--sessions " + std::to_string(e.options.sessions) +
                " leaves no room for the breaks and poster sessions");
    }
    const Options &o = e.options;

    const std::int64_t firstDay = daysFromCivil(2025, 12, 2);
    for (int d = 0; d < o.days; ++d)
        e.dates.push_back(civilFromDays(firstDay + d));

    generatePapers(e);
    generateSpeakers(e);
    generateProgram(e);

    std::error_code ec;
    std::filesystem::create_directories(o.outDir, ec);
    if (ec) {
        std::cerr << "generate-edition: cannot create " << o.outDir.string() << ": " << ec.message()
                  << "\n";
        return 1;
    }
    const std::pair<const char *, std::string> files[] = {
        {"workshop.yaml", writeWorkshop(e)},
        {"program.yaml", writeProgram(e)},
        {"speakers.yaml", writeSpeakers(e)},
        {"papers.yaml", writePapers(e)},
    };
    std::size_t bytes = 0;
    for (const auto &[name, content] : files) {
        writeFile(o.outDir / name, content);
        bytes += content.size();
        if (content.size() > kMaxFileBytes)
            std::cerr << "generate-edition: warning: " << name << " has " << content.size()
                      << " bytes, more than the format's 16 MiB per file: the folder will not "
                         "load (fewer --papers or a smaller --abstract-chars)\n";
    }

    if (e.droppedTalks > 0)
        std::cerr << "generate-edition: warning: " << e.droppedTalks
                  << " talks did not fit in the rooms and were left out\n";
    std::cout << "generate-edition: wrote 4 files, " << bytes << " bytes to " << o.outDir.string()
              << ": " << e.sessions.size() << " sessions, " << e.speakers.size() << " speakers, "
              << e.papers.size() << " papers\n";
    return 0;
}
