#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QEvent;
class QMenu;
class QSettings;
class QWidget;

namespace FactDesk {

class ImportProgress;
class Project;
class StoryTracker;
class ProjectFileControllerPrivate;

/**
 * The File menu: New, Open…, Open Recent, Save As…, Import Articles…, Import
 * Folder… and Export…, with the dialogs behind them. MainWindow creates one,
 * puts its actions in the File menu (fillMenu() does it in the usual order)
 * and sets the window title from windowTitleChanged().
 *
 * Projects are SQLite files where every edit is committed at once, so there is
 * nothing to "save": New creates the file, Save As copies the project to
 * another file and continues there. Open Team Project opens one on a
 * PostgreSQL server by its URL (or libpq service); its password, when libpq
 * finds none, is asked in a dialog and kept by the connection for the session
 * only. Recent files list team projects by their URL, which holds no password.
 *
 * Errors (a file that is not a project, corrupted, from a newer version,
 * locked by another window) are shown in a window-modal QMessageBox child of
 * dialogParent and leave the current project untouched. A read-only file opens
 * read-only with a notice.
 *
 * Shortcuts: New Ctrl+N, Open Ctrl+O, Save As Ctrl+Shift+S, Import Articles
 * Ctrl+I, Import Folder Ctrl+Shift+I, Export Ctrl+Shift+E (all modified keys,
 * so the review panel keeps its single-letter keys).
 */
class ProjectFileController : public QObject
{
    Q_OBJECT
public:
    /// The most files Open Recent lists.
    static constexpr int maximumRecentFiles = 8;
    /// Suffix of project files, without the dot.
    static QString projectSuffix();
    /// A path named like a project file (".factdesk"), whether or not it exists.
    static bool isProjectFileName(const QString &path);

    ProjectFileController(
        Project *project, QSettings *settings, QWidget *dialogParent, QObject *parent = nullptr);
    ~ProjectFileController() override;

    QAction *newAction() const;
    QAction *openAction() const;
    /// File ▸ Open Team Project…: asks for a PostgreSQL URL.
    QAction *openTeamAction() const;
    /// The Open Recent submenu; its menuAction() is disabled while it is empty.
    QMenu *recentMenu() const;
    QAction *saveAsAction() const;
    QAction *importFilesAction() const;
    QAction *importFolderAction() const;
    QAction *exportAction() const;
    /// Adds every action above to menu, with separators, in File-menu order.
    void fillMenu(QMenu *menu) const;

    /// The import under way (its progress and cancel()), or nullptr.
    ImportProgress *runningImport() const;

    /// Most recent first, at most maximumRecentFiles: file paths, and team projects' URLs.
    QStringList recentFiles() const;

    /// Asks for a team project's password (prompt says for whom); a null QString cancels.
    using PasswordPrompt = std::function<QString(const QString &prompt)>;
    /// Replaces the password dialog (tests); an empty function brings the dialog back.
    void setPasswordPrompt(PasswordPrompt prompt);
    /// The window's story tracker, whose ledger exports take (null: each export builds its own).
    void setStoryTracker(StoryTracker *tracker);
    /// "name.factdesk — FactDesk", "name.factdesk [read-only] — FactDesk", or "Untitled — FactDesk".
    QString windowTitle() const;

public Q_SLOTS:
    /// Asks for a file name, then creates an empty project there.
    void newProject();
    /// Asks for a project file, then opens it.
    void open();
    /// Asks for a team project's URL, then opens it.
    void openTeam();
    /// Asks for a file name, then copies the project there and continues in the copy.
    void saveAs();
    /// Asks for article files (multi-selection), then imports them.
    void importArticles();
    /// Asks for a folder, then imports every article file under it.
    void importFolder();
    /// Shows the export dialog.
    void exportFacts();

    /// Creates a project file at path and switches to it. Returns false (after a message) on error.
    bool createProject(const QString &path);
    /**
     * Opens the team project at location (a PostgreSQL URL or "service=…", without
     * a password). On error the current project is left as it was, a message says
     * why, and false is returned.
     */
    bool openTeamProject(const QString &location);
    /**
     * Opens the project file at path (or the team project, when path is a
     * team project's location). On error the current project is left as
     * it was, a message says why, and false is returned.
     */
    bool openProject(const QString &path);
    /**
     * Opens the project file at path read-only, without taking its lock: for
     * a project another FactDesk window has open. The message about a locked
     * project offers it.
     */
    bool openProjectReadOnly(const QString &path);
    /// Copies the current project to path and switches to the copy.
    bool saveProjectAs(const QString &path);
    /**
     * Starts importing files and folders (folders recursively) into the
     * project and returns at once: a cancellable progress dialog follows the
     * import while the window stays usable. A clean import ends with
     * importFinished() and statusMessage() (the window says it in its status bar); one with
     * files that failed or need attention with a summary box too. Used for
     * files dropped on the window too: a project file among them is opened
     * first (and the articles, if any, are imported into it). Ignored while
     * another import runs.
     */
    void importFiles(const QStringList &paths);
    /**
     * Shows the dialog that edits an article's title, source, URL, date and
     * language, and writes the change to the project. A new language or date
     * reads the figures again (articleReread()). Returns false when the user
     * cancelled, the article does not exist or the change was refused (with a
     * message).
     */
    bool editArticleMetadata(qint64 articleId);

Q_SIGNALS:
    /// Another project file was created or opened, or the project moved to another file.
    void projectChanged();
    void windowTitleChanged(const QString &title);
    void recentFilesChanged();
    /**
     * An article's figures were read again after its language or date changed;
     * changedFacts of its facts now hold another figure (and are pending).
     */
    void articleReread(qint64 articleId, int changedFacts);
    /// An import finished (or was cancelled); imported is how many articles were added.
    void importFinished(int imported);
    /// The facts were exported to path.
    void exportFinished(const QString &path);
    /// News for the status bar, not worth a box ("2 articles imported. 1 duplicate skipped.").
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Into the hidden sample project, or a new project? Asked before importing there.
    void askWhereToImport(const QStringList &paths);

    std::unique_ptr<ProjectFileControllerPrivate> d;
};

} // namespace FactDesk
