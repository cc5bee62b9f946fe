#include "articlelistview.h"

#include "project/articlelistmodel.h"

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
    // The counts right after the title: a narrow list (1280 px screens) still
    // shows what is left to check; date and language come after.
    header()->moveSection(header()->visualIndex(ArticleListModel::PendingColumn), 1);
    header()->moveSection(header()->visualIndex(ArticleListModel::VerifiedColumn), 2);
    // A count column widens when an article's count gains a digit: look at the rows that changed alone.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_largestCount = 0;
        noteCounts(0, m_model->rowCount() - 1);
        fitColumns();
    });
    const auto rowsChanged = [this](int first, int last) {
        const int digits = int(QString::number(m_largestCount).size());
        noteCounts(first, last);
        if (int(QString::number(m_largestCount).size()) != digits)
            fitColumns();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [rowsChanged](const QModelIndex &, int first, int last) { rowsChanged(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [rowsChanged](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            rowsChanged(topLeft.row(), bottomRight.row());
        });
    noteCounts(0, m_model->rowCount() - 1);
    fitColumns();
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
    const QString count(int(QString::number(std::max(999, m_largestCount)).size()), QLatin1Char('0'));
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

void ArticleListView::noteCounts(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const qint64 id = m_model->articleId(row);
        m_largestCount = std::max(m_largestCount, m_model->pendingCount(id) + m_model->verifiedCount(id));
    }
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
