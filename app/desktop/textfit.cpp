// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "textfit.h"

#include <QRawFont>

#include <algorithm>

namespace {

// Shorter texts are cheap to shape whole.
constexpr qsizetype wholeBelow = 24;

// Characters whose shaping may join, reorder or reposition letters (from
// Hebrew to Mongolian and Balinese, and the Indic extensions), and
// surrogates.
bool shapingMatters(QChar c)
{
    const auto u = c.unicode();
    return (u >= 0x0590 && u <= 0x1DFF) || (u >= 0xA800 && u <= 0xABFF) || c.isSurrogate();
}

} // namespace

QString TextFit::elisionPrefix(const QString &text, qreal width, const QFont &font) const
{
    // Not laid out yet: nothing shows.
    if (width <= 0)
        return QString();
    if (text.size() < wholeBelow || std::any_of(text.cbegin(), text.cend(), shapingMatters))
        return text;
    const auto raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return text;
    const auto glyphs = raw.glyphIndexesForString(text);
    if (glyphs.size() != text.size())
        return text;
    const auto advances = raw.advancesForGlyphIndexes(glyphs);
    // A quarter more than the line, and a few characters: the ellipsis
    // itself, kerning and ligatures take far less.
    const qreal room = width * 1.25 + 4 * raw.averageCharWidth();
    qreal advance = 0;
    for (qsizetype i = 0; i < advances.size(); ++i) {
        // A character the font lacks comes from another font, of unknown
        // width: counting none keeps the prefix long enough.
        if (glyphs.at(i) != 0)
            advance += advances.at(i).x();
        if (advance > room)
            return text.left(i + 1);
    }
    return text;
}
