// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QString>

// TeX math written by organizers (`$O(n^2)$` in an abstract), shown as
// readable Unicode text: the app has no math renderer, and plain text is what
// screen readers, search and one-line previews need anyway.
namespace wc {

// Replaces each math span with a Unicode rendering: `$O(n^2)$` gives
// "O(n²)", `$\alpha \leq \frac{a+b}{2}$` gives "α ≤ (a+b)/2". Everything
// outside math is left exactly as it is, escapes included.
//
// Spans:
// - `$$…$$` is display math; `$…$` is inline math when the opening `$` is
//   followed by a non-space, the closing one preceded by a non-space and not
//   followed by a digit, and no other `$` lies between them. So in
//   "between $5 and $10" neither `$` opens a span, and in "$5 or $x$" only
//   "$x$" is math.
// - A backslash escapes the next character: `\$` never delimits math (and is
//   left as `\$`, so Markdown still sees its escape).
// - No span crosses a blank line; an unmatched `$` or `$$` stays as it is.
//
// Inside math: Greek letters, operators, relations and arrows become their
// symbols; `^`/`_` with a character or a braced group become super/subscripts
// when Unicode has every character ("x²", "xᵢⱼ"), else "^c" or "^(…)";
// `\frac{a}{b}` gives "a/b" with parentheses around a part that is more than
// one number or symbol; `\sqrt` gives "√x" or "√(…)"; `\mathbb{R}` gives "ℝ";
// font and text commands give their content; unknown commands their name;
// stray braces are dropped and whitespace runs collapse to one space.
//
// Runs in linear time and bounded stack on any input: nesting deeper than a
// fixed limit is rendered flat.
QString readableMath(const QString &text);

// The same for Markdown source, before it is parsed: code spans and fenced
// blocks delimited by backticks are left alone, and the rendered math has its
// ASCII punctuation backslash-escaped so Markdown shows it literally (a `*` or
// `_` from a formula never starts emphasis, a `<` never starts an autolink).
QString readableMathInMarkdown(const QString &markdown);

} // namespace wc
