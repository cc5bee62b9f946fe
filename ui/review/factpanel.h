#pragma once

#include <QSet>
#include <QWidget>

#include <memory>

class QTableView;

namespace FactDesk {

class FactEditor;
class FactFilterProxyModel;
class FactModel;
class FigureStyle;
class FactPanelPrivate;
class Project;
class ReviewController;

/**
 * The fact panel: a filter bar (status, kind, article, search), the table of
 * facts and, below it, the editor of the current fact. The table's current row
 * and the controller's current fact follow each other; the table's order is
 * the controller's navigation order.
 */
class FactPanel : public QWidget
{
    Q_OBJECT
public:
    FactPanel(Project *project, ReviewController *controller, QWidget *parent = nullptr);
    ~FactPanel() override;

    FactModel *model() const;
    FactFilterProxyModel *proxyModel() const;
    QTableView *view() const;
    FactEditor *editor() const;
    /**
     * Takes the editor (in its scroll area) out of the panel, for a window
     * that shows it beside the table rather than below it; the caller gives
     * it a parent. The editor still follows the controller and hands the
     * keys back to the table.
     */
    QWidget *detachEditor();
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// Shows only the facts of one article (0 = all articles).
    void setArticleFilter(qint64 articleId);
    /**
     * The colours of statuses, e.g. from the KSyntaxHighlighting theme the
     * article views use; without it they follow the widget palette.
     */
    void setFigureStyle(const FigureStyle &style);
    /// Marks the facts in an open conflict or a failed check of the story ledger.
    void setFlaggedFacts(const QSet<qint64> &factIds);
    /// Puts the keyboard focus on the table, e.g. from a "Go to facts" action.
    void focusTable();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void reloadArticles();
    void updateCountLabel();

    std::unique_ptr<FactPanelPrivate> d;
};

} // namespace FactDesk
