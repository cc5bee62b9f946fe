#pragma once

#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace FactDesk {

class ArticleListModel;
class ArticleView;
class Project;
class ThemePicker;

/**
 * One column of the article area: a header (article chooser, title, source,
 * date, language, Text/Source toggle, close) above the article's text, or
 * its raw HTML/Markdown source highlighted by KSyntaxHighlighting.
 */
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    ArticlePane(Project *project, ArticleListModel *articles, ThemePicker *themes, QWidget *parent = nullptr);
    ~ArticlePane() override;

    ArticleView *view() const { return m_view; }
    qint64 articleId() const;
    void setArticle(qint64 articleId);

    bool isShowingSource() const;
    void setShowingSource(bool source);

    /// Frames the current fact's figure in the text, and marks it in the source when shown.
    void setCurrentFact(qint64 factId);
    /// Scrolls to a fact's figure (in the text or the source, whichever is shown) and flashes it.
    void showFact(qint64 factId);
    /// Where the current fact's figure is in the source shown, or (-1, -1).
    QPair<int, int> sourceRange() const { return m_sourceRange; }

    /// Marks this pane as the one that receives "open article" and "add figure".
    void setFocusedPane(bool focused);
    void setClosable(bool closable);

    /// Re-reads colours after a theme or palette change.
    void applyTheme();

    /// Shows the find bar under the text, its field focused (Ctrl+F).
    void showFindBar();
    /// Selects the next (or previous) match of the find bar's text in the text or source shown; false when
    /// none.
    bool findNext(bool backwards = false);
    QLineEdit *findField() const { return m_findEdit; }
    /**
     * Text size steps from the default (Ctrl++ / Ctrl+-): the text and the
     * source grow or shrink by one point a step.
     */
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

Q_SIGNALS:
    /// The user interacted with this pane (focus, click): it becomes the focused pane.
    void activated(ArticlePane *pane);
    void closeRequested(ArticlePane *pane);
    void articleChanged(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHeader();
    void updateSource();
    void syncCombo();
    void hideFindBar();
    /// The editor the find bar and the zoom act on: the text, or the source when shown.
    QPlainTextEdit *shownEditor() const;
    /// Marks the current fact's figure in the source; scrolls to it when centre.
    void markInSource(bool centre);

    Project *m_project;
    ArticleListModel *m_articles;
    ThemePicker *m_themes;
    QComboBox *m_chooser;
    QLabel *m_title;
    QLabel *m_details;
    QToolButton *m_sourceToggle;
    QToolButton *m_closeButton;
    QStackedWidget *m_stack;
    ArticleView *m_view;
    QPlainTextEdit *m_source = nullptr; // created the first time the source is shown
    qint64 m_sourceArticleId = -1;
    qint64 m_currentFact = 0;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    QToolButton *m_findPrevious;
    QToolButton *m_findNextButton;
    QToolButton *m_findClose;
    int m_zoom = 0;
    qreal m_basePointSize = 0;
    QPair<int, int> m_sourceRange { -1, -1 };
    bool m_focused = false;
};

} // namespace FactDesk
