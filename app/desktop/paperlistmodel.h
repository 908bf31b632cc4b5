// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Bookmarks;

// The accepted papers in the order the organizers listed them, with the
// poster session that shows each.
class PaperListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Papers come from a ProgramRepository")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        TitleRole, // QString, plain text
        AuthorsRole, // QString: authors comma-separated
        PosterSessionRole, // QString: session id, or empty
        PosterSessionTitleRole, // QString: that session's title, or empty
        BoardRole, // int: poster board, 0 when not given
        RetractedRole, // bool
        BookmarkedRole, // bool
        TalkSessionRole, // QString: id of a session presenting the paper as a talk, or empty
        ClashRole, // QString: "Clashes with …" for a bookmarked poster whose session overlaps a bookmarked talk
    };
    Q_ENUM(Roles)

    PaperListModel(Bookmarks *bookmarks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProgram(std::shared_ptr<const wc::Program> program);

Q_SIGNALS:
    void countChanged();

private:
    std::shared_ptr<const wc::Program> m_program;
    QHash<QString, QString> m_talkSession; // paper id → session id
    Bookmarks *m_bookmarks;
};
