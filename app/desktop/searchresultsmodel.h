// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"
#include "searchindex.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The hits of the search field: sessions, speakers and papers matching the
// query, grouped in that order (see wc::SearchIndex for matching and ranking).
// Every keystroke sets `query`; the model resets, which a search list can
// afford and which keeps the view's sections simple.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Search results come from the app's program")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // QString: "session", "speaker" or "paper"
        ItemIdRole, // QString: the session, speaker or paper id
        TitleRole, // QString, plain text: session or paper title, speaker name
        // QString: sessions "Sat 16 Dec · 10:00–10:55 · Chris Lattner" in the
        // workshop's zone; speakers their affiliation; papers their authors.
        SubtitleRole,
        SnippetRole, // QString, plain text: the best-matching field around the match
        MatchStartRole, // int: where the match starts in the snippet
        MatchLengthRole, // int: its length; 0 when there is nothing to highlight
        SectionRole, // QString: "Sessions", "Speakers" or "Papers", translated
        RetractedRole, // bool: a retracted paper
        FieldRole, // QString: the field the snippet is from ("title", "abstract", …)
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_hits.size()); }

    // Searches `program` from now on (kept alive by the shared pointer; none
    // for no program), indexing it first, and re-runs the current query.
    void setProgram(std::shared_ptr<const wc::Program> program);
    // The same with an index already built from `program` (on a worker
    // thread: at NeurIPS scale indexing takes a noticeable fraction of a second).
    void setProgram(std::shared_ptr<const wc::Program> program, wc::SearchIndex index);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    void update();
    QString subtitle(const wc::SearchHit &hit) const;

    std::shared_ptr<const wc::Program> m_program;
    wc::SearchIndex m_index;
    QString m_query;
    QList<wc::SearchHit> m_hits;
};
