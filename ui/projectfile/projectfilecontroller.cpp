#include "projectfilecontroller.h"

#include "article/articleimporter.h"
#include "articlemetadatadialog.h"
#include "exportdialog.h"
#include "importprogress.h"
#include "project/project.h"
#include "project/projectimporter.h"
#include "project/projectlocation.h"
#include "project/projectstore.h"
#include "project/samplelibrary.h"
#include "teampasswordprompt.h"
#include "teamprojectdialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace FactDesk {

namespace {

const auto recentFilesKey = QLatin1String("projects/recentFiles");
const auto lastDirectoryKey = QLatin1String("projects/lastDirectory");
const auto lastImportDirectoryKey = QLatin1String("projects/lastImportDirectory");

/// A team project's location (a URL without its password) is kept as written; a file's path made canonical.
bool isTeamLocation(const QString &path)
{
    return ProjectLocation::looksLikeTeamProject(path);
}

QString comparablePath(const QString &path)
{
    if (isTeamLocation(path))
        return path;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

class ProjectFileControllerPrivate
{
public:
    ProjectFileController *q = nullptr;
    Project *project = nullptr;
    QSettings *settings = nullptr;
    QWidget *dialogParent = nullptr;
    StoryTracker *storyTracker = nullptr;

    QAction *newAction = nullptr;
    QAction *openAction = nullptr;
    QAction *openTeamAction = nullptr;
    QPointer<QMenu> recentMenu; ///< owned by dialogParent (a menu needs a widget parent)
    QAction *clearRecentAction = nullptr;
    QAction *saveAsAction = nullptr;
    QAction *importFilesAction = nullptr;
    QAction *importFolderAction = nullptr;
    QAction *exportAction = nullptr;

    QStringList recentFiles;
    bool importRunning = false;
    /// The analyst chose to import into the sample project: not asked again this session.
    bool samplesImportAccepted = false;
    ImportProgress *importProgress = nullptr; ///< while an import runs
    /// Asks a team project's password; TeamPasswordPrompt when not set (tests set their own).
    ProjectFileController::PasswordPrompt passwordPrompt;

    QAction *makeAction(void (ProjectFileController::*slot)())
    {
        auto *action = new QAction(q);
        QObject::connect(action, &QAction::triggered, q, slot);
        return action;
    }

    void retranslate()
    {
        newAction->setText(ProjectFileController::tr("&New Project…"));
        newAction->setStatusTip(ProjectFileController::tr("Create an empty project file"));
        openAction->setText(ProjectFileController::tr("&Open Project…", "verb: open a file"));
        openAction->setStatusTip(ProjectFileController::tr("Open an existing project file"));
        openTeamAction->setText(ProjectFileController::tr("Open &Team Project…"));
        openTeamAction->setStatusTip(
            ProjectFileController::tr("Open a project that several analysts share on a PostgreSQL server"));
        if (recentMenu)
            recentMenu->setTitle(ProjectFileController::tr("Open &Recent"));
        clearRecentAction->setText(ProjectFileController::tr("&Clear List", "recent files"));
        saveAsAction->setText(ProjectFileController::tr("Save Project &As…"));
        saveAsAction->setStatusTip(
            ProjectFileController::tr("Copy the project to another file and continue there"));
        importFilesAction->setText(ProjectFileController::tr("&Import Articles…"));
        importFilesAction->setStatusTip(
            ProjectFileController::tr("Add text, Markdown or HTML articles to the project"));
        importFolderAction->setText(ProjectFileController::tr("Import &Folder…"));
        importFolderAction->setStatusTip(
            ProjectFileController::tr("Add every article file found in a folder and its subfolders"));
        exportAction->setText(ProjectFileController::tr("&Export Facts…"));
        exportAction->setStatusTip(ProjectFileController::tr("Write the facts to a CSV or JSON file"));
        rebuildRecentMenu();
    }

    void updateActions()
    {
        const bool writable = !project->isReadOnly();
        importFilesAction->setEnabled(writable && !importRunning);
        importFolderAction->setEnabled(writable && !importRunning);
        exportAction->setEnabled(!project->facts().isEmpty());
        newAction->setEnabled(!importRunning);
        openAction->setEnabled(!importRunning);
        openTeamAction->setEnabled(!importRunning);
        saveAsAction->setEnabled(!importRunning);
        if (recentMenu)
            recentMenu->menuAction()->setEnabled(!recentFiles.isEmpty() && !importRunning);
    }

    void rebuildRecentMenu()
    {
        if (!recentMenu) {
            updateActions();
            return;
        }
        recentMenu->clear();
        for (int i = 0; i < recentFiles.size(); ++i) {
            const QString path = recentFiles.at(i);
            // The number is the keyboard mnemonic; & in a file name must not become one. A team
            // project shows its whole location (never with a password: locations hold none).
            QString name = isTeamLocation(path) ? path : QFileInfo(path).fileName();
            name.replace(QLatin1Char('&'), QLatin1String("&&"));
            QAction *action
                = recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
            const QString shown = isTeamLocation(path) ? path : QDir::toNativeSeparators(path);
            action->setToolTip(shown);
            action->setStatusTip(shown);
            action->setData(path);
            QObject::connect(action, &QAction::triggered, q, [this, path] { openRecent(path); });
        }
        if (!recentFiles.isEmpty()) {
            recentMenu->addSeparator();
            recentMenu->addAction(clearRecentAction);
        }
        updateActions();
    }

    void setRecentFiles(const QStringList &files)
    {
        recentFiles = files.mid(0, ProjectFileController::maximumRecentFiles);
        if (settings)
            settings->setValue(recentFilesKey, recentFiles);
        rebuildRecentMenu();
        Q_EMIT q->recentFilesChanged();
    }

    void addRecent(const QString &path)
    {
        const QString absolute = isTeamLocation(path) ? path : QFileInfo(path).absoluteFilePath();
        const QString key = comparablePath(absolute);
        QStringList files = recentFiles;
        files.erase(std::remove_if(files.begin(), files.end(),
                        [&key](const QString &file) { return comparablePath(file) == key; }),
            files.end());
        files.prepend(absolute);
        setRecentFiles(files);
    }

    void removeRecent(const QString &path)
    {
        QStringList files = recentFiles;
        files.removeAll(path);
        setRecentFiles(files);
    }

    void openRecent(const QString &path)
    {
        if (isTeamLocation(path)) {
            q->openTeamProject(path);
            return;
        }
        if (!QFileInfo::exists(path)) {
            removeRecent(path);
            showMessage(QMessageBox::Warning, ProjectFileController::tr("Project Not Found"),
                ProjectFileController::tr("The project “%1” no longer exists. It was removed from the "
                                          "list of recent projects.")
                    .arg(QDir::toNativeSeparators(path)));
            return;
        }
        q->openProject(path);
    }

    /// informative is shown under text; detailed behind the box's Show Details button.
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
        const QString &informative = QString(), const QString &detailed = QString())
    {
        // Window-modal and not blocking: the caller carries on, nothing waits on a nested loop.
        auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, dialogParent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(dialogParent ? Qt::WindowModal : Qt::ApplicationModal);
        if (!informative.isEmpty())
            box->setInformativeText(informative);
        if (!detailed.isEmpty())
            box->setDetailedText(detailed);
        box->open();
    }

    QString startDirectory(QLatin1String key) const
    {
        const QString remembered = settings ? settings->value(key).toString() : QString();
        if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
            return remembered;
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileInfo(documents).isDir() ? documents : QDir::homePath();
    }

    void rememberDirectory(QLatin1String key, const QString &path)
    {
        if (settings)
            settings->setValue(key, path);
    }

    QString projectFilter() const
    {
        return ProjectFileController::tr("FactDesk projects (*.%1)")
            .arg(ProjectFileController::projectSuffix());
    }

    QString withSuffix(const QString &path) const
    {
        if (ProjectFileController::isProjectFileName(path))
            return path;
        return path + QLatin1Char('.') + ProjectFileController::projectSuffix();
    }

    bool isCurrentFile(const QString &path) const
    {
        const QString current = project->filePath();
        return !current.isEmpty() && comparablePath(current) == comparablePath(path);
    }

    bool open(const QString &requestedPath, bool readOnlyRequested)
    {
        if (isTeamLocation(requestedPath))
            return openTeam(requestedPath);
        const QString path = QFileInfo(requestedPath).absoluteFilePath();
        if (isCurrentFile(path) && (!readOnlyRequested || project->isReadOnly()))
            return true;
        if (!QFileInfo(path).isFile()) {
            showMessage(QMessageBox::Critical, ProjectFileController::tr("Cannot Open Project"),
                ProjectFileController::tr("The file “%1” does not exist.")
                    .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        QString error;
        ProjectStore::OpenOptions options;
        options.mode
            = readOnlyRequested ? ProjectStore::OpenMode::ReadOnly : ProjectStore::OpenMode::ReadWrite;
        options.loadWhileChecking = true; // switchTo() loads it right after
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error, options);
        if (!store) {
            const QString text = ProjectFileController::tr("The project “%1” could not be opened.")
                                     .arg(QDir::toNativeSeparators(path));
            // Another window holds the lock: reading alongside it is safe, so offer that.
            if (!readOnlyRequested && QFileInfo::exists(path + QLatin1String(".lock")))
                offerReadOnly(path, text, error);
            else
                showMessage(
                    QMessageBox::Critical, ProjectFileController::tr("Cannot Open Project"), text, error);
            return false;
        }
        const bool readOnly = store->isReadOnly();
        if (!switchTo(std::move(store), path))
            return false;
        if (readOnly && !readOnlyRequested) {
            showMessage(QMessageBox::Information, ProjectFileController::tr("Opened Read-Only"),
                ProjectFileController::tr("The file “%1” is read-only: you may review the project and "
                                          "export facts, but changes cannot be saved. Use Save Project As "
                                          "to continue in a copy you can write to.")
                    .arg(QFileInfo(path).fileName()));
        }
        return true;
    }

    /// A team project: its URL (or service) checked, the password asked only if libpq has none.
    bool openTeam(const QString &text)
    {
        ProjectLocation location;
        QString error;
        if (!ProjectLocation::parse(text, &location, &error) || !location.isTeam()) {
            showMessage(QMessageBox::Critical, ProjectFileController::tr("Cannot Open Team Project"),
                // error names what was given, without a password written in it: text itself may hold one.
                ProjectFileController::tr("This does not name a team project."), error);
            return false;
        }
        const QString shown = location.toDisplayString();
        if (ProjectStore *current = project->store();
            current && current->isTeam() && current->location() == location)
            return true;
        ProjectStore::OpenOptions options;
        options.askPassword = [this](const QString &prompt) {
            return passwordPrompt ? passwordPrompt(prompt) : TeamPasswordPrompt::ask(dialogParent, prompt);
        };
        QApplication::setOverrideCursor(Qt::WaitCursor);
        std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error, options);
        QApplication::restoreOverrideCursor();
        if (!store) {
            showMessage(QMessageBox::Critical, ProjectFileController::tr("Cannot Open Team Project"),
                ProjectFileController::tr("The team project “%1” could not be opened.").arg(shown), error);
            return false;
        }
        return switchTo(std::move(store), shown);
    }

    void offerReadOnly(const QString &path, const QString &text, const QString &error)
    {
        auto *box = new QMessageBox(QMessageBox::Warning, ProjectFileController::tr("Project Already Open"),
            text, QMessageBox::Cancel, dialogParent);
        box->setInformativeText(error);
        QPushButton *readOnlyButton
            = box->addButton(ProjectFileController::tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box->setDefaultButton(readOnlyButton);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(dialogParent ? Qt::WindowModal : Qt::ApplicationModal);
        QObject::connect(readOnlyButton, &QPushButton::clicked, q, [this, path] { open(path, true); });
        box->open();
    }

    /// Puts the store in the project; on failure the project keeps what it had.
    bool switchTo(std::unique_ptr<ProjectStore> store, const QString &path)
    {
        QString error;
        if (!project->attachStore(std::move(store), &error)) {
            showMessage(QMessageBox::Critical, ProjectFileController::tr("Cannot Open Project"),
                ProjectFileController::tr("The project “%1” could not be loaded.")
                    .arg(QDir::toNativeSeparators(path)),
                error);
            return false;
        }
        addRecent(path);
        if (!isTeamLocation(path))
            rememberDirectory(lastDirectoryKey, QFileInfo(path).absolutePath());
        updateActions();
        Q_EMIT q->projectChanged();
        Q_EMIT q->windowTitleChanged(q->windowTitle());
        return true;
    }

    /// A scratch project has no file yet: create one and write everything in it.
    bool copyScratchProject(const QString &path, QString *error)
    {
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path, error);
        if (!store)
            return false;
        for (const Article &article : project->articles()) {
            QVector<Fact> facts;
            const auto articleFacts = project->factsOfArticle(article.id);
            facts.reserve(articleFacts.size());
            for (const Fact *fact : articleFacts)
                facts.append(*fact);
            if (!store->insertArticle(article, facts, project->editor(), error)) {
                store.reset();
                QFile::remove(path);
                return false;
            }
        }
        return true;
    }
};

QString ProjectFileController::projectSuffix()
{
    return ProjectStore::fileSuffix();
}

bool ProjectFileController::isProjectFileName(const QString &path)
{
    return QFileInfo(path).suffix().compare(projectSuffix(), Qt::CaseInsensitive) == 0;
}

ProjectFileController::ProjectFileController(
    Project *project, QSettings *settings, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ProjectFileControllerPrivate>())
{
    Q_ASSERT(project);
    d->q = this;
    d->project = project;
    d->settings = settings;
    d->dialogParent = dialogParent;

    d->newAction = d->makeAction(&ProjectFileController::newProject);
    d->newAction->setShortcut(QKeySequence::New);
    d->openAction = d->makeAction(&ProjectFileController::open);
    d->openAction->setShortcut(QKeySequence::Open);
    d->openTeamAction = d->makeAction(&ProjectFileController::openTeam);
    d->recentMenu = new QMenu(dialogParent);
    d->clearRecentAction = new QAction(this);
    connect(d->clearRecentAction, &QAction::triggered, this, [this] { d->setRecentFiles({}); });
    d->saveAsAction = d->makeAction(&ProjectFileController::saveAs);
    // Some platforms bind no key to SaveAs; Ctrl+Shift+S is what users expect there.
    const auto saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    d->saveAsAction->setShortcuts(saveAsKeys.isEmpty()
            ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) }
            : saveAsKeys);
    d->importFilesAction = d->makeAction(&ProjectFileController::importArticles);
    d->importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    d->importFolderAction = d->makeAction(&ProjectFileController::importFolder);
    d->importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    d->exportAction = d->makeAction(&ProjectFileController::exportFacts);
    d->exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    if (settings) {
        QStringList files = settings->value(recentFilesKey).toStringList();
        files.removeAll(QString());
        d->recentFiles = files.mid(0, maximumRecentFiles);
    }

    // Actions are not widgets: they learn about a language switch through the
    // widget they belong to (or the application, for a controller without one).
    (dialogParent ? static_cast<QObject *>(dialogParent) : QCoreApplication::instance())
        ->installEventFilter(this);

    connect(project, &Project::reset, this, [this] { d->updateActions(); });
    connect(project, &Project::factsInserted, this, [this] { d->updateActions(); });
    connect(project, &Project::factsRemoved, this, [this] { d->updateActions(); });
    d->retranslate();
}

ProjectFileController::~ProjectFileController()
{
    // The menu belongs to the dialog parent, which may outlive this controller
    // (or be gone already, which the QPointer knows).
    delete d->recentMenu.data();
}

bool ProjectFileController::eventFilter(QObject *watched, QEvent *event)
{
    const QObject *languageSource
        = d->dialogParent ? static_cast<QObject *>(d->dialogParent) : QCoreApplication::instance();
    if (watched == languageSource && event->type() == QEvent::LanguageChange) {
        d->retranslate();
        Q_EMIT windowTitleChanged(windowTitle());
    }
    return QObject::eventFilter(watched, event);
}

QAction *ProjectFileController::newAction() const
{
    return d->newAction;
}

QAction *ProjectFileController::openAction() const
{
    return d->openAction;
}

QMenu *ProjectFileController::recentMenu() const
{
    return d->recentMenu;
}

QAction *ProjectFileController::saveAsAction() const
{
    return d->saveAsAction;
}

QAction *ProjectFileController::importFilesAction() const
{
    return d->importFilesAction;
}

QAction *ProjectFileController::importFolderAction() const
{
    return d->importFolderAction;
}

QAction *ProjectFileController::exportAction() const
{
    return d->exportAction;
}

void ProjectFileController::fillMenu(QMenu *menu) const
{
    menu->addAction(d->newAction);
    menu->addAction(d->openAction);
    menu->addAction(d->openTeamAction);
    menu->addMenu(d->recentMenu);
    menu->addAction(d->saveAsAction);
    menu->addSeparator();
    menu->addAction(d->importFilesAction);
    menu->addAction(d->importFolderAction);
    menu->addSeparator();
    menu->addAction(d->exportAction);
}

QStringList ProjectFileController::recentFiles() const
{
    return d->recentFiles;
}

QString ProjectFileController::windowTitle() const
{
    const QString path = d->project->filePath();
    const ProjectStore *store = d->project->store();
    QString name = path.isEmpty() ? tr("Untitled", "project without a file") : QFileInfo(path).fileName();
    if (store && store->isTeam())
        name = store->location().shortName();
    if (d->project->isReadOnly())
        name = tr("%1 [read-only]", "window title: project file name").arg(name);
    return tr("%1 — FactDesk", "window title: project name").arg(name);
}

void ProjectFileController::newProject()
{
    QFileDialog dialog(
        d->dialogParent, tr("New Project"), d->startDirectory(lastDirectoryKey), d->projectFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(projectSuffix());
    // An existing file is never replaced by an empty project: createProject refuses it.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    createProject(dialog.selectedFiles().constFirst());
}

void ProjectFileController::open()
{
    const QString path = QFileDialog::getOpenFileName(d->dialogParent, tr("Open Project", "dialog title"),
        d->startDirectory(lastDirectoryKey), d->projectFilter() + QLatin1String(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void ProjectFileController::saveAs()
{
    QFileDialog dialog(
        d->dialogParent, tr("Save Project As"), d->startDirectory(lastDirectoryKey), d->projectFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(projectSuffix());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    saveProjectAs(dialog.selectedFiles().constFirst());
}

void ProjectFileController::importArticles()
{
    QStringList patterns = ArticleImporter::nameFilters();
    const QString filters = tr("Articles (%1)").arg(patterns.join(QLatin1Char(' '))) + QLatin1String(";;")
        + tr("All files (*)");
    const QStringList files = QFileDialog::getOpenFileNames(
        d->dialogParent, tr("Import Articles"), d->startDirectory(lastImportDirectoryKey), filters);
    if (files.isEmpty())
        return;
    d->rememberDirectory(lastImportDirectoryKey, QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void ProjectFileController::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        d->dialogParent, tr("Import Folder"), d->startDirectory(lastImportDirectoryKey));
    if (folder.isEmpty())
        return;
    d->rememberDirectory(lastImportDirectoryKey, folder);
    importFiles({ folder });
}

void ProjectFileController::exportFacts()
{
    auto *dialog = new ExportDialog(d->project, d->storyTracker, d->settings, d->dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, &ProjectFileController::exportFinished);
    dialog->open();
}

bool ProjectFileController::createProject(const QString &requestedPath)
{
    const QString path = QFileInfo(d->withSuffix(requestedPath)).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        d->showMessage(QMessageBox::Warning, tr("Cannot Create Project"),
            tr("A file named “%1” already exists. Choose another name; FactDesk never replaces "
               "a file with an empty project.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
    if (!store) {
        d->showMessage(QMessageBox::Critical, tr("Cannot Create Project"),
            tr("The project “%1” could not be created.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    return d->switchTo(std::move(store), path);
}

void ProjectFileController::openTeam()
{
    TeamProjectDialog dialog(d->dialogParent);
    for (const QString &recent : std::as_const(d->recentFiles)) {
        if (isTeamLocation(recent)) {
            dialog.setLocation(recent);
            break;
        }
    }
    if (dialog.exec() == QDialog::Accepted)
        openTeamProject(dialog.location());
}

bool ProjectFileController::openTeamProject(const QString &location)
{
    return d->openTeam(location);
}

void ProjectFileController::setStoryTracker(StoryTracker *tracker)
{
    d->storyTracker = tracker;
}

void ProjectFileController::setPasswordPrompt(PasswordPrompt prompt)
{
    d->passwordPrompt = std::move(prompt);
}

QAction *ProjectFileController::openTeamAction() const
{
    return d->openTeamAction;
}

bool ProjectFileController::openProject(const QString &path)
{
    return d->open(path, false);
}

bool ProjectFileController::openProjectReadOnly(const QString &path)
{
    return d->open(path, true);
}

bool ProjectFileController::saveProjectAs(const QString &requestedPath)
{
    const QString path = QFileInfo(d->withSuffix(requestedPath)).absoluteFilePath();
    if (d->isCurrentFile(path))
        return true; // every edit is already in this file
    QString error;
    bool copied = false;
    if (ProjectStore *store = d->project->store()) {
        copied = store->saveAs(path, &error);
    } else {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            error = tr("The existing file could not be replaced.");
        else
            copied = d->copyScratchProject(path, &error);
    }
    if (!copied) {
        d->showMessage(QMessageBox::Critical, tr("Cannot Save Project"),
            tr("The project could not be saved as “%1”.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    std::unique_ptr<ProjectStore> copy = ProjectStore::open(path, &error);
    if (!copy) {
        d->showMessage(QMessageBox::Critical, tr("Cannot Open Project"),
            tr("The copy “%1” was written but could not be opened; you are still working in the "
               "original project.")
                .arg(QDir::toNativeSeparators(path)),
            error);
        return false;
    }
    return d->switchTo(std::move(copy), path);
}

void ProjectFileController::importFiles(const QStringList &droppedPaths)
{
    if (droppedPaths.isEmpty() || d->importRunning)
        return;
    // A project file among dropped files is opened, not imported as an article.
    QStringList paths;
    QString projectToOpen;
    for (const QString &path : droppedPaths) {
        const QFileInfo info(path);
        if (info.isFile() && isProjectFileName(path))
            projectToOpen = path;
        else
            paths.append(path);
    }
    if (!projectToOpen.isEmpty() && !openProject(projectToOpen))
        return;
    if (paths.isEmpty())
        return;
    if (d->project->isReadOnly()) {
        d->showMessage(QMessageBox::Warning, tr("Cannot Import"),
            tr("The project is read-only. Use Save Project As to continue in a copy you can write "
               "to, then import."));
        return;
    }
    // The samples live out of sight (the application's data folder): articles
    // of one's own go there only when the analyst says so, once a session.
    if (!d->samplesImportAccepted
        && QFileInfo(d->project->filePath()) == QFileInfo(SampleLibrary::defaultProjectPath())) {
        askWhereToImport(paths);
        return;
    }
    d->importRunning = true;
    d->updateActions();
    // Runs while the window's event loop turns; the summary comes at the end.
    auto *progress = new ImportProgress(d->project, d->dialogParent, this);
    d->importProgress = progress;
    connect(progress, &ImportProgress::finished, this, [this, progress] {
        const ProjectImportSummary &summary = progress->summary();
        d->importRunning = false;
        d->updateActions();
        const bool clean = summary.failed.isEmpty() && summary.needsAttention.isEmpty() && !summary.cancelled;
        // A clean import is said in the status bar: a box to close for good
        // news would interrupt the review. Problems get the box.
        if (clean) {
            Q_EMIT statusMessage(ImportProgress::summaryText(summary));
        } else {
            d->showMessage(QMessageBox::Warning, summary.cancelled ? tr("Import Cancelled") : tr("Import Finished"),
                ImportProgress::summaryText(summary), QString(), ImportProgress::summaryDetails(summary));
        }
        const int imported = int(summary.importedArticleIds.size());
        progress->deleteLater(); // its job is still on the stack
        d->importProgress = nullptr;
        Q_EMIT importFinished(imported);
    });
    progress->start(paths);
}

ImportProgress *ProjectFileController::runningImport() const
{
    return d->importProgress;
}

void ProjectFileController::askWhereToImport(const QStringList &paths)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import into the Sample Project?"),
        tr("The project open is the sample project, kept in %1. Import the articles into a new project "
           "of your own, or into the samples?")
            .arg(QDir::toNativeSeparators(QFileInfo(d->project->filePath()).absolutePath())),
        QMessageBox::Cancel, d->dialogParent);
    box->setObjectName(QStringLiteral("importWhereBox"));
    QPushButton *newProject = box->addButton(tr("&New Project\u2026"), QMessageBox::AcceptRole);
    QPushButton *samples = box->addButton(tr("Into the &Samples"), QMessageBox::AcceptRole);
    box->setDefaultButton(newProject);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, newProject, samples, paths] {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == samples) {
            d->samplesImportAccepted = true;
            importFiles(paths);
        } else if (clicked == newProject) {
            const QString samplesPath = d->project->filePath();
            ProjectFileController::newProject();
            if (d->project->filePath() != samplesPath)
                importFiles(paths);
        }
    });
    box->open();
}

bool ProjectFileController::editArticleMetadata(qint64 articleId)
{
    const Article *article = d->project->article(articleId);
    if (!article)
        return false;
    if (d->project->isReadOnly()) {
        d->showMessage(QMessageBox::Warning, tr("Cannot Edit Article"),
            tr("The project is read-only: the article’s properties cannot be changed."));
        return false;
    }
    const QString languageBefore = article->language;
    const QDate dateBefore = article->date;
    ArticleMetadataDialog dialog(*article, d->dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Article edited = dialog.article();
    if (!d->project->updateArticleMetadata(edited)) {
        d->showMessage(QMessageBox::Critical, tr("Cannot Edit Article"),
            tr("The article’s properties could not be saved."), d->project->lastError());
        return false;
    }
    // The figures were read for the old language and date: read them again.
    if (edited.language != languageBefore || edited.date != dateBefore) {
        ProjectImportSummary summary;
        ProjectImporter importer(d->project);
        if (!importer.rereadArticle(articleId, &summary)) {
            d->showMessage(QMessageBox::Critical, tr("Cannot Read Figures Again"),
                tr("The properties were saved, but the figures could not be read again with them."),
                summary.failed.isEmpty() ? QString() : summary.failed.constFirst().reason);
            return true;
        }
        const int changed = int(summary.needsAttention.size());
        Q_EMIT articleReread(articleId, changed);
        if (changed > 0) {
            d->showMessage(QMessageBox::Information, tr("Figures Read Again"),
                tr("With the new language or date, %n fact(s) read differently: they are pending again.",
                    nullptr, changed),
                QString(), ImportProgress::summaryDetails(summary));
        }
    }
    return true;
}

} // namespace FactDesk
