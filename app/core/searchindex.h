// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QList>
#include <QString>

#include <memory>

namespace wc {

struct SearchIndexData; // defined in searchindex.cpp

// What a search hit points at. Hits come grouped in this order.
enum class SearchKind {
    Session,
    Speaker,
    Paper,
};

// The field of an item a query word matched in. Title and Name weigh most,
// then the people and place fields, then the long texts (see SearchHit::score).
enum class SearchField {
    Title, // session or paper title
    Name, // speaker name
    Speakers, // a session's speakers' names, joined by ", "
    Authors, // a paper's authors, joined by ", "
    Affiliation, // a speaker's affiliation
    Room, // the name of a session's room
    Kind, // a session's kind, as named in the YAML ("keynote", …)
    Abstract, // session or paper abstract, as plain text
    Bio, // speaker bio, as plain text
};

// "session", "speaker", "paper"; and "title", "name", "speakers", … as above.
QString searchKindName(SearchKind kind);
QString searchFieldName(SearchField field);

struct SearchHit {
    SearchKind kind = SearchKind::Session;
    QString id; // the session, speaker or paper id
    // The sum over the query's words of the best match each word found: 6 for
    // a whole word of Title/Name, 5 for a word prefix there; 4/3 in Speakers,
    // Authors, Affiliation, Room or Kind; 2/1 in Abstract/Bio.
    int score = 0;
    SearchField field = SearchField::Title; // where the best match is
    // Up to about 60 characters either side of the first match in `field`,
    // cut at spaces, with "…" where the text goes on. Plain text (Markdown
    // fields are stripped of their markup) on one line.
    QString snippet;
    // The matched text inside `snippet`: for a prefix match only the part the
    // query covers, in original characters ("Mül" for "mul" in "Müller").
    qsizetype matchStart = 0;
    qsizetype matchLength = 0;
};

// Full-text search over the sessions, speakers and papers of a program, for
// search-as-you-type: everything a keystroke needs is computed up front, so a
// query costs binary searches in a sorted vocabulary and work proportional to
// the items that can match, never a pass over the program's text.
//
// Matching ignores case and accents: text and query are folded alike (NFKD
// without non-spacing marks, case-folded, and ß→ss, ø→o, æ→ae, œ→oe, ł→l,
// đ/ð→d, þ→th, ı→i, which NFKD leaves alone). Text splits into words at
// anything but letters, digits and spacing marks; each CJK ideograph or kana
// is a word of its own, as those scripts do not separate words by spaces.
// Every word of a query must start a word of the item (so "neur net" finds
// "Neural Networks", but "ural" finds nothing there).
//
// Hits are grouped sessions, speakers, papers; inside a group by score, then
// retracted papers after the others, then program order (sessions by start
// time, speakers and papers as in their files).
//
// An index is immutable once built and cheap to copy (copies share the data);
// search() may run on several threads at once.
class SearchIndex {
public:
    SearchIndex(); // empty: every search gives no hits
    // Takes what it needs from `program`, which need not outlive the index.
    explicit SearchIndex(const Program &program);

    // Hits for `query`; none for a query without any word.
    QList<SearchHit> search(const QString &query) const;

    qsizetype itemCount() const;
    qsizetype termCount() const; // distinct folded words

    // The words of `text` as the index folds them, joined by single spaces;
    // for tests and diagnostics.
    static QString fold(const QString &text);

private:
    std::shared_ptr<const SearchIndexData> d;
};

} // namespace wc
