#pragma once

#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QToolButton;
class QUndoStack;

namespace FactDesk {

class ArticleListModel;
class ArticleListView;
class ArticlePane;
class FactPanel;
class LanguageSwitcher;
class Project;
class ProjectFileController;
class ReviewController;
class ShortcutsDialog;
class StoryPanel;
class StoryTracker;
class ThemePicker;

/**
 * FactDesk's window: the article list on the left, article panes side by
 * side in the centre, the fact panel on the right, and the menus that hold
 * every action (File from ProjectFileController, Review from
 * ReviewController, View ▸ Language from LanguageSwitcher).
 *
 * The current fact and the text follow each other: a fact chosen in the panel
 * is shown (centred and flashed) in a pane, and a figure clicked or reached
 * with the caret in a pane becomes the current fact.
 *
 * Layout, panes and their articles are kept in the QSettings given, group
 * "mainWindow", and restored by the next window.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int defaultPaneCount = 2;
    static constexpr int maximumPaneCount = 4;

    /// languages may be null (no View ▸ Language menu then).
    MainWindow(Project *project, QSettings *settings, LanguageSwitcher *languages = nullptr,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens what a start should show: the project file among files if there
     * is one (and it opens), else the last project used, else the bundled
     * samples (created in AppDataLocation the first time). The other files
     * and folders are then imported into that project, as if dropped.
     * On the first start (no name in the settings) the name that signs the
     * reviews is asked first, without blocking: the rest follows its answer.
     */
    void openStartupProject(const QStringList &files = {});

    ReviewController *reviewController() const { return m_controller; }
    ProjectFileController *fileController() const { return m_files; }
    FactPanel *factPanel() const { return m_factPanel; }
    ArticleListView *articleList() const { return m_articleList; }
    ThemePicker *themePicker() const { return m_themes; }
    StoryPanel *storyPanel() const { return m_storyPanel; }
    StoryTracker *storyTracker() const { return m_storyTracker; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QList<ArticlePane *> panes() const { return m_panes; }
    ArticlePane *focusedPane() const { return m_focusedPane; }
    void setFocusedPane(ArticlePane *pane);
    /// Adds a pane (up to maximumPaneCount) showing an article no pane shows yet.
    ArticlePane *addPane();
    /// Removes a pane; the last one stays.
    void removePane(ArticlePane *pane);
    /// Shows an article in the focused pane.
    void openArticle(qint64 articleId);
    /**
     * Removes an article and its facts from the project, after asking when
     * askFirst. The undo history is cleared: its steps may name those facts.
     */
    bool removeArticle(qint64 articleId, bool askFirst = true);
    /// Signs the reviews that follow with name (remembered); false for a blank name.
    bool setEditorName(const QString &name);
    /// The article the Article menu acts on: the list's current one while the list has focus, else the
    /// focused pane's.
    qint64 actionArticleId() const;
    /// Shows a fact's article in a pane (the one showing it, else the focused one), centred and flashed.
    void revealFact(qint64 factId);

    QAction *addFigureAction() const { return m_addFigureAction; }
    QAction *articlePropertiesAction() const { return m_articlePropertiesAction; }
    QAction *removeArticleAction() const { return m_removeArticleAction; }
    /// G: to the first figure the fact editor offers "Elsewhere", in another article.
    QAction *elsewhereAction() const { return m_elsewhereAction; }
    QAction *addPaneAction() const { return m_addPaneAction; }
    QAction *removePaneAction() const { return m_removePaneAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    /// Ctrl+F: the find bar of the focused pane.
    QAction *findAction() const { return m_findAction; }
    /// Help ▸ Figure Marks: the legend of tints and underlines.
    QAction *legendAction() const { return m_legendAction; }
    /// Review ▸ Audit Log: the project's log, filterable by editor.
    QAction *auditLogAction() const { return m_auditLogAction; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    /// The text size of every pane, in steps from the default.
    int textZoom() const { return m_textZoom; }
    void setTextZoom(int steps);

    /// "3 / 12 verified" texts, as shown in the status bar.
    QString articleProgressText() const;
    QString projectProgressText() const;

    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openLastProjectOrSamples();
    void createActions();
    void createMenus();
    void retranslateUi();
    /// The texts of the undo steps, in the language now chosen.
    void retranslateHistory();
    /// The editor's dock no narrower than its buttons and fields.
    void keepEditorWhole();
    void restoreSettings();
    ArticlePane *createPane(qint64 articleId);
    qint64 articleNotShown() const;
    void fillEmptyPanes();
    void updateStatus();
    void applyThemeToFactPanel();
    /// The Story panel under the panes, its marks in the text and the fact table.
    void createStoryDock();
    void updatePaneActions();
    /// The article list's and the editor's share of the window's width (onlyWiden: for those narrower).
    void shareDockWidths(bool onlyWiden);
    void updateAddFigureAction();
    void updateArticleActions();
    /// The name dialog, open without blocking; then runs once it is answered.
    void askEditorName(const std::function<void()> &then = {});
    /// openStartupProject() once the editor is known.
    void openStartupFiles(const QStringList &files);
    void updateEditorButton();
    void showAuditLog();
    /// Review keys whose action is disabled say why in the status bar instead of doing nothing.
    void createWhyNotShortcuts();
    QString whyNotText(const QAction *action) const;
    void showStatusMessage(const QString &message);
    void showAbout();
    void showShortcuts();

    Project *m_project;
    QSettings *m_settings;
    LanguageSwitcher *m_languages;
    QUndoStack *m_undoStack;
    ReviewController *m_controller;
    ThemePicker *m_themes;
    ArticleListModel *m_articleModel;
    ArticleListView *m_articleList;
    FactPanel *m_factPanel;
    ProjectFileController *m_files;
    QSplitter *m_splitter;
    QDockWidget *m_articleDock;
    QDockWidget *m_factDock;
    StoryTracker *m_storyTracker;
    StoryPanel *m_storyPanel;
    QDockWidget *m_storyDock;
    QDockWidget *m_editorDock;
    QList<ArticlePane *> m_panes;
    ArticlePane *m_focusedPane = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_addFigureAction = nullptr;
    QAction *m_articlePropertiesAction = nullptr;
    QAction *m_removeArticleAction = nullptr;
    QAction *m_editorNameAction = nullptr;
    QAction *m_elsewhereAction = nullptr;
    QAction *m_addPaneAction = nullptr;
    QAction *m_removePaneAction = nullptr;
    QAction *m_focusArticlesAction = nullptr;
    QAction *m_focusTextAction = nullptr;
    QAction *m_focusFactsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_legendAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QToolButton *m_editorButton = nullptr;
    QAction *m_aboutAction = nullptr;

    QLabel *m_articleProgress;
    QLabel *m_projectProgress;
    QLabel *m_readOnly;

    // Set while a pane reports a figure the user reached in the text, so
    // that the echo from the controller does not scroll the text under them.
    bool m_activatingFromText = false;
    // No saved layout: dock widths are set once the window has its size.
    bool m_needsInitialDockSizes = false;
    /// The saved dock layout, restored again once the window is shown.
    QByteArray m_stateToRestoreShown;
    /// The window's width before panes were added (0: none added): closing them gives it back.
    int m_widthBeforeExtraPanes = 0;
    QList<int> m_dockWidthsBeforeExtraPanes;
    int m_textZoom = 0;
    /// Pending facts at the last status update: reaching 0 is announced.
    int m_lastPendingCount = -1;
};

} // namespace FactDesk
