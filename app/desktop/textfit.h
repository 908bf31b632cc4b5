// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QFont>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// TextFit.elisionPrefix(text, width, font): the start of a long text that
// an elided line `width` wide can show, with room to spare; the rest is
// left out. A Text shapes all of its text (HarfBuzz, font by font) before
// it elides, and at NeurIPS scale a timeline column is a few words wide:
// shaping whole titles and speaker lists was half of what making a block
// cost. Given the prefix, the line shows the same, ellipsis included.
//
// The prefix's length comes from the font's advances, unshaped. Shaping
// moves them by a few percent in the scripts this is used for, well within
// the spare room; scripts whose shaping joins or reorders letters, and text
// beyond the Basic Multilingual Plane, are left whole.
class TextFit : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE QString elisionPrefix(const QString &text, qreal width, const QFont &font) const;
};
