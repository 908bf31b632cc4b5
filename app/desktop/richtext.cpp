// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "richtext.h"

#include "texmath.h"

#include <QList>
#include <QStringView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

namespace {

// QTextDocument asks loadResource for what it lays out: images (and style
// sheets, only in HTML input). That would go to an application-wide resource
// provider or read a local file. Images are gone before anything lays the
// document out; this refuses whatever might still ask.
class InertDocument final : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QTextDocument::MarkdownFeatures markdownFeatures()
{
    // Qt 6.4 declares no operator| for MarkdownFeature. Without HTML, raw tags
    // in the source are shown as the text they are.
    return QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) |
        QTextDocument::MarkdownNoHTML;
}

// Qt 6.4's Markdown reader (and the HTML reader QML's Text uses) takes time
// quadratic in the spans of one paragraph, the items of one list and the rows
// of one table: a few thousand take seconds, a hostile mebibyte hours. Past
// these counts, far above any real abstract, bio or page, text is shown
// plain.
constexpr int MaxSpanMarksPerParagraph = 1000;
constexpr int MaxLines = 2000;
constexpr int MaxTableLines = 500;

// Counts, in one pass, what may start a span (emphasis, code, link, image,
// strikethrough, autolink) in each paragraph, and the lines; counting
// generously is fine, only the order of magnitude matters.
bool isTooComplex(QStringView markdown)
{
    int marks = 0;
    int lines = 0;
    int tableLines = 0;
    bool blankLine = true;
    bool tableLine = false;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown[i];
        if (c == u'\n') {
            ++lines;
            tableLines += tableLine ? 1 : 0;
            if (blankLine)
                marks = 0; // a new paragraph
            blankLine = true;
            tableLine = false;
        } else {
            blankLine = blankLine && c.isSpace();
            tableLine = tableLine || c == u'|';
            static const QStringView spanMarks = u"*_`[]~<@:";
            if (spanMarks.contains(c) || (c == u'w' && markdown.mid(i, 4) == u"www."))
                ++marks;
        }
        if (marks > MaxSpanMarksPerParagraph || lines > MaxLines || tableLines > MaxTableLines)
            return true;
    }
    return tableLine && tableLines + 1 > MaxTableLines;
}

// No real abstract, bio or page comes near this; showing a longer text (the
// loader allows a mebibyte) would take seconds in QML's Text whatever the
// markup.
constexpr qsizetype MaxSourceLength = 128 * 1024;

// `text` cut to MaxSourceLength at a line break or space, marked with "…".
QString shortened(const QString &text)
{
    if (text.size() <= MaxSourceLength)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char('\n'), MaxSourceLength);
    if (cut < MaxSourceLength / 2)
        cut = text.lastIndexOf(QLatin1Char(' '), MaxSourceLength);
    if (cut < MaxSourceLength / 2)
        cut = text[MaxSourceLength - 1].isHighSurrogate() ? MaxSourceLength - 1 : MaxSourceLength;
    return text.left(cut) + QChar(u'…');
}

// Plain text with one block per paragraph: lines within one are joined by
// line separators, which keeps the HTML small (each block brings its own
// style attribute) and quick for QML to show.
QString asParagraphs(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QStringView view(text);
    qsizetype start = 0;
    bool pendingBreak = false;
    bool pendingParagraph = false;
    while (start <= view.size()) {
        qsizetype end = view.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = view.size();
        QStringView line = view.mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            pendingParagraph = pendingParagraph || !out.isEmpty();
        } else {
            if (pendingParagraph)
                out += QLatin1Char('\n');
            else if (pendingBreak)
                out += QChar(QChar::LineSeparator);
            out += line;
            pendingParagraph = false;
            pendingBreak = true;
        }
        if (pendingParagraph)
            pendingBreak = false;
        start = end + 1;
    }
    return out;
}

void parse(QTextDocument &document, const QString &markdown)
{
    const QString text = shortened(markdown);
    const QString source = wc::readableMathInMarkdown(text);
    if (isTooComplex(source))
        document.setPlainText(asParagraphs(wc::readableMath(text)));
    else
        document.setMarkdown(source, markdownFeatures());
    RichText::sanitize(&document);
}

struct Span {
    int position = 0;
    int length = 0;
    QTextCharFormat format;
};

template<typename Visit> void forEachFragment(const QTextDocument *document, Visit visit)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid())
                visit(it.fragment());
        }
    }
}

// The format of an image's replacement text: the image's own format (which
// may carry a link) without what makes it an image.
QTextCharFormat textFormatOf(const QTextCharFormat &image)
{
    QTextCharFormat text;
    const auto properties = image.properties();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        const bool imageProperty = it.key() >= QTextFormat::ImageName && it.key() < 0x6000;
        if (!imageProperty && it.key() != QTextFormat::ObjectType)
            text.setProperty(it.key(), it.value());
    }
    return text;
}

} // namespace

bool RichText::isSafeLink(const QString &href)
{
    const QUrl url(href.trimmed());
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https") || scheme == QStringLiteral("http"))
        return !url.host().isEmpty();
    if (scheme == QStringLiteral("mailto"))
        return !url.path().isEmpty();
    return false;
}

void RichText::sanitize(QTextDocument *document)
{
    // Images first, replaced from the last so that earlier positions hold.
    QList<Span> images;
    forEachFragment(document, [&images](const QTextFragment &fragment) {
        if (fragment.charFormat().isImageFormat()) {
            // Equal images side by side share one fragment.
            for (int i = 0; i < fragment.length(); ++i)
                images.append({fragment.position() + i, 1, fragment.charFormat()});
        }
    });
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const QString alt = it->format.stringProperty(QTextFormat::ImageAltText).simplified();
        QTextCursor cursor(document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(
            alt.isEmpty() ? QStringLiteral("[image]") : alt, textFormatOf(it->format));
    }

    // Then links and sizes: formats only, so positions do not move.
    QList<Span> changes;
    forEachFragment(document, [&changes](const QTextFragment &fragment) {
        QTextCharFormat format = fragment.charFormat();
        bool changed = false;
        if (format.isAnchor() || format.hasProperty(QTextFormat::AnchorHref)) {
            const QString href = format.anchorHref();
            if (isSafeLink(href)) {
                // What QML is handed is exactly what was checked, encoded.
                const QString normalized = QUrl(href.trimmed()).toString(QUrl::FullyEncoded);
                changed = normalized != href;
                format.setAnchorHref(normalized);
            } else {
                // Keep the text, drop the link and its look.
                format.clearProperty(QTextFormat::IsAnchor);
                format.clearProperty(QTextFormat::AnchorHref);
                format.clearProperty(QTextFormat::ForegroundBrush);
                format.clearProperty(QTextFormat::FontUnderline);
                format.clearProperty(QTextFormat::TextUnderlineStyle);
                format.clearProperty(QTextFormat::TextToolTip);
                changed = true;
            }
        }
        // Code spans get the application's fixed font in points; the QML item
        // decides sizes (headings are relative and stay).
        if (format.hasProperty(QTextFormat::FontPointSize) ||
            format.hasProperty(QTextFormat::FontPixelSize)) {
            format.clearProperty(QTextFormat::FontPointSize);
            format.clearProperty(QTextFormat::FontPixelSize);
            changed = true;
        }
        if (changed)
            changes.append({fragment.position(), fragment.length(), format});
    });
    for (const Span &change : std::as_const(changes)) {
        QTextCursor cursor(document);
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
}

QString RichText::markdownToHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    InertDocument document;
    parse(document, markdown);
    QString html = document.toHtml();

    // The doctype names a w3.org DTD. Nothing fetches it, but the output
    // should hold no URL that is not an allowed link.
    if (html.startsWith(QStringLiteral("<!DOCTYPE"))) {
        const qsizetype endOfLine = html.indexOf(QLatin1Char('\n'));
        html.remove(0, endOfLine < 0 ? html.size() : endOfLine + 1);
    }
    // The body's style sets the font of this process's default QTextDocument,
    // which would override the font of the QML item showing the text. Text
    // is escaped, so the first "<body" is the tag.
    const qsizetype body = html.indexOf(QStringLiteral("<body"));
    const qsizetype bodyEnd = body < 0 ? -1 : html.indexOf(QLatin1Char('>'), body);
    if (bodyEnd > body)
        html.replace(body, bodyEnd - body + 1, QStringLiteral("<body>"));
    return html;
}

QString RichText::markdownToPlainText(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    InertDocument document;
    parse(document, markdown);
    return document.toPlainText().simplified();
}
