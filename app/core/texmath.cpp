// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "texmath.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <iterator>
#include <vector>

namespace wc {

namespace {

// Deeper nesting (of groups and of command arguments) is rendered flat, so
// that hostile input cannot exhaust the stack; real formulas stay far below.
constexpr int MaxDepth = 32;

// Past this many characters the optional argument of \sqrt is not looked for:
// a root's index is short, and an unbounded search would make
// "\sqrt[\sqrt[\sqrt[…" quadratic.
constexpr qsizetype MaxOptionalArgument = 64;

// Commands that stand for a symbol. The keys and values view string literals,
// which live for the whole program.
const QHash<QStringView, QStringView> &symbols()
{
    static const QHash<QStringView, QStringView> table = [] {
        const std::pair<QStringView, QStringView> entries[] = {
            // Greek, lower case.
            {u"alpha", u"α"},
            {u"beta", u"β"},
            {u"gamma", u"γ"},
            {u"delta", u"δ"},
            {u"epsilon", u"ε"},
            {u"varepsilon", u"ε"},
            {u"zeta", u"ζ"},
            {u"eta", u"η"},
            {u"theta", u"θ"},
            {u"vartheta", u"ϑ"},
            {u"iota", u"ι"},
            {u"kappa", u"κ"},
            {u"lambda", u"λ"},
            {u"mu", u"μ"},
            {u"nu", u"ν"},
            {u"xi", u"ξ"},
            {u"omicron", u"ο"},
            {u"pi", u"π"},
            {u"varpi", u"ϖ"},
            {u"rho", u"ρ"},
            {u"varrho", u"ϱ"},
            {u"sigma", u"σ"},
            {u"varsigma", u"ς"},
            {u"tau", u"τ"},
            {u"upsilon", u"υ"},
            {u"phi", u"φ"},
            {u"varphi", u"φ"},
            {u"chi", u"χ"},
            {u"psi", u"ψ"},
            {u"omega", u"ω"},
            // Greek, upper case (TeX has only those unlike Latin letters).
            {u"Gamma", u"Γ"},
            {u"Delta", u"Δ"},
            {u"Theta", u"Θ"},
            {u"Lambda", u"Λ"},
            {u"Xi", u"Ξ"},
            {u"Pi", u"Π"},
            {u"Sigma", u"Σ"},
            {u"Upsilon", u"Υ"},
            {u"Phi", u"Φ"},
            {u"Psi", u"Ψ"},
            {u"Omega", u"Ω"},
            // Binary operators.
            {u"times", u"×"},
            {u"cdot", u"·"},
            {u"div", u"÷"},
            {u"pm", u"±"},
            {u"mp", u"∓"},
            {u"ast", u"∗"},
            {u"star", u"⋆"},
            {u"circ", u"∘"},
            {u"bullet", u"•"},
            {u"oplus", u"⊕"},
            {u"otimes", u"⊗"},
            {u"odot", u"⊙"},
            {u"cup", u"∪"},
            {u"cap", u"∩"},
            {u"setminus", u"∖"},
            {u"wedge", u"∧"},
            {u"land", u"∧"},
            {u"vee", u"∨"},
            {u"lor", u"∨"},
            {u"dagger", u"†"},
            // Relations.
            {u"leq", u"≤"},
            {u"le", u"≤"},
            {u"leqslant", u"≤"},
            {u"geq", u"≥"},
            {u"ge", u"≥"},
            {u"geqslant", u"≥"},
            {u"neq", u"≠"},
            {u"ne", u"≠"},
            {u"approx", u"≈"},
            {u"sim", u"∼"},
            {u"simeq", u"≃"},
            {u"cong", u"≅"},
            {u"equiv", u"≡"},
            {u"propto", u"∝"},
            {u"ll", u"≪"},
            {u"gg", u"≫"},
            {u"prec", u"≺"},
            {u"succ", u"≻"},
            {u"preceq", u"⪯"},
            {u"succeq", u"⪰"},
            {u"in", u"∈"},
            {u"notin", u"∉"},
            {u"ni", u"∋"},
            {u"subset", u"⊂"},
            {u"subseteq", u"⊆"},
            {u"supset", u"⊃"},
            {u"supseteq", u"⊇"},
            {u"perp", u"⊥"},
            {u"parallel", u"∥"},
            {u"mid", u"|"},
            {u"vdash", u"⊢"},
            {u"models", u"⊨"},
            {u"colon", u":"},
            // Arrows.
            {u"to", u"→"},
            {u"rightarrow", u"→"},
            {u"longrightarrow", u"⟶"},
            {u"leftarrow", u"←"},
            {u"gets", u"←"},
            {u"longleftarrow", u"⟵"},
            {u"leftrightarrow", u"↔"},
            {u"Rightarrow", u"⇒"},
            {u"implies", u"⇒"},
            {u"Leftarrow", u"⇐"},
            {u"Leftrightarrow", u"⇔"},
            {u"iff", u"⇔"},
            {u"mapsto", u"↦"},
            {u"uparrow", u"↑"},
            {u"downarrow", u"↓"},
            // Big operators and other symbols.
            {u"sum", u"∑"},
            {u"prod", u"∏"},
            {u"coprod", u"∐"},
            {u"int", u"∫"},
            {u"iint", u"∬"},
            {u"oint", u"∮"},
            {u"bigcup", u"⋃"},
            {u"bigcap", u"⋂"},
            {u"partial", u"∂"},
            {u"nabla", u"∇"},
            {u"infty", u"∞"},
            {u"forall", u"∀"},
            {u"exists", u"∃"},
            {u"nexists", u"∄"},
            {u"neg", u"¬"},
            {u"lnot", u"¬"},
            {u"emptyset", u"∅"},
            {u"varnothing", u"∅"},
            {u"top", u"⊤"},
            {u"bot", u"⊥"},
            {u"angle", u"∠"},
            {u"triangle", u"△"},
            {u"hbar", u"ℏ"},
            {u"ell", u"ℓ"},
            {u"Re", u"ℜ"},
            {u"Im", u"ℑ"},
            {u"aleph", u"ℵ"},
            {u"prime", u"′"},
            {u"degree", u"°"},
            {u"ldots", u"…"},
            {u"dots", u"…"},
            {u"cdots", u"⋯"},
            {u"vdots", u"⋮"},
            {u"ddots", u"⋱"},
            // Delimiters.
            {u"langle", u"⟨"},
            {u"rangle", u"⟩"},
            {u"lceil", u"⌈"},
            {u"rceil", u"⌉"},
            {u"lfloor", u"⌊"},
            {u"rfloor", u"⌋"},
            {u"vert", u"|"},
            {u"lvert", u"|"},
            {u"rvert", u"|"},
            {u"Vert", u"‖"},
            {u"lVert", u"‖"},
            {u"rVert", u"‖"},
            {u"lbrace", u"{"},
            {u"rbrace", u"}"},
            // Spacing.
            {u"quad", u" "},
            {u"qquad", u" "},
            {u"enspace", u" "},
            {u"thinspace", u" "},
            {u"medspace", u" "},
            {u"thickspace", u" "},
            // Sizing and style switches that carry no content of their own.
            {u"left", u""},
            {u"right", u""},
            {u"middle", u""},
            {u"big", u""},
            {u"Big", u""},
            {u"bigg", u""},
            {u"Bigg", u""},
            {u"bigl", u""},
            {u"bigr", u""},
            {u"Bigl", u""},
            {u"Bigr", u""},
            {u"biggl", u""},
            {u"biggr", u""},
            {u"Biggl", u""},
            {u"Biggr", u""},
            {u"displaystyle", u""},
            {u"textstyle", u""},
            {u"scriptstyle", u""},
            {u"scriptscriptstyle", u""},
            {u"limits", u""},
            {u"nolimits", u""},
            {u"nonumber", u""},
            {u"notag", u""},
            {u"label", u""},
        };
        QHash<QStringView, QStringView> result;
        result.reserve(qsizetype(std::size(entries)));
        for (const auto &[name, value] : entries)
            result.insert(name, value);
        return result;
    }();
    return table;
}

// Commands whose one argument is shown as it is: fonts, text and operator
// names carry no meaning that plain text could show.
bool showsArgument(QStringView name)
{
    static const QStringView names[] = {
        u"mathrm",
        u"mathit",
        u"mathbf",
        u"mathsf",
        u"mathtt",
        u"mathcal",
        u"mathscr",
        u"mathfrak",
        u"mathnormal",
        u"boldsymbol",
        u"bm",
        u"text",
        u"textrm",
        u"textit",
        u"textbf",
        u"textsf",
        u"texttt",
        u"textnormal",
        u"emph",
        u"mbox",
        u"hbox",
        u"operatorname",
    };
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Accents, as the combining mark put after a single character.
QChar accentMark(QStringView name)
{
    static const std::pair<QStringView, char16_t> accents[] = {
        {u"hat", u'\u0302'},
        {u"widehat", u'\u0302'},
        {u"check", u'\u030C'},
        {u"tilde", u'\u0303'},
        {u"widetilde", u'\u0303'},
        {u"bar", u'\u0304'},
        {u"overline", u'\u0305'},
        {u"underline", u'\u0332'},
        {u"vec", u'\u20D7'},
        {u"dot", u'\u0307'},
        {u"ddot", u'\u0308'},
        {u"acute", u'\u0301'},
        {u"grave", u'\u0300'},
        {u"breve", u'\u0306'},
    };
    for (const auto &[accent, mark] : accents) {
        if (accent == name)
            return QChar(mark);
    }
    return {};
}

// The characters Unicode has a superscript or subscript form of, aligned
// position by position with those forms.
constexpr char16_t SuperscriptBase[] = u"0123456789+-−=()abcdefghijklmnoprstuvwxyz"
                                       u"ABDEGHIJKLMNOPRTUVWβγδθφχ′";
constexpr char16_t SuperscriptForm[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
                                       u"ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵝᵞᵟᶿᵠᵡ′";
constexpr char16_t SubscriptBase[] = u"0123456789+-−=()aehijklmnoprstuvxβγρφχ";
constexpr char16_t SubscriptForm[] = u"₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";
static_assert(std::size(SuperscriptBase) == std::size(SuperscriptForm));
static_assert(std::size(SubscriptBase) == std::size(SubscriptForm));

using ScriptTable = QHash<char16_t, char16_t>;

ScriptTable makeScriptTable(QStringView base, QStringView form)
{
    ScriptTable table;
    for (qsizetype i = 0; i < base.size(); ++i)
        table.insert(base[i].unicode(), form[i].unicode());
    return table;
}

const ScriptTable &superscripts()
{
    static const ScriptTable table = makeScriptTable(SuperscriptBase, SuperscriptForm);
    return table;
}

const ScriptTable &subscripts()
{
    static const ScriptTable table = makeScriptTable(SubscriptBase, SubscriptForm);
    return table;
}

// True for a character already raised or lowered, which may follow a base
// without making it more than one symbol ("x²" is as simple as "x").
bool isScriptForm(QChar c)
{
    static const QHash<char16_t, bool> forms = [] {
        QHash<char16_t, bool> result;
        for (const QStringView form : {QStringView(SuperscriptForm), QStringView(SubscriptForm)}) {
            for (const QChar c : form)
                result.insert(c.unicode(), true);
        }
        return result;
    }();
    return forms.contains(c.unicode());
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Length of the code point at `pos`: 2 for a valid surrogate pair, else 1.
qsizetype codePointLength(QStringView text, qsizetype pos)
{
    if (text[pos].isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
        return 2;
    return 1;
}

bool isOneCodePoint(QStringView text)
{
    return !text.isEmpty() && codePointLength(text, 0) == text.size();
}

// Whether a converted part of a fraction or root reads unambiguously without
// parentheses: a number, one symbol (with scripts, accents or primes), or
// something already in parentheses.
bool isSimple(QStringView text)
{
    if (text.isEmpty())
        return true;
    bool number = true;
    bool digit = false;
    for (const QChar c : text) {
        digit = digit || isAsciiDigit(c);
        number = number && (isAsciiDigit(c) || c == u'.');
    }
    if (number && digit)
        return true;

    bool symbol = true;
    for (qsizetype i = codePointLength(text, 0); i < text.size() && symbol; ++i) {
        const QChar c = text[i];
        symbol = isScriptForm(c) || c.category() == QChar::Mark_NonSpacing || c == u'′';
    }
    if (symbol)
        return true;

    if (text.front() != u'(' || text.back() != u')')
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'(') {
            ++depth;
        } else if (text[i] == u')') {
            --depth;
            // Closed before the end: "(a)+(b)" is not one parenthesized part.
            if (depth == 0 && i + 1 < text.size())
                return false;
        }
    }
    return depth == 0;
}

QString parenthesized(const QString &text)
{
    return isSimple(text) ? text : QLatin1Char('(') + text + QLatin1Char(')');
}

// A super- or subscript of converted text.
QString script(const QString &text, bool superscript)
{
    const ScriptTable &table = superscript ? superscripts() : subscripts();
    QString forms;
    forms.reserve(text.size());
    bool all = true;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const auto found = table.constFind(c.unicode());
        if (found == table.cend()) {
            all = false;
            break;
        }
        forms += QChar(*found);
    }
    if (all)
        return forms;
    const QString trimmed = text.trimmed();
    const QChar marker = superscript ? u'^' : u'_';
    if (isOneCodePoint(trimmed))
        return QString(marker) + trimmed;
    return QString(marker) + QLatin1Char('(') + trimmed + QLatin1Char(')');
}

// The readable form of a control symbol: a backslash and one non-letter.
void appendControlSymbol(QStringView symbol, QString &out)
{
    const QChar c = symbol.front();
    if (c == u',' || c == u':' || c == u';' || c == u' ' || c == u'>' || c.isSpace())
        out += QLatin1Char(' ');
    else if (c == u'!')
        return;
    else if (c == u'\\')
        out += QStringLiteral("; "); // a line or row break
    else if (c == u'|')
        out += QChar(u'‖');
    else
        out += symbol; // \{ \} \$ \% \& \# \_ and any other character itself
}

// Converts the body of one math span.
class MathConverter {
public:
    explicit MathConverter(QStringView source)
        : m_source(source)
        , m_match(size_t(source.size()), -1)
    {
        // Matching braces, found once, so that groups are skipped in O(1);
        // backslash pairs are skipped exactly as the converter reads them.
        std::vector<qsizetype> open;
        for (qsizetype i = 0; i < source.size(); ++i) {
            const QChar c = source[i];
            if (c == u'\\') {
                ++i;
            } else if (c == u'{') {
                open.push_back(i);
            } else if (c == u'}' && !open.empty()) {
                m_match[size_t(open.back())] = i;
                open.pop_back();
            }
        }
    }

    QString convert() { return convertRange(0, m_source.size(), 0).simplified(); }

private:
    QString convertRange(qsizetype begin, qsizetype end, int depth)
    {
        QString out;
        if (depth > MaxDepth) {
            appendFlat(begin, end, out);
            return out;
        }
        qsizetype pos = begin;
        while (pos < end) {
            const QChar c = m_source[pos];
            if (c == u'^' || c == u'_') {
                QString argument;
                pos = readArgument(pos + 1, end, depth, argument);
                out += script(argument, c == u'^');
            } else {
                pos = readAtom(pos, end, depth, out);
            }
        }
        return out;
    }

    // The matching '}' of the '{' at `pos` when it lies before `end`, else -1.
    qsizetype groupEnd(qsizetype pos, qsizetype end) const
    {
        const qsizetype close = m_match[size_t(pos)];
        return close >= 0 && close < end ? close : -1;
    }

    // One token at `pos` (a group, a command with its arguments or one
    // character), converted onto `out`; returns the position after it.
    qsizetype readAtom(qsizetype pos, qsizetype end, int depth, QString &out)
    {
        const QChar c = m_source[pos];
        if (c == u'{') {
            const qsizetype close = groupEnd(pos, end);
            if (close < 0)
                return pos + 1; // a stray brace
            out += convertRange(pos + 1, close, depth + 1);
            return close + 1;
        }
        if (c == u'}')
            return pos + 1; // a stray brace
        if (c == u'\\')
            return readCommand(pos, end, depth, out);
        if (c == u'~' || c == u'&' || c.isSpace()) {
            out += QLatin1Char(' ');
        } else if (c == u'\'') {
            out += QChar(u'′');
        } else {
            const qsizetype length = std::min(codePointLength(m_source, pos), end - pos);
            out += m_source.mid(pos, length);
            return pos + length;
        }
        return pos + 1;
    }

    // The argument of a command, ^ or _: after optional spaces, one atom.
    qsizetype readArgument(qsizetype pos, qsizetype end, int depth, QString &out)
    {
        while (pos < end && m_source[pos].isSpace())
            ++pos;
        if (pos >= end || m_source[pos] == u'}')
            return pos;
        if (m_source[pos] == u'^' || m_source[pos] == u'_') {
            out += m_source[pos]; // "x^^" is a TeX error; show it as written
            return pos + 1;
        }
        return readAtom(pos, end, depth + 1, out);
    }

    QString argument(qsizetype &pos, qsizetype end, int depth)
    {
        QString text;
        pos = readArgument(pos, end, depth, text);
        return text.simplified();
    }

    // `\sqrt`'s optional `[index]`, converted; `pos` moves past it if found.
    QString optionalArgument(qsizetype &pos, qsizetype end, int depth)
    {
        if (pos >= end || m_source[pos] != u'[')
            return {};
        const qsizetype limit = std::min(end, pos + MaxOptionalArgument);
        for (qsizetype i = pos + 1; i < limit; ++i) {
            const QChar c = m_source[i];
            if (c == u'\\') {
                ++i;
            } else if (c == u'{') {
                const qsizetype close = groupEnd(i, limit);
                if (close < 0)
                    return {};
                i = close;
            } else if (c == u']') {
                const QString index = convertRange(pos + 1, i, depth + 1).simplified();
                pos = i + 1;
                return index;
            }
        }
        return {};
    }

    qsizetype readCommand(qsizetype pos, qsizetype end, int depth, QString &out)
    {
        if (pos + 1 >= end)
            return end; // a lone backslash at the end shows nothing
        if (!isAsciiLetter(m_source[pos + 1])) {
            const qsizetype length = std::min(codePointLength(m_source, pos + 1), end - pos - 1);
            appendControlSymbol(m_source.mid(pos + 1, length), out);
            return pos + 1 + length;
        }
        qsizetype next = pos + 1;
        while (next < end && isAsciiLetter(m_source[next]))
            ++next;
        const QStringView name = m_source.mid(pos + 1, next - pos - 1);
        if (depth > MaxDepth) {
            appendName(name, out);
            return next;
        }

        if (name == u"frac" || name == u"dfrac" || name == u"tfrac" || name == u"cfrac") {
            const QString numerator = argument(next, end, depth);
            const QString denominator = argument(next, end, depth);
            out += parenthesized(numerator) + QLatin1Char('/') + parenthesized(denominator);
        } else if (name == u"sqrt") {
            while (next < end && m_source[next].isSpace())
                ++next;
            const QString index = optionalArgument(next, end, depth);
            const QString radicand = argument(next, end, depth);
            if (index == u"3")
                out += QChar(u'∛');
            else if (index == u"4")
                out += QChar(u'∜');
            else if (!index.isEmpty() && index != u"2")
                out += script(index, true) + QChar(u'√');
            else
                out += QChar(u'√');
            out += parenthesized(radicand);
        } else if (name == u"mathbb") {
            const QString letter = argument(next, end, depth);
            static const QHash<QString, QString> doubleStruck = {
                {QStringLiteral("N"), QStringLiteral("ℕ")},
                {QStringLiteral("Z"), QStringLiteral("ℤ")},
                {QStringLiteral("Q"), QStringLiteral("ℚ")},
                {QStringLiteral("R"), QStringLiteral("ℝ")},
                {QStringLiteral("C"), QStringLiteral("ℂ")},
                {QStringLiteral("P"), QStringLiteral("ℙ")},
                {QStringLiteral("H"), QStringLiteral("ℍ")},
            };
            out += doubleStruck.value(letter, letter);
        } else if (name == u"binom" || name == u"dbinom" || name == u"tbinom") {
            const QString n = argument(next, end, depth);
            const QString k = argument(next, end, depth);
            out += QStringLiteral("C(") + n + QStringLiteral(", ") + k + QLatin1Char(')');
        } else if (name == u"begin" || name == u"end") {
            // The environment's name is layout, not content.
            while (next < end && m_source[next].isSpace())
                ++next;
            if (next < end && m_source[next] == u'{') {
                const qsizetype close = groupEnd(next, end);
                if (close >= 0)
                    next = close + 1;
            }
        } else if (name == u"left" || name == u"right" || name == u"middle") {
            // "\left." is an invisible delimiter.
            if (next < end && m_source[next] == u'.')
                ++next;
        } else if (name == u"not") {
            QString negated = argument(next, end, depth);
            if (negated == u"=")
                negated = QStringLiteral("≠");
            else if (negated == u"∈")
                negated = QStringLiteral("∉");
            else if (isOneCodePoint(negated))
                negated += QChar(u'\u0338');
            out += negated;
        } else if (showsArgument(name)) {
            if (name == u"operatorname" && next < end && m_source[next] == u'*')
                ++next;
            out += argument(next, end, depth);
        } else if (const QChar mark = accentMark(name); !mark.isNull()) {
            const QString base = argument(next, end, depth);
            out += base;
            if (isOneCodePoint(base))
                out += mark;
        } else {
            appendName(name, out);
        }
        return next;
    }

    static void appendName(QStringView name, QString &out)
    {
        const auto &table = symbols();
        const auto found = table.constFind(name);
        out += found != table.cend() ? *found : name;
    }

    // Nesting too deep for structure: symbols and names, braces dropped.
    void appendFlat(qsizetype begin, qsizetype end, QString &out) const
    {
        for (qsizetype pos = begin; pos < end; ++pos) {
            const QChar c = m_source[pos];
            if (c == u'{' || c == u'}')
                continue;
            if (c != u'\\') {
                out += c.isSpace() ? QChar(u' ') : c;
                continue;
            }
            if (pos + 1 >= end)
                break;
            if (!isAsciiLetter(m_source[pos + 1])) {
                appendControlSymbol(m_source.mid(pos + 1, 1), out);
                ++pos;
                continue;
            }
            qsizetype next = pos + 1;
            while (next < end && isAsciiLetter(m_source[next]))
                ++next;
            appendName(m_source.mid(pos + 1, next - pos - 1), out);
            pos = next - 1;
        }
    }

    QStringView m_source;
    std::vector<qsizetype> m_match; // for each '{', its '}' or -1
};

// Backslash-escapes ASCII punctuation, so that Markdown shows it literally.
QString escapedForMarkdown(const QString &text)
{
    static const QStringView punctuation = u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        if (punctuation.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A blank line starts at the '\n' at `pos`: only spaces up to the next one.
bool startsBlankLine(QStringView text, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n')
            return true;
        if (c != u' ' && c != u'\t' && c != u'\r')
            return false;
    }
    return true; // the end of the text ends the paragraph too
}

// The next unescaped '$' from `pos`, or -1 when a blank line or the end of
// the text comes first.
qsizetype nextDollar(QStringView text, qsizetype pos)
{
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            ++i;
        else if (c == u'$')
            return i;
        else if (c == u'\n' && startsBlankLine(text, i))
            return -1;
    }
    return -1;
}

// Runs of backticks in Markdown: a code span opens with a run and closes at
// the next run of the same length. Found in one pass, so that unmatched runs
// cost nothing more (searching forward from each would be quadratic).
struct BacktickRun {
    qsizetype position;
    qsizetype length;
    qsizetype closer = -1; // index of the next run of the same length
};

std::vector<BacktickRun> backtickRuns(QStringView text)
{
    std::vector<BacktickRun> runs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'`')
            continue;
        qsizetype end = i;
        while (end < text.size() && text[end] == u'`')
            ++end;
        runs.push_back({i, end - i});
        i = end - 1;
    }
    QHash<qsizetype, qsizetype> laterRunOfLength;
    for (qsizetype r = qsizetype(runs.size()) - 1; r >= 0; --r) {
        auto &run = runs[size_t(r)];
        run.closer = laterRunOfLength.value(run.length, -1);
        laterRunOfLength.insert(run.length, r);
    }
    return runs;
}

QString convertMath(QStringView text, bool markdown)
{
    QString out;
    out.reserve(text.size());
    std::vector<BacktickRun> runs;
    if (markdown)
        runs = backtickRuns(text);
    size_t run = 0; // the first run not yet behind the scan

    const qsizetype size = text.size();
    qsizetype pos = 0;
    while (pos < size) {
        const QChar c = text[pos];
        if (c == u'\\') {
            const qsizetype length = std::min<qsizetype>(2, size - pos);
            out += text.mid(pos, length);
            pos += length;
            continue;
        }
        if (c == u'`' && markdown) {
            while (run < runs.size() && runs[run].position + runs[run].length <= pos)
                ++run;
            const BacktickRun &here = runs[run];
            qsizetype next = here.position + here.length; // an unmatched run is literal
            // A run entered after its first backtick (escaped) opens nothing.
            if (here.position == pos && here.closer >= 0) {
                const BacktickRun &closer = runs[size_t(here.closer)];
                next = closer.position + closer.length;
            }
            out += text.mid(pos, next - pos);
            pos = next;
            continue;
        }
        if (c != u'$') {
            out += c;
            ++pos;
            continue;
        }

        const bool display = pos + 1 < size && text[pos + 1] == u'$';
        const qsizetype open = pos + (display ? 2 : 1);
        const qsizetype close = nextDollar(text, open);
        bool isMath = false;
        if (close > open) {
            if (display) {
                isMath = close + 1 < size && text[close + 1] == u'$' &&
                    !text.mid(open, close - open).trimmed().isEmpty();
            } else {
                isMath = !text[open].isSpace() && !text[close - 1].isSpace() &&
                    !(close + 1 < size && isAsciiDigit(text[close + 1]));
            }
        }
        if (!isMath) {
            // Only these dollars are literal: the scan goes on after them, so
            // the next '$' may still open a span ("$5 or $x$").
            out += text.mid(pos, open - pos);
            pos = open;
            continue;
        }
        const QString rendered = MathConverter(text.mid(open, close - open)).convert();
        out += markdown ? escapedForMarkdown(rendered) : rendered;
        pos = close + (display ? 2 : 1);
    }
    return out;
}

} // namespace

QString readableMath(const QString &text)
{
    return convertMath(text, false);
}

QString readableMathInMarkdown(const QString &markdown)
{
    return convertMath(markdown, true);
}

} // namespace wc
