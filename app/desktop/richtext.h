// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QTextDocument;

// Markdown written by organizers (abstracts, bios, pages), made safe to show
// in a QML `Text { textFormat: Text.RichText }`. The text is untrusted, so:
// raw HTML is shown as text, images become their alt text (a remote image in
// a bio must fetch nothing, not even when laid out), and only http(s) and
// mailto links stay links. TeX math is made readable first (see texmath.h).
// Text too intricate for Qt's Markdown reader to handle in reasonable time
// (thousands of spans in a paragraph, of list items or table rows) is shown
// as plain text instead, and text past 128 KiB is cut, ending in "…".
class RichText : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit RichText(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    Q_INVOKABLE QString toHtml(const QString &markdown) const { return markdownToHtml(markdown); }
    // For one-line previews: Markdown stripped, math readable, whitespace
    // collapsed to single spaces.
    Q_INVOKABLE QString toPlainText(const QString &markdown) const
    {
        return markdownToPlainText(markdown);
    }
    // Whether a link may be opened: an http or https URL with a host, or a
    // mailto URL. For QML to check again before opening what it was handed.
    Q_INVOKABLE bool isAllowedLink(const QString &href) const { return isSafeLink(href); }

    // The same, for C++.
    static QString markdownToHtml(const QString &markdown);
    static QString markdownToPlainText(const QString &markdown);
    static bool isSafeLink(const QString &href);

    // Replaces every image in `document` with its alt text (or "[image]") as
    // plain text, turns every link that is not safe into plain text, and drops
    // absolute font sizes so the text follows the font of the QML item.
    static void sanitize(QTextDocument *document);
};
