// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// TeX math in organizers' text, made readable: the conversions, where math
// starts and ends, and that hostile input neither crashes nor stalls.

#include "texmath.h"

#include <QElapsedTimer>
#include <QTest>

class TexMathTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conversions_data();
    void conversions();
    void delimiters_data();
    void delimiters();
    void markdownVariant_data();
    void markdownVariant();
    void hostileInput_data();
    void hostileInput();
};

void TexMathTest::conversions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &input, const QString &expected) {
        QTest::newRow(name) << input << expected;
    };
    // Greek and symbols.
    row("greek", QStringLiteral("$\\alpha + \\beta = \\Gamma$"), QStringLiteral("α + β = Γ"));
    row("greek run", QStringLiteral("$\\alpha\\beta\\omega$"), QStringLiteral("αβω"));
    row("capital greek", QStringLiteral("$\\Delta \\Sigma \\Omega$"), QStringLiteral("Δ Σ Ω"));
    row("relations", QStringLiteral("$a \\leq b \\geq c \\neq d \\approx e \\sim f$"),
        QStringLiteral("a ≤ b ≥ c ≠ d ≈ e ∼ f"));
    row("operators", QStringLiteral("$a \\times b \\cdot c \\pm d$"),
        QStringLiteral("a × b · c ± d"));
    row("sets and arrows", QStringLiteral("$x \\in S \\to \\infty$"), QStringLiteral("x ∈ S → ∞"));
    row("big operators", QStringLiteral("$\\sum \\prod \\int \\partial \\nabla$"),
        QStringLiteral("∑ ∏ ∫ ∂ ∇"));
    row("function names", QStringLiteral("$\\log n + \\exp(x)$"), QStringLiteral("log n + exp(x)"));
    row("unknown command", QStringLiteral("$\\foo x$"), QStringLiteral("foo x"));
    row("escaped braces", QStringLiteral("$\\{1, 2\\}$"), QStringLiteral("{1, 2}"));
    row("prime", QStringLiteral("$f'(x)$"), QStringLiteral("f′(x)"));

    // Super- and subscripts.
    row("square", QStringLiteral("$O(n^2)$"), QStringLiteral("O(n²)"));
    row("braced subscript", QStringLiteral("$x_{i}$"), QStringLiteral("xᵢ"));
    row("two-digit exponent", QStringLiteral("$2^{10}$"), QStringLiteral("2¹⁰"));
    row("negative exponent", QStringLiteral("$x^{-1}$"), QStringLiteral("x⁻¹"));
    row("spaces ignored in scripts", QStringLiteral("$x^{n + 1}$"), QStringLiteral("xⁿ⁺¹"));
    row("subscript word", QStringLiteral("$x_{\\max}$"), QStringLiteral("xₘₐₓ"));
    row("subscript pair", QStringLiteral("$a_{ij}$"), QStringLiteral("aᵢⱼ"));
    row("transpose", QStringLiteral("$A^T$"), QStringLiteral("Aᵀ"));
    row("greek superscript", QStringLiteral("$x^\\beta$"), QStringLiteral("xᵝ"));
    row("no superscript form", QStringLiteral("$2^q$"), QStringLiteral("2^q"));
    row("no subscript form, group", QStringLiteral("$x_{bc}$"), QStringLiteral("x_(bc)"));
    row("mixed group", QStringLiteral("$e^{i\\pi}$"), QStringLiteral("e^(iπ)"));
    row("command script", QStringLiteral("$\\sum_{i=1}^{n} x_i$"), QStringLiteral("∑ᵢ₌₁ⁿ xᵢ"));
    row("empty script", QStringLiteral("$x^{}$"), QStringLiteral("x"));
    row("every superscript letter", QStringLiteral("$x^{abcdefghijklmnoprstuvwxyz}$"),
        QStringLiteral("xᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"));
    row("every subscript letter", QStringLiteral("$x_{aehijklmnoprstuvx}$"),
        QStringLiteral("xₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"));
    row("superscript digits and signs", QStringLiteral("$x^{0123456789+-=()}$"),
        QStringLiteral("x⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾"));
    row("subscript digits and signs", QStringLiteral("$x_{0123456789+-=()}$"),
        QStringLiteral("x₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"));

    // Fractions and roots.
    row("simple fraction", QStringLiteral("$\\frac{1}{2}$"), QStringLiteral("1/2"));
    row("fraction of sums", QStringLiteral("$\\frac{a+b}{c-d}$"), QStringLiteral("(a+b)/(c-d)"));
    row("fraction with symbol", QStringLiteral("$\\frac{\\pi}{2}$"), QStringLiteral("π/2"));
    row("fraction with number", QStringLiteral("$\\frac{10}{3.5}$"), QStringLiteral("10/3.5"));
    row("fraction with script", QStringLiteral("$\\frac{1}{x^2}$"), QStringLiteral("1/x²"));
    row("fraction without braces", QStringLiteral("$\\frac12$"), QStringLiteral("1/2"));
    row("fraction of products", QStringLiteral("$\\frac{n(n+1)}{2}$"),
        QStringLiteral("(n(n+1))/2"));
    row("nested fraction", QStringLiteral("$\\frac{1}{\\frac{a}{b}}$"), QStringLiteral("1/(a/b)"));
    row("root", QStringLiteral("$\\sqrt{x}$"), QStringLiteral("√x"));
    row("root of sum", QStringLiteral("$\\sqrt{x^2+y^2}$"), QStringLiteral("√(x²+y²)"));
    row("cube root", QStringLiteral("$\\sqrt[3]{2}$"), QStringLiteral("∛2"));
    row("n-th root", QStringLiteral("$\\sqrt[n]{x}$"), QStringLiteral("ⁿ√x"));

    // Fonts, text and accents.
    row("blackboard", QStringLiteral("$x \\in \\mathbb{R}^n$"), QStringLiteral("x ∈ ℝⁿ"));
    row("blackboard sets", QStringLiteral("$\\mathbb{N} \\mathbb{Z} \\mathbb{Q} \\mathbb{C}$"),
        QStringLiteral("ℕ ℤ ℚ ℂ"));
    row("blackboard other", QStringLiteral("$\\mathbb{E}$"), QStringLiteral("E"));
    row("calligraphic", QStringLiteral("$\\mathcal{O}(1)$"), QStringLiteral("O(1)"));
    row("text", QStringLiteral("$\\text{if } x > 0$"), QStringLiteral("if x > 0"));
    row("bold", QStringLiteral("$\\mathbf{W}x + \\textbf{b}$"), QStringLiteral("Wx + b"));
    row("operator name", QStringLiteral("$\\operatorname{softmax}(z)$"),
        QStringLiteral("softmax(z)"));
    row("roman", QStringLiteral("$10\\,\\mathrm{ms}$"), QStringLiteral("10 ms"));
    row("hat", QStringLiteral("$\\hat{y}$"), QStringLiteral("y\u0302"));
    row("delimiters", QStringLiteral("$\\left( \\frac{a}{b} \\right)$"), QStringLiteral("( a/b )"));
    row("invisible delimiter", QStringLiteral("$\\left. x \\right|$"), QStringLiteral("x |"));

    // Braces.
    row("nested braces", QStringLiteral("$x^{{{2}}}$"), QStringLiteral("x²"));
    row("nested groups", QStringLiteral("$\\frac{\\sqrt{a+{b}}}{{c}}$"),
        QStringLiteral("(√(a+b))/c"));
    row("stray opening brace", QStringLiteral("$a{b$"), QStringLiteral("ab"));
    row("stray closing brace", QStringLiteral("$a}b$"), QStringLiteral("ab"));
    row("missing arguments", QStringLiteral("$\\frac$"), QStringLiteral("/"));
    row("control space", QStringLiteral("$a\\ b$"), QStringLiteral("a b"));
    row("backslash at the end", QStringLiteral("$a \\\\$"), QStringLiteral("a ;"));
    row("surrogate pair", QStringLiteral("$x^😀$"), QStringLiteral("x^😀"));
}

void TexMathTest::conversions()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(wc::readableMath(input), expected);
}

void TexMathTest::delimiters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &input, const QString &expected) {
        QTest::newRow(name) << input << expected;
    };
    row("no math", QStringLiteral("plain text, {braces} and \\commands"),
        QStringLiteral("plain text, {braces} and \\commands"));
    row("text around math is kept", QStringLiteral("Runs in $O(n^2)$ time."),
        QStringLiteral("Runs in O(n²) time."));
    row("two spans", QStringLiteral("$a^2$ and $b_1$"), QStringLiteral("a² and b₁"));
    row("display math", QStringLiteral("so $$\\sum_i x_i$$ holds"),
        QStringLiteral("so ∑ᵢ xᵢ holds"));
    row("display math on lines", QStringLiteral("$$\n  E = mc^2\n$$"), QStringLiteral("E = mc²"));
    row("inline math across one line break", QStringLiteral("$a +\nb$"), QStringLiteral("a + b"));
    // Prices: a '$' followed by a space cannot open, one preceded by a space
    // cannot close, and a closing '$' cannot be followed by a digit.
    row("prices", QStringLiteral("between $5 and $10"), QStringLiteral("between $5 and $10"));
    row("prices with math after", QStringLiteral("$5 or $x^2$"), QStringLiteral("$5 or x²"));
    row("closing dollar before digit", QStringLiteral("$x$5"), QStringLiteral("$x$5"));
    row("space after opening dollar", QStringLiteral("$ x$"), QStringLiteral("$ x$"));
    row("escaped dollars", QStringLiteral("costs \\$5 and \\$10"),
        QStringLiteral("costs \\$5 and \\$10"));
    row("escaped dollar inside math", QStringLiteral("$\\$x$"), QStringLiteral("$x"));
    row("unmatched dollar", QStringLiteral("only $x here"), QStringLiteral("only $x here"));
    row("unmatched display", QStringLiteral("$$x^2 and more"), QStringLiteral("$$x^2 and more"));
    row("empty display", QStringLiteral("$$ $$"), QStringLiteral("$$ $$"));
    row("lone dollar", QStringLiteral("$"), QStringLiteral("$"));
    row("blank line ends a span", QStringLiteral("$a\n\nb$"), QStringLiteral("$a\n\nb$"));
    row("backslash at the end of text", QStringLiteral("a\\"), QStringLiteral("a\\"));
}

void TexMathTest::delimiters()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(wc::readableMath(input), expected);
}

void TexMathTest::markdownVariant_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &input, const QString &expected) {
        QTest::newRow(name) << input << expected;
    };
    row("punctuation escaped", QStringLiteral("*a* $O(n^2)$"), QStringLiteral("*a* O\\(n²\\)"));
    row("emphasis markers escaped", QStringLiteral("$a * b * c$"), QStringLiteral("a \\* b \\* c"));
    row("code span kept", QStringLiteral("`$x^2$` and $x^2$"), QStringLiteral("`$x^2$` and x²"));
    row("double backtick span kept", QStringLiteral("``a ` $x$`` $y$"),
        QStringLiteral("``a ` $x$`` y"));
    row("fenced block kept", QStringLiteral("```\n$x^2$\n```\n$x^2$"),
        QStringLiteral("```\n$x^2$\n```\nx²"));
    row("unmatched backtick", QStringLiteral("a ` $x^2$"), QStringLiteral("a ` x²"));
    row("escaped backtick", QStringLiteral("\\`$x^2$`"), QStringLiteral("\\`x²`"));
    row("escaped dollar kept", QStringLiteral("\\$5"), QStringLiteral("\\$5"));
}

void TexMathTest::markdownVariant()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(wc::readableMathInMarkdown(input), expected);
}

void TexMathTest::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    constexpr qsizetype MiB = 1024 * 1024;
    QTest::newRow("100k opening braces")
        << QStringLiteral("$") + QString(100000, QLatin1Char('{')) + QStringLiteral("x$");
    QTest::newRow("100k nested groups") << QStringLiteral("$") + QString(100000, QLatin1Char('{')) +
            QStringLiteral("x") + QString(100000, QLatin1Char('}')) + QStringLiteral("$");
    QTest::newRow("100k nested scripts") << QStringLiteral("$") +
            QStringLiteral("x^{").repeated(100000) + QString(100000, QLatin1Char('}')) +
            QStringLiteral("$");
    QTest::newRow("nested roots") << QStringLiteral("$") +
            QStringLiteral("\\sqrt").repeated(100000) + QStringLiteral("x$");
    QTest::newRow("unclosed root indexes")
        << QStringLiteral("$") + QStringLiteral("\\sqrt[").repeated(100000) + QStringLiteral("$");
    QTest::newRow("nested fractions") << QStringLiteral("$") +
            QStringLiteral("\\frac{").repeated(50000) + QStringLiteral("1}{2}").repeated(50000) +
            QStringLiteral("$");
    QTest::newRow("1 MiB of one span") << QStringLiteral("$") +
            QStringLiteral("\\alpha^{2}_i + ").repeated(MiB / 16) + QStringLiteral("x$");
    QTest::newRow("1 MiB of dollars") << QString(MiB, QLatin1Char('$'));
    QTest::newRow("1 MiB of dollar pairs") << QStringLiteral("$x").repeated(MiB / 2);
    QTest::newRow("1 MiB of lone backslashes") << QString(MiB, QLatin1Char('\\'));
    QTest::newRow("1 MiB of backslashes in math")
        << QStringLiteral("$") + QString(MiB, QLatin1Char('\\')) + QStringLiteral("x$");
    QTest::newRow("1 MiB of prices") << QStringLiteral("$5 and ").repeated(MiB / 7);
    QTest::newRow("1 MiB of blank lines")
        << QStringLiteral("$a") + QStringLiteral("\n \n").repeated(MiB / 3);
    QTest::newRow("1 MiB of backtick runs") << [] {
        // Runs of every length, none closed: searching forward from each run
        // would be quadratic.
        QString text;
        for (int length = 1; text.size() < MiB; ++length)
            text += QString(length, QLatin1Char('`')) + QStringLiteral(" $x$ ");
        return text;
    }();
}

void TexMathTest::hostileInput()
{
    QFETCH(QString, input);
    QElapsedTimer timer;
    timer.start();
    const QString plain = wc::readableMath(input);
    const QString markdown = wc::readableMathInMarkdown(input);
    // Generous for a debug build on a loaded machine; quadratic behaviour on
    // a mebibyte takes minutes.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(plain.size() <= input.size() * 2);
    QVERIFY(markdown.size() <= input.size() * 3);
}

QTEST_GUILESS_MAIN(TexMathTest)
#include "tst_texmath.moc"
