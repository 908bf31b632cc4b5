// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "searchresultsmodel.h"

#include "timedisplay.h"

#include <QLocale>

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &hit = m_hits.at(index.row());
    switch (role) {
    case KindRole:
        return wc::searchKindName(hit.kind);
    case ItemIdRole:
        return hit.id;
    case Qt::DisplayRole:
    case TitleRole:
        switch (hit.kind) {
        case wc::SearchKind::Session:
            if (const auto *session = m_program->session(hit.id))
                return session->title;
            break;
        case wc::SearchKind::Speaker:
            if (const auto *speaker = m_program->speaker(hit.id))
                return speaker->name;
            break;
        case wc::SearchKind::Paper:
            if (const auto *paper = m_program->paper(hit.id))
                return paper->title;
            break;
        }
        return QString();
    case SubtitleRole:
        return subtitle(hit);
    case SnippetRole:
        return hit.snippet;
    case MatchStartRole:
        return int(hit.matchStart);
    case MatchLengthRole:
        return int(hit.matchLength);
    case SectionRole:
        switch (hit.kind) {
        case wc::SearchKind::Session:
            return tr("Sessions");
        case wc::SearchKind::Speaker:
            return tr("Speakers");
        case wc::SearchKind::Paper:
            return tr("Papers");
        }
        return QString();
    case RetractedRole:
        if (hit.kind == wc::SearchKind::Paper) {
            if (const auto *paper = m_program->paper(hit.id))
                return paper->retracted;
        }
        return false;
    case FieldRole:
        return wc::searchFieldName(hit.field);
    }
    return {};
}

QString SearchResultsModel::subtitle(const wc::SearchHit &hit) const
{
    switch (hit.kind) {
    case wc::SearchKind::Session: {
        const auto *session = m_program->session(hit.id);
        if (!session)
            return {};
        // The start is in the workshop's zone already; date() and time() keep
        // it there, whatever the laptop's zone.
        const auto hhmm = QStringLiteral("HH:mm");
        auto text =
            tr("%1 · %2–%3", "day · start–end")
                .arg(QLocale().toString(session->start.date(), TimeDisplay::shortDayPattern()),
                    session->start.toString(hhmm), session->end.toString(hhmm));
        QStringList names;
        for (const auto &id : session->speakers) {
            if (const auto *speaker = m_program->speaker(id))
                names.append(speaker->name);
        }
        if (!names.isEmpty())
            text = tr("%1 · %2", "time · speakers").arg(text, names.join(QStringLiteral(", ")));
        return text;
    }
    case wc::SearchKind::Speaker:
        if (const auto *speaker = m_program->speaker(hit.id))
            return speaker->affiliation;
        return {};
    case wc::SearchKind::Paper:
        if (const auto *paper = m_program->paper(hit.id))
            return paper->authors.join(QStringLiteral(", "));
        return {};
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {ItemIdRole, "itemId"},
        {TitleRole, "title"},
        {SubtitleRole, "subtitle"},
        {SnippetRole, "snippet"},
        {MatchStartRole, "matchStart"},
        {MatchLengthRole, "matchLength"},
        {SectionRole, "section"},
        {RetractedRole, "retracted"},
        {FieldRole, "field"},
    };
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    update();
}

void SearchResultsModel::setProgram(std::shared_ptr<const wc::Program> program)
{
    // The new index is complete before the model resets, so that no view
    // sees hits of one program with the records of another.
    wc::SearchIndex index = program ? wc::SearchIndex(*program) : wc::SearchIndex();
    setProgram(std::move(program), std::move(index));
}

void SearchResultsModel::setProgram(
    std::shared_ptr<const wc::Program> program, wc::SearchIndex index)
{
    const auto before = count();
    beginResetModel();
    m_program = std::move(program);
    m_index = std::move(index);
    m_hits = m_index.search(m_query);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void SearchResultsModel::update()
{
    const auto before = count();
    beginResetModel();
    m_hits = m_index.search(m_query);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}
