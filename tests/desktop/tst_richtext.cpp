// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// Organizers' Markdown as QML rich text: it renders, and nothing in it can
// load a resource, inject HTML or make an unsafe link clickable.

#include "richtext.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlNetworkAccessManagerFactory>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

#include <memory>

// Generated with the QML module (qt_add_qml_module), in the library linked.
void qml_register_types_WorkshopCompanion();

namespace {

// Records what a document would load, and loads nothing.
class RecordingDocument : public QTextDocument {
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int, const QUrl &name) override
    {
        requested.append(name);
        return {};
    }
};

// Shows `html` as QML's Text does (a QTextDocument) and lays it out, which is
// when images are loaded; returns what was requested.
QList<QUrl> resourcesRequestedBy(const QString &html)
{
    RecordingDocument document;
    document.setHtml(html);
    document.setTextWidth(400);
    document.adjustSize();
    return document.requested;
}

// Every URL that QML asks the network for, from whatever thread; nothing is
// actually fetched (every request gets a blank 1×1 PNG).
class RecordingNetworkFactory : public QQmlNetworkAccessManagerFactory {
public:
    QNetworkAccessManager *create(QObject *parent) override { return new Manager(this, parent); }

    QList<QUrl> requested() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requested;
    }

private:
    class Manager : public QNetworkAccessManager {
    public:
        Manager(RecordingNetworkFactory *factory, QObject *parent)
            : QNetworkAccessManager(parent)
            , m_factory(factory)
        {
        }

    protected:
        QNetworkReply *createRequest(
            Operation operation, const QNetworkRequest &request, QIODevice *data) override
        {
            {
                QMutexLocker lock(&m_factory->m_mutex);
                m_factory->m_requested.append(request.url());
            }
            QNetworkRequest nowhere(request);
            nowhere.setUrl(QUrl(QStringLiteral(
                "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")));
            return QNetworkAccessManager::createRequest(operation, nowhere, data);
        }

    private:
        RecordingNetworkFactory *m_factory;
    };

    mutable QMutex m_mutex;
    QList<QUrl> m_requested;
};

// The targets of the links a QTextDocument finds in `html`, in order.
QStringList linksIn(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                links.append(format.anchorHref());
        }
    }
    return links;
}

QString visibleText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

// A tag (not escaped text: '<' in text is written "&lt;") with a src
// attribute.
bool hasSrcAttribute(const QString &html)
{
    static const QRegularExpression tagWithSrc(
        QStringLiteral("<[^>]*\\bsrc\\s*="), QRegularExpression::CaseInsensitiveOption);
    return html.contains(tagWithSrc);
}

} // namespace

class RichTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qml_register_types_WorkshopCompanion(); }
    void markdownRenders();
    void htmlSuitsQmlText();
    void imagesBecomeText_data();
    void imagesBecomeText();
    void imageWithoutAltText();
    void absoluteSizesDropped();
    void rawHtmlIsText_data();
    void rawHtmlIsText();
    void unsafeLinksAreText_data();
    void unsafeLinksAreText();
    void safeLinksStay_data();
    void safeLinksStay();
    void safeLinkCheck_data();
    void safeLinkCheck();
    void nothingIsLoaded();
    void qmlTextFetchesNothing();
    void mathIsConverted();
    void plainText_data();
    void plainText();
    void emptyInput();
    void invokableFromQml();
    void intricateTextIsShownPlain();
    void longTextIsShortened();
    void hostileInput_data();
    void hostileInput();
};

void RichTextTest::markdownRenders()
{
    const QString html = RichText::markdownToHtml(
        QStringLiteral("Some *emphasis* and **strength**.\n\n- one\n- two\n\n1. first\n\n"
                       "# Heading\n\nA [link](https://ok.example/page) and `code`."));
    QVERIFY(html.contains(QStringLiteral("font-style:italic;\">emphasis</span>")));
    QVERIFY(html.contains(QStringLiteral("font-weight:700;\">strength</span>")));
    QVERIFY(html.contains(QStringLiteral("<ul")));
    QVERIFY(html.contains(QStringLiteral("<ol")));
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("<li[^>]*>one</li>"))));
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("<h1[^>]*>.*Heading.*</h1>"))));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://ok.example/page\">")));
    QVERIFY(html.contains(QStringLiteral("font-family:'monospace';\">code</span>")));
    QCOMPARE(linksIn(html), QStringList {QStringLiteral("https://ok.example/page")});
}

void RichTextTest::htmlSuitsQmlText()
{
    const QString html = RichText::markdownToHtml(QStringLiteral("Text with `code`."));
    // No doctype (it names a remote DTD) and no body font or absolute sizes,
    // which would override the font of the QML item.
    QVERIFY(!html.contains(QStringLiteral("DOCTYPE")));
    QVERIFY(!html.contains(QStringLiteral("w3.org")));
    QVERIFY(html.contains(QStringLiteral("<body>")));
    QVERIFY(!html.contains(QStringLiteral("font-size:")));
    QVERIFY(!html.contains(QStringLiteral("pt;")));
    QCOMPARE(visibleText(html), QStringLiteral("Text with code."));
}

void RichTextTest::imagesBecomeText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("inline image") << QStringLiteral("See ![x](https://evil.example/p.png) here")
                                  << QStringLiteral("See x here");
    QTest::newRow("reference image")
        << QStringLiteral("![a photo][p]\n\n[p]: https://evil.example/r.png")
        << QStringLiteral("a photo");
    QTest::newRow("image in a link")
        << QStringLiteral("[![badge](https://evil.example/b.svg)](https://ok.example/)")
        << QStringLiteral("badge");
    QTest::newRow("image without alt text")
        << QStringLiteral("Before ![](https://evil.example/e.png) after")
        << QStringLiteral("Before after");
    QTest::newRow("local file") << QStringLiteral("![secret](file:///etc/passwd)")
                                << QStringLiteral("secret");
    QTest::newRow("two images side by side")
        << QStringLiteral("![a](https://evil.example/1.png)![a](https://evil.example/1.png)")
        << QStringLiteral("aa");
}

void RichTextTest::imagesBecomeText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    const QString html = RichText::markdownToHtml(markdown);
    QVERIFY2(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!hasSrcAttribute(html), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("evil.example")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("/etc/passwd")), qPrintable(html));
    QCOMPARE(visibleText(html), text);
    QCOMPARE(RichText::markdownToPlainText(markdown), text);
}

void RichTextTest::imageWithoutAltText()
{
    // Qt 6.4's Markdown reader drops images without alt text itself; a
    // document that has one gets a placeholder.
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("a "));
    QTextImageFormat image;
    image.setName(QStringLiteral("https://evil.example/x.png"));
    cursor.insertImage(image);
    cursor.insertText(QStringLiteral(" b"));
    RichText::sanitize(&document);
    QCOMPARE(document.toPlainText(), QStringLiteral("a [image] b"));
    QVERIFY(!document.toHtml().contains(QStringLiteral("evil.example")));
}

void RichTextTest::absoluteSizesDropped()
{
    // Qt's Markdown reader gives code the desktop's fixed font in points; on
    // desktops where that differs from the application font, the size would
    // override the QML item's. Relative sizes (headings) stay.
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat points;
    points.setFontPointSize(31);
    cursor.insertText(QStringLiteral("points "), points);
    QTextCharFormat pixels;
    pixels.setProperty(QTextFormat::FontPixelSize, 37);
    cursor.insertText(QStringLiteral("pixels "), pixels);
    QTextCharFormat relative;
    relative.setProperty(QTextFormat::FontSizeAdjustment, 2);
    cursor.insertText(QStringLiteral("relative"), relative);
    RichText::sanitize(&document);

    const QString html = document.toHtml();
    QVERIFY2(!html.contains(QStringLiteral("31pt")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("37px")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("font-size:x-large")), qPrintable(html));
    QCOMPARE(document.toPlainText(), QStringLiteral("points pixels relative"));
}

void RichTextTest::rawHtmlIsText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("tag");

    QTest::newRow("img") << QStringLiteral("Hi <img src=\"https://evil.example/q.png\"> there")
                         << QStringLiteral("<img");
    QTest::newRow("IMG block") << QStringLiteral("<IMG SRC=https://evil.example/q.png>")
                               << QStringLiteral("<img");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                            << QStringLiteral("<script");
    QTest::newRow("inline script")
        << QStringLiteral("text <script>alert(1)</script> text") << QStringLiteral("<script");
    QTest::newRow("anchor") << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>")
                            << QStringLiteral("<a ");
    QTest::newRow("style") << QStringLiteral("<style>body { background: url(x) }</style>")
                           << QStringLiteral("<style>body");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example/\"></iframe>")
                            << QStringLiteral("<iframe");
}

void RichTextTest::rawHtmlIsText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, tag);
    const QString html = RichText::markdownToHtml(markdown);
    QVERIFY2(!html.contains(tag, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!hasSrcAttribute(html), qPrintable(html));
    QVERIFY2(linksIn(html).isEmpty(), qPrintable(html));
    // Shown as the text it is.
    QVERIFY2(html.contains(QStringLiteral("&lt;")), qPrintable(html));
    QVERIFY(visibleText(html).contains(tag.trimmed(), Qt::CaseInsensitive));
    QVERIFY(resourcesRequestedBy(html).isEmpty());
}

void RichTextTest::unsafeLinksAreText_data()
{
    QTest::addColumn<QString>("markdown");

    QTest::newRow("javascript") << QStringLiteral("[click me](javascript:alert(1))");
    QTest::newRow("upper-case javascript") << QStringLiteral("[click me](JavaScript:alert(1))");
    QTest::newRow("javascript autolink") << QStringLiteral("<javascript:alert(1)> click me");
    QTest::newRow("reference") << QStringLiteral("[click me][r]\n\n[r]: javascript:alert(1)");
    QTest::newRow("vbscript") << QStringLiteral("[click me](vbscript:msgbox)");
    QTest::newRow("data") << QStringLiteral("[click me](data:text/html;base64,PHNjcmlwdD4=)");
    QTest::newRow("file") << QStringLiteral("[click me](file:///etc/passwd)");
    QTest::newRow("relative") << QStringLiteral("[click me](../secret.html)");
    QTest::newRow("scheme-relative") << QStringLiteral("[click me](//evil.example/)");
    QTest::newRow("fragment") << QStringLiteral("[click me](#top)");
    QTest::newRow("http without host") << QStringLiteral("[click me](http:evil)");
    QTest::newRow("entity-obfuscated") << QStringLiteral("[click me](&#106;avascript:alert(1))");
    QTest::newRow("empty") << QStringLiteral("[click me]()");
}

void RichTextTest::unsafeLinksAreText()
{
    QFETCH(QString, markdown);
    const QString html = RichText::markdownToHtml(markdown);
    QVERIFY2(!html.contains(QStringLiteral("href"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<a "), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(linksIn(html).isEmpty(), qPrintable(html));
    // The text stays, without a link's colour.
    QVERIFY(visibleText(html).contains(QStringLiteral("click me")));
    QVERIFY2(!html.contains(QStringLiteral("color:")), qPrintable(html));
}

void RichTextTest::safeLinksStay_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("href");

    QTest::newRow("https") << QStringLiteral("[a](https://ok.example)")
                           << QStringLiteral("https://ok.example");
    QTest::newRow("http with path and query") << QStringLiteral("[a](http://ok.example/p?q=1)")
                                              << QStringLiteral("http://ok.example/p?q=1");
    QTest::newRow("upper-case scheme")
        << QStringLiteral("[a](HTTPS://ok.example/)") << QStringLiteral("https://ok.example/");
    QTest::newRow("mailto") << QStringLiteral("[write](mailto:chair@ok.example)")
                            << QStringLiteral("mailto:chair@ok.example");
    QTest::newRow("url autolink") << QStringLiteral("see https://ok.example/x")
                                  << QStringLiteral("https://ok.example/x");
    QTest::newRow("angle autolink")
        << QStringLiteral("see <https://ok.example/y>") << QStringLiteral("https://ok.example/y");
    QTest::newRow("www autolink") << QStringLiteral("see www.ok.example")
                                  << QStringLiteral("http://www.ok.example");
    QTest::newRow("email autolink")
        << QStringLiteral("write to chair@ok.example") << QStringLiteral("mailto:chair@ok.example");
    QTest::newRow("space encoded") << QStringLiteral("[a](<https://ok.example/a b>)")
                                   << QStringLiteral("https://ok.example/a%20b");
}

void RichTextTest::safeLinksStay()
{
    QFETCH(QString, markdown);
    QFETCH(QString, href);
    const QString html = RichText::markdownToHtml(markdown);
    QCOMPARE(linksIn(html), QStringList {href});
    QVERIFY2(html.contains(QStringLiteral("<a href=\"") + href + QStringLiteral("\">")),
        qPrintable(html));
}

void RichTextTest::safeLinkCheck_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("safe");

    QTest::newRow("https") << QStringLiteral("https://ok.example/") << true;
    QTest::newRow("http") << QStringLiteral("http://ok.example") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:a@ok.example") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://ok.example") << false;
    QTest::newRow("relative") << QStringLiteral("page.html") << false;
    QTest::newRow("empty mailto") << QStringLiteral("mailto:") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("control character") << QStringLiteral("\u0001javascript:alert(1)") << false;
}

void RichTextTest::safeLinkCheck()
{
    QFETCH(QString, href);
    QFETCH(bool, safe);
    QCOMPARE(RichText::isSafeLink(href), safe);
}

void RichTextTest::nothingIsLoaded()
{
    const QString markdown =
        QStringLiteral("A bio ![me](https://evil.example/me.png) with ![local](file:///etc/hosts), "
                       "![qrc](qrc:/icon.png) and ![relative](photo.jpg).\n\n"
                       "| a | b |\n|---|---|\n| ![t](https://evil.example/t.png) | x |\n");

    // The check is real: the same Markdown, unsanitized, requests its images.
    RecordingDocument unsanitized;
    unsanitized.setMarkdown(markdown);
    unsanitized.setTextWidth(400);
    unsanitized.adjustSize();
    QVERIFY(!unsanitized.requested.isEmpty());

    const QString html = RichText::markdownToHtml(markdown);
    QCOMPARE(resourcesRequestedBy(html), QList<QUrl>());
    for (const char *leak : {"evil.example", "/etc/hosts", "qrc:", "photo.jpg", "<img"})
        QVERIFY2(!html.contains(QLatin1String(leak)), leak);
    QVERIFY(!hasSrcAttribute(html));
    QCOMPARE(visibleText(html), QStringLiteral("A bio me with local, qrc and relative. a b t x"));
}

void RichTextTest::qmlTextFetchesNothing()
{
    RecordingNetworkFactory network;
    QQmlEngine engine;
    engine.setNetworkAccessManagerFactory(&network);
    QQmlComponent component(&engine);
    component.setData(QByteArrayLiteral("import QtQuick\n"
                                        "import WorkshopCompanion\n"
                                        "Text {\n"
                                        "    property string markdown\n"
                                        "    width: 400\n"
                                        "    textFormat: Text.RichText\n"
                                        "    text: RichText.toHtml(markdown)\n"
                                        "}\n"),
        QUrl(QStringLiteral("qrc:/tst_richtext/Bio.qml")));
    std::unique_ptr<QObject> text(component.create());
    QVERIFY2(text, qPrintable(component.errorString()));

    // The check is real: HTML with a remote image, shown as is, is fetched.
    QQmlComponent raw(&engine);
    raw.setData(QByteArrayLiteral("import QtQuick\n"
                                  "Text {\n"
                                  "    textFormat: Text.RichText\n"
                                  "    text: '<img src=\"https://evil.example/control.png\">'\n"
                                  "}\n"),
        QUrl(QStringLiteral("qrc:/tst_richtext/Raw.qml")));
    std::unique_ptr<QObject> rawText(raw.create());
    QVERIFY2(rawText, qPrintable(raw.errorString()));
    QTRY_COMPARE(network.requested(),
        QList<QUrl> {QUrl(QStringLiteral("https://evil.example/control.png"))});

    text->setProperty("markdown",
        QStringLiteral("A bio with ![a photo](https://evil.example/me.png) and "
                       "<img src=\"https://evil.example/raw.png\">, "
                       "[a site](https://ok.example) and [no](javascript:alert(1))."));
    const QString shown = text->property("text").toString();
    QVERIFY(shown.contains(QStringLiteral("a photo")));
    QVERIFY(shown.contains(QStringLiteral("<a href=\"https://ok.example\">")));
    QVERIFY(!shown.contains(QStringLiteral("javascript")));
    // Give a fetch the time the control needed, and more.
    QTest::qWait(500);
    QCOMPARE(network.requested().size(), 1);
    // It was laid out, which is when images are asked for.
    QVERIFY(text->property("lineCount").toInt() >= 1);
}

void RichTextTest::mathIsConverted()
{
    const QString markdown = QStringLiteral(
        "Runs in $O(n^2)$ time for *all* $\\alpha \\in \\mathbb{R}$; $a*b*c$ is a product.");
    const QString expected =
        QStringLiteral("Runs in O(n²) time for all α ∈ ℝ; a*b*c is a product.");
    QCOMPARE(RichText::markdownToPlainText(markdown), expected);
    const QString html = RichText::markdownToHtml(markdown);
    QCOMPARE(visibleText(html), expected);
    // Only "all" is emphasised: the stars of the formula stay text.
    QCOMPARE(html.count(QStringLiteral("font-style:italic;")), 1);

    // Code keeps its dollars.
    QCOMPARE(RichText::markdownToPlainText(QStringLiteral("Run `echo $x$` now")),
        QStringLiteral("Run echo $x$ now"));
}

void RichTextTest::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("markup stripped")
        << QStringLiteral("# Title\n\nSome *emphasis*   and __strong__\ntext.\n\n- a\n- b\n")
        << QStringLiteral("Title Some emphasis and strong text. a b");
    QTest::newRow("links keep their text")
        << QStringLiteral("[safe](https://ok.example) and [unsafe](javascript:x)")
        << QStringLiteral("safe and unsafe");
    QTest::newRow("raw html is text")
        << QStringLiteral("Hello <b>x</b>") << QStringLiteral("Hello <b>x</b>");
    QTest::newRow("whitespace collapsed")
        << QStringLiteral("  a\t\tb  \n\n\n   c  ") << QStringLiteral("a b c");
    QTest::newRow("escaped dollars")
        << QStringLiteral("costs \\$5 and \\$10") << QStringLiteral("costs $5 and $10");
}

void RichTextTest::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(RichText::markdownToPlainText(markdown), text);
}

void RichTextTest::emptyInput()
{
    QCOMPARE(RichText::markdownToHtml(QString()), QString());
    QCOMPARE(RichText::markdownToHtml(QStringLiteral(" \n ")), QString());
    QCOMPARE(RichText::markdownToPlainText(QStringLiteral("\t")), QString());
}

void RichTextTest::invokableFromQml()
{
    RichText richText;
    const QString markdown = QStringLiteral("*a* ![b](https://evil.example/b.png)");
    QString html;
    QVERIFY(QMetaObject::invokeMethod(
        &richText, "toHtml", Q_RETURN_ARG(QString, html), Q_ARG(QString, markdown)));
    QCOMPARE(html, RichText::markdownToHtml(markdown));
    QString text;
    QVERIFY(QMetaObject::invokeMethod(
        &richText, "toPlainText", Q_RETURN_ARG(QString, text), Q_ARG(QString, markdown)));
    QCOMPARE(text, QStringLiteral("a b"));
    bool allowed = true;
    QVERIFY(QMetaObject::invokeMethod(&richText, "isAllowedLink", Q_RETURN_ARG(bool, allowed),
        Q_ARG(QString, QStringLiteral("javascript:x"))));
    QVERIFY(!allowed);
}

void RichTextTest::intricateTextIsShownPlain()
{
    // Below the limits: Markdown.
    const QString spans = QStringLiteral("*a* ").repeated(400);
    const QString formatted = RichText::markdownToHtml(spans);
    QCOMPARE(formatted.count(QStringLiteral("font-style:italic;")), 400);

    // Above: the source as plain text, still escaped, still without links.
    const QString tooMany = QStringLiteral("*a* [b](https://ok.example) $x^2$ ").repeated(400);
    const QString plain = RichText::markdownToHtml(tooMany);
    QVERIFY(!plain.contains(QStringLiteral("font-style:italic;")));
    QVERIFY(linksIn(plain).isEmpty());
    QCOMPARE(visibleText(plain),
        QStringLiteral("*a* [b](https://ok.example) x² ").repeated(400).trimmed());
    QCOMPARE(RichText::markdownToPlainText(tooMany), visibleText(plain));

    // Too many lines: lines stay lines, paragraphs stay paragraphs, in one
    // block per paragraph (a block per line makes HTML too big to show).
    const QString lines = QStringLiteral("- item\n").repeated(3000) + QStringLiteral("\n\nlast");
    const QString html = RichText::markdownToHtml(lines);
    QVERIFY(!html.contains(QStringLiteral("<li")));
    QCOMPARE(html.count(QStringLiteral("<p ")), 2);
    QCOMPARE(html.count(QStringLiteral("<br />")), 2999);
    QVERIFY(visibleText(html).endsWith(QStringLiteral("- item - item last")));
}

void RichTextTest::longTextIsShortened()
{
    const QString paragraph =
        QStringLiteral("A line of an overly long page, with *emphasis*. ").repeated(4) +
        QStringLiteral("\n\n");
    const QString text = RichText::markdownToPlainText(paragraph.repeated(1000));
    QVERIFY(text.size() < 128 * 1024);
    QVERIFY(text.size() > 64 * 1024);
    QVERIFY(text.startsWith(QStringLiteral("A line of an overly long page, with emphasis. ")));
    // Cut at a line break, and marked.
    QVERIFY2(text.endsWith(QStringLiteral("with emphasis. …")), qPrintable(text.right(60)));

    const QString html = RichText::markdownToHtml(paragraph.repeated(1000));
    QVERIFY(html.contains(QStringLiteral("font-style:italic;\">emphasis</span>")));
    QVERIFY(html.size() < 2 * 1024 * 1024);
}

void RichTextTest::hostileInput_data()
{
    QTest::addColumn<QString>("markdown");

    QTest::newRow("nested brackets") << QString(100000, QLatin1Char('['));
    QTest::newRow("nested quotes") << QString(10000, QLatin1Char('>')) + QStringLiteral(" x");
    QTest::newRow("many images")
        << QStringLiteral("![a](https://evil.example/a.png) ").repeated(20000);
    QTest::newRow("many unsafe links") << QStringLiteral("[a](javascript:x) ").repeated(20000);
    QTest::newRow("spans in one paragraph") << QStringLiteral("*a* `b` ").repeated(100000);
    QTest::newRow("autolinks in one paragraph") << QStringLiteral("www.a.example ").repeated(50000);
    QTest::newRow("spans just below the limit") << QStringLiteral("**a** ").repeated(249);
    QTest::newRow("list items") << QStringLiteral("- item\n").repeated(50000);
    QTest::newRow("table rows") << QStringLiteral("| a | b |\n|---|---|\n") +
            QStringLiteral("| x | y |\n").repeated(50000);
    QTest::newRow("1 MiB of paragraphs")
        << QStringLiteral("Some *text* with [a link](https://ok.example).\n\n").repeated(20000);
    QTest::newRow("math braces") << QStringLiteral("$") + QString(100000, QLatin1Char('{')) +
            QStringLiteral("x$");
    QTest::newRow("emphasis runs") << QStringLiteral("*a **b ").repeated(50000);
}

void RichTextTest::hostileInput()
{
    QFETCH(QString, markdown);
    QElapsedTimer timer;
    timer.start();
    const QString html = RichText::markdownToHtml(markdown);
    const QString text = RichText::markdownToPlainText(markdown);
    // Showing it, as QML's Text would, must be quick too.
    QVERIFY(resourcesRequestedBy(html).isEmpty());
    // Generous for a loaded machine: what this guards against takes minutes.
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!hasSrcAttribute(html));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
    for (const QString &link : linksIn(html))
        QVERIFY2(RichText::isSafeLink(link), qPrintable(link));
    QVERIFY(!text.isEmpty());
}

QTEST_MAIN(RichTextTest)
#include "tst_richtext.moc"
