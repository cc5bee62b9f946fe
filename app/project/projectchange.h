#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace FactDesk {

/**
 * What another client changed in a team project, as its notification says
 * (TeamConnection::changed): enough to reload just those rows.
 */
struct ProjectChange
{
    enum class Kind
    {
        Facts, ///< review fields of facts changed (factIds), or facts added or removed
        Article, ///< an article's details, text or facts changed, or the article was removed
        Articles, ///< articles were imported (articleIds)
        Story, ///< the story ledger's decisions
        Presence, ///< someone opened or left an article (TeamConnection::presenceChanged)
        Everything, ///< too much to list: reload the project
    };
    Kind kind = Kind::Everything;
    qint64 articleId = 0;
    QVector<qint64> articleIds;
    QVector<qint64> factIds;
    QString editor; ///< who did it (the editor name in the writer's settings)
    QString action; ///< the audit log's action name ("confirm", "import article", …)

    /// The NOTIFY payload (compact JSON, below PostgreSQL's 8000-byte limit: long lists become Everything).
    QByteArray toPayload() const;
    /// Reads a payload; an unreadable one is Kind::Everything.
    static ProjectChange fromPayload(const QString &payload);
};

} // namespace FactDesk

Q_DECLARE_METATYPE(FactDesk::ProjectChange)
