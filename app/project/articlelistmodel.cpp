#include "project/articlelistmodel.h"

#include "project/project.h"

#include <QLocale>
#include <QSet>

#include <utility>

namespace FactDesk {

ArticleListModel::ArticleListModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(project, &Project::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(project, &Project::articleAdded, this, &ArticleListModel::onArticleAdded);
    connect(project, &Project::articleRemoved, this, &ArticleListModel::onArticleRemoved);
    connect(project, &Project::articleChanged, this, &ArticleListModel::onArticleChanged);
    connect(project, &Project::factChanged, this, &ArticleListModel::onFactChanged);
    connect(project, &Project::factsInserted, this, &ArticleListModel::onFactsInserted);
    connect(project, &Project::factsAboutToBeRemoved, this, &ArticleListModel::onFactsAboutToBeRemoved);
    connect(project, &Project::factsRemoved, this, &ArticleListModel::onFactsRemoved);
    rebuild();
}

ArticleListModel::~ArticleListModel() = default;

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == ArticleIdRole)
        return id;
    // Rows mirror the project's order, so the row is the article's index;
    // Project::article() would search, once per cell painted or compared.
    const auto &articles = m_project->articles();
    const Article *article = index.row() < articles.size() && articles.at(index.row()).id == id
        ? &articles.at(index.row())
        : m_project->article(id);
    if (!article)
        return {};
    const Counts counts = m_counts.value(id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return article->displayTitle();
        case DateColumn:
            // Shown in the reader's format; sorted by the date itself, which the text would not do.
            if (role == SortRole)
                return article->date;
            return article->date.isValid() ? QLocale().toString(article->date, QLocale::ShortFormat)
                                           : QString();
        case LanguageColumn:
            return article->language;
        case PendingColumn:
            return counts.pending;
        case VerifiedColumn:
            return counts.verified;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return article->source.isEmpty() ? article->title
                                             : tr("%1 — %2").arg(article->title, article->source);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PendingColumn || index.column() == VerifiedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The counts are headed by the symbols the fact table shows for their
    // statuses, so that the titles keep the list's width; tooltips name them.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Title");
        case DateColumn:
            return tr("Date");
        case LanguageColumn:
            return tr("Lang.", "column header: the article's language, abbreviated");
        case PendingColumn:
            return QStringLiteral("\u25CB");
        case VerifiedColumn:
            return QStringLiteral("\u2713");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case LanguageColumn:
            return tr("Language");
        case PendingColumn:
            return tr("Facts pending review");
        case VerifiedColumn:
            return tr("Facts verified (confirmed or corrected)");
        }
    } else if (role == Qt::TextAlignmentRole && (section == PendingColumn || section == VerifiedColumn)) {
        return int(Qt::AlignCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ArticleListModel::rowOfArticle(qint64 articleId) const
{
    return int(m_ids.indexOf(articleId));
}

int ArticleListModel::pendingCount(qint64 articleId) const
{
    return m_counts.value(articleId).pending;
}

int ArticleListModel::verifiedCount(qint64 articleId) const
{
    return m_counts.value(articleId).verified;
}

void ArticleListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, DateColumn), index(int(m_ids.size()) - 1, DateColumn));
}

void ArticleListModel::rebuild()
{
    m_ids.clear();
    m_counts.clear();
    const auto &articles = m_project->articles();
    m_ids.reserve(articles.size());
    for (const Article &article : articles) {
        m_ids.append(article.id);
        m_counts.insert(article.id, Counts());
    }
    // One pass over all facts rather than one per article.
    for (const Fact &fact : m_project->facts()) {
        auto it = m_counts.find(fact.articleId);
        if (it == m_counts.end())
            continue;
        if (fact.status == ReviewStatus::Pending)
            ++it->pending;
        else if (fact.isVerified())
            ++it->verified;
    }
}

void ArticleListModel::recount(qint64 articleId)
{
    const int row = rowOfArticle(articleId);
    if (row < 0)
        return;
    Counts counts;
    for (const Fact &fact : m_project->facts()) {
        if (fact.articleId != articleId)
            continue;
        if (fact.status == ReviewStatus::Pending)
            ++counts.pending;
        else if (fact.isVerified())
            ++counts.verified;
    }
    m_counts.insert(articleId, counts);
    Q_EMIT dataChanged(index(row, PendingColumn), index(row, VerifiedColumn));
}

void ArticleListModel::onArticleAdded(int index)
{
    const Article &article = m_project->articles().at(index);
    beginInsertRows(QModelIndex(), index, index);
    m_ids.insert(index, article.id);
    m_counts.insert(article.id, Counts());
    endInsertRows();
}

void ArticleListModel::onArticleRemoved(int index)
{
    if (index < 0 || index >= m_ids.size())
        return;
    beginRemoveRows(QModelIndex(), index, index);
    m_counts.remove(m_ids.at(index));
    m_ids.remove(index);
    endRemoveRows();
}

void ArticleListModel::onArticleChanged(int index)
{
    if (index < 0 || index >= m_ids.size())
        return;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void ArticleListModel::onFactChanged(int row)
{
    recount(m_project->facts().at(row).articleId);
}

void ArticleListModel::onFactsInserted(int first, int last)
{
    // New facts add to their article's counts. Counting every fact again for
    // each article touched made an import of thousands of articles quadratic.
    QVector<qint64> touched;
    QSet<qint64> seen;
    for (int row = first; row <= last; ++row) {
        const Fact &fact = m_project->facts().at(row);
        const auto counts = m_counts.find(fact.articleId);
        if (counts == m_counts.end())
            continue;
        if (fact.status == ReviewStatus::Pending)
            ++counts->pending;
        else if (fact.isVerified())
            ++counts->verified;
        if (!seen.contains(fact.articleId)) {
            seen.insert(fact.articleId);
            touched.append(fact.articleId);
        }
    }
    for (qint64 id : std::as_const(touched)) {
        // Inserted facts mostly belong to articles just added, at the end.
        const int row = int(m_ids.lastIndexOf(id));
        if (row >= 0)
            Q_EMIT dataChanged(index(row, PendingColumn), index(row, VerifiedColumn));
    }
}

void ArticleListModel::onFactsAboutToBeRemoved(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const qint64 id = m_project->facts().at(row).articleId;
        if (!m_articlesLosingFacts.contains(id))
            m_articlesLosingFacts.append(id);
    }
}

void ArticleListModel::onFactsRemoved()
{
    const QVector<qint64> touched = std::exchange(m_articlesLosingFacts, {});
    for (qint64 id : touched)
        recount(id);
}

} // namespace FactDesk
