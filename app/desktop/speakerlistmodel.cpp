// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "speakerlistmodel.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QHash>

SpeakerListModel::SpeakerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    const auto &s = *row.speaker;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case IdRole:
        return s.id;
    case AffiliationRole:
        return s.affiliation;
    case PhotoRole:
        return row.photo;
    case InitialsRole:
        return initials(s.name);
    case AvatarHueRole:
        return avatarHue(s.name);
    case SessionCountRole:
        return row.sessions;
    }
    return {};
}

QHash<int, QByteArray> SpeakerListModel::roleNames() const
{
    return {
        {IdRole, "speakerId"},
        {NameRole, "name"},
        {AffiliationRole, "affiliation"},
        {PhotoRole, "photo"},
        {InitialsRole, "initials"},
        {AvatarHueRole, "avatarHue"},
        {SessionCountRole, "sessionCount"},
    };
}

void SpeakerListModel::setProgram(
    std::shared_ptr<const wc::Program> program, const QString &folder, const wc::UrlCache &photos)
{
    beginResetModel();
    m_program = std::move(program);
    m_rows.clear();
    if (m_program) {
        // One pass over the sessions, not one per speaker: at NeurIPS scale
        // that is half a million comparisons on the way to the first frame.
        QHash<QString, int> sessions;
        for (const auto &session : m_program->sessions) {
            const auto &ids = session.speakers;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (ids.indexOf(ids[i]) == i) // once per session, even if listed twice
                    ++sessions[ids[i]];
            }
        }
        for (const auto &speaker : m_program->speakers)
            m_rows.append(
                {&speaker, photoUrl(speaker, folder, photos), sessions.value(speaker.id)});
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
            return collator.compare(a.speaker->name, b.speaker->name) < 0;
        });
    }
    endResetModel();
    Q_EMIT countChanged();
}

QString SpeakerListModel::initials(const QString &name)
{
    // The first and the last name read best: "Zhangyang Atlas Wang" → "ZW".
    QStringList words;
    for (const auto &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isLetter())
            words.append(word);
    }
    if (words.isEmpty())
        return QStringLiteral("?");
    QString result = words.constFirst().front().toUpper();
    if (words.size() > 1)
        result += words.constLast().front().toUpper();
    return result;
}

qreal SpeakerListModel::avatarHue(const QString &name)
{
    // FNV-1a rather than qHash, whose value may differ between machines
    // and Qt builds: a speaker keeps their colour everywhere.
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return qreal(hash % 360) / 360.0;
}

QUrl SpeakerListModel::photoUrl(
    const wc::Speaker &speaker, const QString &folder, const wc::UrlCache &photos)
{
    if (speaker.photo.isEmpty())
        return {};
    if (speaker.photo.contains(QLatin1Char(':'))) {
        // A URL: only the cached copy is shown; nothing is fetched while drawing.
        const auto cached = photos.cachedFile(speaker.photo);
        return cached.isEmpty() ? QUrl() : QUrl::fromLocalFile(cached);
    }
    const auto path = QDir(folder).filePath(speaker.photo);
    if (!QFileInfo::exists(path))
        return {};
    return path.startsWith(QLatin1Char(':')) ? QUrl(QStringLiteral("qrc") + path)
                                             : QUrl::fromLocalFile(path);
}
