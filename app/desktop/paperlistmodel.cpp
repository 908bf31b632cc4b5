// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "paperlistmodel.h"

#include "bookmarks.h"

PaperListModel::PaperListModel(Bookmarks *bookmarks, QObject *parent)
    : QAbstractListModel(parent)
    , m_bookmarks(bookmarks)
{
    // A bookmark can change the clashes of other rows too.
    connect(m_bookmarks, &Bookmarks::scheduleChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {BookmarkedRole, ClashRole});
    });
}

int PaperListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_program ? 0 : int(m_program->papers.size());
}

QVariant PaperListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &p = m_program->papers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return p.title;
    case IdRole:
        return p.id;
    case AuthorsRole:
        return p.authors.join(QStringLiteral(", "));
    case PosterSessionRole:
        return p.posterSession;
    case PosterSessionTitleRole: {
        const auto *session = m_program->session(p.posterSession);
        return session ? session->title : QString();
    }
    case BoardRole:
        return p.board.value_or(0);
    case RetractedRole:
        return p.retracted;
    case BookmarkedRole:
        return m_bookmarks->contains(Bookmarks::Kind::Paper, p.id);
    case ClashRole:
        return m_bookmarks->clashText(Bookmarks::Kind::Paper, p.id);
    case TalkSessionRole:
        return m_talkSession.value(p.id);
    }
    return {};
}

QHash<int, QByteArray> PaperListModel::roleNames() const
{
    return {
        {IdRole, "paperId"},
        {TitleRole, "title"},
        {AuthorsRole, "authors"},
        {PosterSessionRole, "posterSession"},
        {PosterSessionTitleRole, "posterSessionTitle"},
        {BoardRole, "board"},
        {RetractedRole, "retracted"},
        {BookmarkedRole, "bookmarked"},
        {TalkSessionRole, "talkSession"},
        {ClashRole, "clash"},
    };
}

void PaperListModel::setProgram(std::shared_ptr<const wc::Program> program)
{
    beginResetModel();
    m_program = std::move(program);
    m_talkSession.clear();
    if (m_program) {
        for (const auto &session : m_program->sessions) {
            if (session.kind == wc::SessionKind::Posters)
                continue;
            for (const auto &paper : session.papers) {
                if (!m_talkSession.contains(paper))
                    m_talkSession.insert(paper, session.id);
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}
