#pragma once

#include <QTreeView>

class QSortFilterProxyModel;

namespace FactDesk {

class ArticleListModel;

/// The sortable article list of the left dock; activating a row (double-click
/// or Enter) asks for that article to be shown.
class ArticleListView : public QTreeView
{
    Q_OBJECT
public:
    explicit ArticleListView(ArticleListModel *model, QWidget *parent = nullptr);
    ~ArticleListView() override;

    qint64 currentArticleId() const;
    void setCurrentArticle(qint64 articleId);

    /// Wide enough for a title and the counts when the dock is first laid out.
    QSize sizeHint() const override;

Q_SIGNALS:
    void articleActivated(qint64 articleId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void fitTitleColumn();
    /// Keeps m_largestCount up to date with the rows first..last.
    void noteCounts(int first, int last);

    ArticleListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    int m_largestCount = 0; ///< the most facts of one article, for the count columns' width
};

} // namespace FactDesk
