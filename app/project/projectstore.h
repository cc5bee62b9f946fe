#pragma once

#include "article/article.h"
#include "review/fact.h"

#include <QString>
#include <QVector>

#include <memory>

namespace FactDesk {

class ProjectStorePrivate;

/**
 * A project file: one SQLite database (WAL) holding the articles, the facts
 * and an audit log of every review action. Each write is one transaction that
 * is committed before the call returns. All SQL lives behind this class.
 *
 * Ids are assigned by the Project and persisted as given.
 */
class ProjectStore
{
public:
    /// Creates a new project file; fails if path exists.
    static std::unique_ptr<ProjectStore> create(const QString &path, QString *error);
    /**
     * Opens an existing project. A file that is not a FactDesk project, is
     * corrupted or comes from a newer version is refused and left untouched;
     * a read-only file opens read-only.
     */
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error);
    ~ProjectStore();

    QString path() const;
    bool isReadOnly() const;

    bool load(QVector<Article> *articles, QVector<Fact> *facts, QString *error);

    bool insertArticle(const Article &article, const QVector<Fact> &facts, const QString &editor, QString *error);
    bool updateArticle(const Article &article, const QString &editor, QString *error);
    bool removeArticle(qint64 articleId, const QString &editor, QString *error);
    bool insertFact(const Fact &fact, const QString &editor, QString *error);
    bool removeFact(const Fact &fact, const QString &editor, QString *error);
    bool updateFact(const Fact &before, const Fact &after, const QString &action, const QString &editor,
                    QString *error);

private:
    explicit ProjectStore(std::unique_ptr<ProjectStorePrivate> d);
    std::unique_ptr<ProjectStorePrivate> d;
};

} // namespace FactDesk
