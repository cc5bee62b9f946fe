#include "articlelistview.h"

#include "articlelistmodel.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>

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
    // Fixed widths from the font rather than ResizeToContents, which would
    // measure every row of a large project whenever the list changes. The
    // title takes the rest (fitTitleColumn()), not less than a readable width.
    for (int column = 0; column < ArticleListModel::ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::Interactive);
    fitColumns();
    // Counts only grow past a column's width when articles come in.
    connect(model, &QAbstractItemModel::modelReset, this, &ArticleListView::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ArticleListView::fitColumns);
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

void ArticleListView::fitColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    // Room for the sort arrow next to the header text.
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 2 * charWidth;
    // The widest content each column shows: a date of two-digit day and month
    // in the interface's short format, a language code, counts of as many
    // digits as the largest article needs (three at least).
    int largestCount = 999;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->articleId(row);
        largestCount = std::max(largestCount, m_model->pendingCount(id) + m_model->verifiedCount(id));
    }
    const QString count(int(QString::number(largestCount).size()), QLatin1Char('0'));
    const QString widest[] = { QString(), QLocale().toString(QDate(2025, 12, 28), QLocale::ShortFormat),
        QStringLiteral("fr"), count, count };
    for (int column = ArticleListModel::DateColumn; column < ArticleListModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header()->resizeSection(column,
            std::max(
                metrics.horizontalAdvance(widest[column]), header()->fontMetrics().horizontalAdvance(title))
                + margin);
    }
    fitTitleColumn();
}

void ArticleListView::fitTitleColumn()
{
    int others = 0;
    for (int column = ArticleListModel::DateColumn; column < ArticleListModel::ColumnCount; ++column)
        others += header()->sectionSize(column);
    // A narrow dock scrolls sideways rather than squeeze titles to "Qu…".
    const int readable = fontMetrics().averageCharWidth() * 14;
    header()->resizeSection(ArticleListModel::TitleColumn, std::max(readable, viewport()->width() - others));
}

void ArticleListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitTitleColumn();
}

void ArticleListView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitColumns();
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
