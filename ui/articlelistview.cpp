#include "articlelistview.h"

#include "articlelistmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace FactDesk {

ArticleListView::ArticleListView(ArticleListModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ArticleListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    for (int column = ArticleListModel::DateColumn; column < ArticleListModel::ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // activated covers double-click and Enter, whichever the platform uses.
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ArticleListModel::ArticleIdRole).toLongLong();
        if (id)
            Q_EMIT articleActivated(id);
    });
}

ArticleListView::~ArticleListView() = default;

qint64 ArticleListView::currentArticleId() const
{
    return currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong();
}

QSize ArticleListView::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 48, QTreeView::sizeHint().height() };
}

void ArticleListView::setCurrentArticle(qint64 articleId)
{
    const int row = m_model->rowOfArticle(articleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    setCurrentIndex(index);
    scrollTo(index);
}

} // namespace FactDesk
