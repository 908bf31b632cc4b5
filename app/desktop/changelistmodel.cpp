// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "changelistmodel.h"

#include "bookmarks.h"

#include <algorithm>

using wc::Change;

namespace {

std::optional<Bookmarks::Kind> bookmarkKind(Change::Entity entity)
{
    switch (entity) {
    case Change::Entity::Session:
        return Bookmarks::Kind::Session;
    case Change::Entity::Paper:
        return Bookmarks::Kind::Paper;
    case Change::Entity::Workshop:
    case Change::Entity::Speaker:
        break;
    }
    return std::nullopt;
}

} // namespace

ChangeListModel::ChangeListModel(wc::ChangeLog log, Bookmarks *bookmarks, QObject *parent)
    : QAbstractListModel(parent)
    , m_log(std::move(log))
    , m_bookmarks(bookmarks)
{
    m_log.load();
    rebuild();
    // Bookmarking an item moves its change to the top.
    connect(m_bookmarks, &Bookmarks::scheduleChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &note = m_log.notes().at(m_order.at(index.row()));
    switch (role) {
    case EntityRole:
        return wc::entityName(note.entity);
    case ItemIdRole:
        return note.id;
    case ChangeRole:
        return wc::kindName(note.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return note.title;
    case SummaryRole:
        return note.summary;
    case BookmarkedRole: {
        const auto kind = bookmarkKind(note.entity);
        return kind && m_bookmarks->contains(*kind, note.id);
    }
    case SeenRole:
        return note.seen;
    case RouteRole:
        if (note.kind == Change::Kind::Removed)
            return QString();
        if (note.entity == Change::Entity::Workshop)
            return QStringLiteral("about");
        return wc::entityName(note.entity) + QLatin1Char(':') + note.id;
    }
    return {};
}

QHash<int, QByteArray> ChangeListModel::roleNames() const
{
    return {
        {EntityRole, "entity"},
        {ItemIdRole, "itemId"},
        {ChangeRole, "change"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {BookmarkedRole, "bookmarked"},
        {SeenRole, "seen"},
        {RouteRole, "route"},
    };
}

void ChangeListModel::rebuild()
{
    const auto &notes = m_log.notes();
    m_order.resize(notes.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    auto rank = [&](qsizetype i) {
        const auto kind = bookmarkKind(notes[i].entity);
        const bool bookmarked = kind && m_bookmarks->contains(*kind, notes[i].id);
        return (bookmarked ? 0 : 2) + (notes[i].seen ? 1 : 0);
    };
    std::stable_sort(m_order.begin(), m_order.end(),
        [&](qsizetype a, qsizetype b) { return rank(a) < rank(b); });
}

void ChangeListModel::persist()
{
    m_log.save();
    Q_EMIT changesChanged();
}

void ChangeListModel::addUpdate(const QList<Change> &changes, const wc::Program &oldProgram,
    const wc::Program &newProgram, int fromVersion, int version)
{
    record(false, changes, oldProgram, newProgram, fromVersion, version);
}

void ChangeListModel::setChanges(const QList<Change> &changes, const wc::Program &oldProgram,
    const wc::Program &newProgram, int fromVersion, int version)
{
    record(true, changes, oldProgram, newProgram, fromVersion, version);
}

void ChangeListModel::record(bool replace, const QList<Change> &changes,
    const wc::Program &oldProgram, const wc::Program &newProgram, int fromVersion, int version)
{
    beginResetModel();
    if (replace)
        m_log.clear();
    m_log.addUpdate(changes, oldProgram, newProgram, fromVersion, version);
    rebuild();
    endResetModel();
    persist();
}

void ChangeListModel::markRouteSeen(const QString &route)
{
    const auto colon = route.indexOf(QLatin1Char(':'));
    if (colon > 0)
        markSeen(route.left(colon), route.mid(colon + 1));
}

void ChangeListModel::markSeen(const QString &entity, const QString &id)
{
    for (auto e : {Change::Entity::Workshop, Change::Entity::Session, Change::Entity::Speaker,
             Change::Entity::Paper}) {
        if (entity == wc::entityName(e) && m_log.markSeen(e, id)) {
            beginResetModel();
            rebuild();
            endResetModel();
            persist();
        }
    }
}

void ChangeListModel::markAllSeen()
{
    if (!m_log.markAllSeen())
        return;
    beginResetModel();
    rebuild();
    endResetModel();
    persist();
}

QHash<QString, QString> ChangeListModel::unseenSessionChanges() const
{
    QHash<QString, QString> changes;
    for (const auto &note : m_log.notes()) {
        if (note.entity == Change::Entity::Session && !note.seen &&
            note.kind != Change::Kind::Removed)
            changes.insert(note.id,
                note.kind == Change::Kind::Added ? tr("New in this update") : note.summary);
    }
    return changes;
}
