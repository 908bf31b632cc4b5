// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "urlcache.h"
#include "program.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The speakers of a program, sorted by name, with what their avatar needs:
// a photo that is really on disk, or initials and a colour to draw.
class SpeakerListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Speakers come from a ProgramRepository")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        NameRole, // QString, plain text
        AffiliationRole, // QString, plain text
        PhotoRole, // QUrl of a local file, or empty: never a remote URL
        InitialsRole, // QString: one or two letters for the drawn avatar
        AvatarHueRole, // qreal 0–1, stable per name
        SessionCountRole, // int: sessions the speaker appears in
    };
    Q_ENUM(Roles)

    explicit SpeakerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `folder` resolves photos given as paths; `photos` holds fetched ones.
    void setProgram(std::shared_ptr<const wc::Program> program, const QString &folder,
        const wc::UrlCache &photos);

    // Shared with the detail pages, so an avatar looks the same everywhere.
    static QString initials(const QString &name);
    static qreal avatarHue(const QString &name);
    static QUrl photoUrl(
        const wc::Speaker &speaker, const QString &folder, const wc::UrlCache &photos);

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        const wc::Speaker *speaker;
        QUrl photo;
        int sessions;
    };
    std::shared_ptr<const wc::Program> m_program;
    QList<Row> m_rows;
};
