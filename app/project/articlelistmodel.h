#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace FactDesk {

class Project;

/**
 * The articles of a Project as a table: title, date, language, and how many
 * of their facts are pending and verified. Counts are cached per article and
 * refreshed only for the article whose facts changed, so a project of
 * thousands of articles stays cheap to paint and sort.
 */
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        LanguageColumn,
        PendingColumn,
        VerifiedColumn,
        ColumnCount,
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        /// Raw values for sorting: QDate, counts as int, text.
        SortRole,
    };

    explicit ArticleListModel(Project *project, QObject *parent = nullptr);
    ~ArticleListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 articleId(int row) const;
    int rowOfArticle(qint64 articleId) const;
    int pendingCount(qint64 articleId) const;
    int verifiedCount(qint64 articleId) const;

    /// Headers and dates are written in the interface language and locale:
    /// call after either changed.
    void retranslate();

private:
    struct Counts
    {
        int pending = 0;
        int verified = 0;
    };

    void rebuild();
    void recount(qint64 articleId);
    void onArticleAdded(int index);
    void onArticleRemoved(int index);
    void onArticleChanged(int index);
    void onFactChanged(int row);
    void onFactsInserted(int first, int last);
    void onFactsAboutToBeRemoved(int first, int last);
    void onFactsRemoved();

    Project *m_project;
    QVector<qint64> m_ids; // mirrors the project's article order
    QHash<qint64, Counts> m_counts;
    QVector<qint64> m_articlesLosingFacts;
};

} // namespace FactDesk
