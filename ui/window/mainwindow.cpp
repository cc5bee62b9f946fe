#include "mainwindow.h"

#include "articlelistview.h"
#include "articlepane.h"
#include "articleview.h"
#include "auditlogdialog.h"
#include "editornamedialog.h"
#include "facteditor.h"
#include "factpanel.h"
#include "figurestyle.h"
#include "languageswitcher.h"
#include "legenddialog.h"
#include "project/articlelistmodel.h"
#include "project/project.h"
#include "project/projectlocation.h"
#include "project/projectstore.h"
#include "project/samplelibrary.h"
#include "projectfilecontroller.h"
#include "review/factfilterproxymodel.h"
#include "review/factmodel.h"
#include "reviewcontroller.h"
#include "reviewfactcommand.h"
#include "shortcutsdialog.h"
#include "story/storytracker.h"
#include "storypanel.h"
#include "teamsession.h"
#include "themepicker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace FactDesk {

namespace {
const QString settingsGroup = QStringLiteral("mainWindow");
const QString advanceSettingsKey = QStringLiteral("review/advanceAfterReview");
const QString editorSettingsKey = QStringLiteral("review/editor");
const QString zoomSettingsKey = QStringLiteral("view/textZoom");
// Version 1: the editor in its own dock on the right, the table at the bottom.
constexpr int dockLayoutVersion = 1;
constexpr int statusMessageMilliseconds = 8000;

QList<int> equalSizes(int count)
{
    QList<int> sizes;
    for (int i = 0; i < count; ++i)
        sizes.append(1000);
    return sizes;
}
} // namespace

MainWindow::MainWindow(Project *project, QSettings *settings, LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_project(project)
    , m_settings(settings)
    , m_languages(languages)
    , m_undoStack(new QUndoStack(this))
    , m_controller(new ReviewController(project, m_undoStack, this))
    , m_themes(new ThemePicker(settings, this))
    , m_articleModel(new ArticleListModel(project, this))
    , m_articleList(new ArticleListView(m_articleModel, this))
    , m_factPanel(new FactPanel(project, m_controller, this))
    , m_files(new ProjectFileController(project, settings, this, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_articleDock(new QDockWidget(this))
    , m_factDock(new QDockWidget(this))
    , m_storyTracker(new StoryTracker(project, this))
    , m_storyPanel(new StoryPanel(project, m_storyTracker, m_controller, m_undoStack, this))
    , m_storyDock(new QDockWidget(this))
    , m_editorDock(new QDockWidget(this))
    , m_articleProgress(new QLabel(this))
    , m_projectProgress(new QLabel(this))
    , m_readOnly(new QLabel(this))
{
    setAcceptDrops(true);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_articleDock->setObjectName(QStringLiteral("articleDock"));
    m_articleDock->setWidget(m_articleList);
    // Squeezed by the panes and the fact table, the list would show no title at all.
    m_articleList->setMinimumWidth(m_articleList->fontMetrics().averageCharWidth() * 22);
    addDockWidget(Qt::LeftDockWidgetArea, m_articleDock);
    // The table of facts under the articles, as wide as the window but the
    // editor: every column readable at 1280 px. The editor on the right, the
    // whole height: its fields, buttons, note and history without scrolling.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_factDock->setObjectName(QStringLiteral("factDock"));
    m_factDock->setWidget(m_factPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_factDock);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setWidget(m_factPanel->detachEditor());
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    createStoryDock();

    // Who signs the reviews, always in sight: a name taken from the system
    // says so, and a click changes it.
    m_editorButton = new QToolButton(this);
    m_editorButton->setObjectName(QStringLiteral("editorButton"));
    m_editorButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_editorButton);
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_articleProgress);
    statusBar()->addPermanentWidget(m_projectProgress);
    for (QLabel *label : { m_readOnly, m_articleProgress, m_projectProgress })
        label->setContentsMargins(8, 0, 8, 0);
    QFont bold = m_readOnly->font();
    bold.setBold(true);
    m_readOnly->setFont(bold);
    // A message the progress labels would cut ("…rejetez plut") gets their
    // room while it shows; they come back with the next update.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        int permanent = 0;
        for (const QWidget *widget :
            { static_cast<QWidget *>(m_editorButton), static_cast<QWidget *>(m_readOnly) })
            permanent += widget->isVisible() ? widget->width() : 0;
        const int progress = m_articleProgress->sizeHint().width() + m_projectProgress->sizeHint().width();
        const int room
            = statusBar()->width() - permanent - progress - 4 * statusBar()->fontMetrics().averageCharWidth();
        const bool cut = statusBar()->fontMetrics().horizontalAdvance(message) > room;
        m_articleProgress->setVisible(!cut);
        m_projectProgress->setVisible(!cut);
    });

    createActions();
    createMenus();

    connect(m_articleList, &ArticleListView::articleActivated, this, &MainWindow::openArticle);
    connect(m_controller, &ReviewController::currentFactChanged, this, [this](qint64 factId) {
        for (ArticlePane *pane : std::as_const(m_panes))
            pane->setCurrentFact(factId);
        if (!m_activatingFromText)
            revealFact(factId);
    });
    connect(m_controller, &ReviewController::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, statusMessageMilliseconds); });
    connect(m_controller, &ReviewController::noticeOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, statusMessageMilliseconds); });
    connect(m_themes, &ThemePicker::themeChanged, this, [this] {
        for (ArticlePane *pane : std::as_const(m_panes))
            pane->applyTheme();
        applyThemeToFactPanel();
    });
    applyThemeToFactPanel();
    connect(m_files, &ProjectFileController::windowTitleChanged, this, &QWidget::setWindowTitle);
    // Undo steps hold the facts as they were; a fact that now holds another figure must not get them back.
    connect(m_files, &ProjectFileController::articleReread, this, [this](qint64, int changedFacts) {
        if (changedFacts > 0)
            m_undoStack->clear();
    });
    connect(m_files, &ProjectFileController::exportFinished, this, [this](const QString &path) {
        showStatusMessage(tr("Facts exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_files, &ProjectFileController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_files, &ProjectFileController::importFinished, this, &MainWindow::fillEmptyPanes);

    connect(project, &Project::reset, this, [this] {
        fillEmptyPanes();
        updateStatus();
    });
    connect(project, &Project::articleAdded, this, [this] {
        fillEmptyPanes();
        updateArticleActions();
    });
    connect(project, &Project::factChanged, this, &MainWindow::updateStatus);
    connect(project, &Project::factsInserted, this, &MainWindow::updateStatus);
    connect(project, &Project::factsRemoved, this, &MainWindow::updateStatus);
    connect(project, &Project::articleRemoved, this, &MainWindow::updateStatus);

    // Team projects: the others' changes, who is on which article, the banner (ui/team).
    auto *team = new TeamSession(this);
    connect(team, &TeamSession::statusMessage, this, &MainWindow::showStatusMessage);

    // Every review is signed: the name chosen (asked on the first start),
    // else the system user's full name.
    const QString editor = m_settings ? m_settings->value(editorSettingsKey).toString().trimmed() : QString();
    m_project->setEditor(editor.isEmpty() ? EditorNameDialog::suggestedName() : editor);

    QAction *advance = m_controller->advanceAction();
    if (m_settings)
        advance->setChecked(m_settings->value(advanceSettingsKey, true).toBool());
    connect(advance, &QAction::toggled, this, [this](bool checked) {
        if (m_settings)
            m_settings->setValue(advanceSettingsKey, checked);
    });

    // N with nothing to go to says so rather than doing nothing.
    connect(m_controller->nextPendingAction(), &QAction::triggered, this, [this] {
        const Fact *current = m_project->fact(m_controller->currentFactId());
        const int pending = m_project->pendingCount();
        if (pending == 0)
            showStatusMessage(tr("All facts reviewed."));
        else if (!current || current->status != ReviewStatus::Pending)
            showStatusMessage(
                tr("No pending figure among the listed facts; %Ln pending hidden by the filters.", nullptr,
                    pending));
    });
    createWhyNotShortcuts();

    retranslateUi();
    restoreSettings();
    updateStatus();
}

void MainWindow::setTextZoom(int steps)
{
    m_textZoom = std::clamp(steps, -6, 20);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setZoom(m_textZoom);
    if (m_settings)
        m_settings->setValue(zoomSettingsKey, m_textZoom);
}

void MainWindow::createStoryDock()
{
    m_storyDock->setObjectName(QStringLiteral("storyDock"));
    // Its row of filters and buttons asks for ~1140 px: in the bottom area,
    // beside the fact table, that would hold the window wider than a
    // 1280 px screen. Narrower, the panel scrolls sideways instead.
    auto *storyArea = new QScrollArea(m_storyDock);
    storyArea->setObjectName(QStringLiteral("storyArea"));
    storyArea->setWidget(m_storyPanel);
    storyArea->setWidgetResizable(true);
    storyArea->setFrameShape(QFrame::NoFrame);
    storyArea->setFocusPolicy(Qt::NoFocus);
    m_storyDock->setWidget(storyArea);
    // A tab beside the fact table under the articles: at 720 px there is no
    // height left for both, and the fact table stays in front.
    addDockWidget(Qt::BottomDockWidgetArea, m_storyDock);
    tabifyDockWidget(m_factDock, m_storyDock);
    m_factDock->raise();
    m_factPanel->editor()->setStoryTracker(m_storyTracker);
    m_files->setStoryTracker(m_storyTracker);
    if (m_languages) {
        m_storyTracker->setLanguage(m_languages->language());
        connect(m_languages, &LanguageSwitcher::languageChanged, m_storyTracker, &StoryTracker::setLanguage);
    }
    connect(m_storyPanel, &StoryPanel::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_storyTracker, &StoryTracker::updated, this, [this] {
        for (ArticlePane *pane : std::as_const(m_panes))
            pane->view()->setFlaggedFacts(m_storyTracker->flaggedFacts());
        m_factPanel->setFlaggedFacts(m_storyTracker->flaggedFacts());
    });
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, statusMessageMilliseconds);
}

void MainWindow::createWhyNotShortcuts()
{
    // A disabled action's key does nothing, silently: a shortcut of the same
    // key, enabled exactly while the action is not (so never ambiguous), says why.
    const QList<QAction *> actions = { m_controller->confirmAction(), m_controller->correctAction(),
        m_controller->rejectAction(), m_controller->resetAction(), m_controller->removeFactAction() };
    for (QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WindowShortcut);
            shortcut->setEnabled(!action->isEnabled());
            connect(action, &QAction::changed, shortcut,
                [shortcut, action] { shortcut->setEnabled(!action->isEnabled()); });
            connect(shortcut, &QShortcut::activated, this,
                [this, action] { showStatusMessage(whyNotText(action)); });
        }
    }
}

QString MainWindow::whyNotText(const QAction *action) const
{
    if (m_project->isReadOnly())
        return tr("This project file cannot be written: reviews are not possible.");
    const Fact *current = m_project->fact(m_controller->currentFactId());
    const QString next = m_controller->nextPendingAction()->shortcut().toString(QKeySequence::NativeText);
    if (!current)
        return tr("No figure selected: press %1 for the next one to check, or click a figure.").arg(next);
    if (!m_factPanel->proxyModel()->mapFromSource(m_factPanel->model()->indexOfFact(current->id)).isValid())
        return tr("The selected figure is hidden by the filters: the review keys act on the listed "
                  "figures only.");
    if (action == m_controller->removeFactAction() && current->origin != FactOrigin::Manual)
        return tr("Only figures added by hand can be deleted; reject (%1) a figure found in the text "
                  "instead.")
            .arg(m_controller->rejectAction()->shortcut().toString(QKeySequence::NativeText));
    if (action == m_controller->resetAction() && current->status == ReviewStatus::Pending)
        return tr("This figure is already pending.");
    return tr("Not possible on this figure.");
}

MainWindow::~MainWindow() = default;

void MainWindow::openStartupProject(const QStringList &files)
{
    if (m_settings && m_settings->value(editorSettingsKey).toString().trimmed().isEmpty()) {
        // The first start: who signs, asked before anything is written, so
        // that the samples' import is signed too.
        askEditorName([this, files] { openStartupFiles(files); });
        return;
    }
    openStartupFiles(files);
}

void MainWindow::openStartupFiles(const QStringList &files)
{
    QString projectFile;
    QStringList articleFiles;
    for (const QString &file : files) {
        // A team project's URL is opened as written, never taken for a file name.
        if (projectFile.isEmpty() && ProjectLocation::looksLikeTeamProject(file)) {
            projectFile = file;
            continue;
        }
        const QString path = QFileInfo(file).absoluteFilePath();
        if (projectFile.isEmpty() && ProjectFileController::isProjectFileName(path))
            projectFile = path;
        else
            articleFiles.append(path);
    }
    if (projectFile.isEmpty() || !m_files->openProject(projectFile))
        openLastProjectOrSamples();
    if (!articleFiles.isEmpty())
        m_files->importFiles(articleFiles);
}

void MainWindow::openLastProjectOrSamples()
{
    const QStringList recent = m_files->recentFiles();
    // A team project is reopened too: its server says whether it is still there.
    if (!recent.isEmpty()
        && (QFileInfo::exists(recent.first()) || ProjectLocation::looksLikeTeamProject(recent.first()))
        && m_files->openProject(recent.first()))
        return;
    const QString samplesPath = SampleLibrary::defaultProjectPath();
    if (!QFileInfo::exists(samplesPath)) {
        QString error;
        if (!SampleLibrary::createProjectFile(samplesPath, m_project->editor(), &error)) {
            // Without a writable data folder the samples still show, in memory.
            statusBar()->showMessage(
                tr("The sample project could not be saved: %1").arg(error), statusMessageMilliseconds);
            if (SampleLibrary::importInto(m_project, &error) < 0)
                QMessageBox::warning(this, tr("Sample Articles"),
                    tr("The sample articles could not be opened: %1").arg(error));
            return;
        }
    }
    m_files->openProject(samplesPath);
}

void MainWindow::setFocusedPane(ArticlePane *pane)
{
    if (!m_panes.contains(pane) || pane == m_focusedPane)
        return;
    if (m_focusedPane)
        m_focusedPane->setFocusedPane(false);
    m_focusedPane = pane;
    pane->setFocusedPane(true);
    m_controller->setArticleInView(pane->articleId());
    m_articleList->setCurrentArticle(pane->articleId());
    updateAddFigureAction();
    updateStatus();
}

ArticlePane *MainWindow::addPane()
{
    if (m_panes.size() >= maximumPaneCount)
        return nullptr;
    // Panes share the space: one more may widen the window up to the screen,
    // never past it (nor past the window's own width on a small screen).
    const QScreen *screen = window()->screen();
    const int room = std::max(width(), screen ? screen->availableGeometry().width() : 0);
    const int needed = minimumSizeHint().width() + m_panes.constFirst()->minimumSizeHint().width()
        + m_splitter->handleWidth();
    if (!isFullScreen() && needed > room) {
        showStatusMessage(tr("No room for another article pane: close one (%1) or widen the window.")
                              .arg(m_removePaneAction->shortcut().toString(QKeySequence::NativeText)));
        return nullptr;
    }
    // A pane may make the window wider than it was (its minimum grows): the
    // width before is given back when the panes are closed again.
    if (m_widthBeforeExtraPanes == 0) {
        m_widthBeforeExtraPanes = width();
        m_dockWidthsBeforeExtraPanes = { m_articleDock->width(), m_editorDock->width() };
    }
    ArticlePane *pane = createPane(articleNotShown());
    // The new pane takes its share from the others, not from the screen.
    m_splitter->setSizes(equalSizes(int(m_panes.size())));
    setFocusedPane(pane);
    return pane;
}

void MainWindow::removePane(ArticlePane *pane)
{
    if (m_panes.size() <= 1 || !m_panes.contains(pane))
        return;
    const int index = int(m_panes.indexOf(pane));
    m_panes.removeAt(index);
    if (pane == m_focusedPane) {
        m_focusedPane = nullptr;
        setFocusedPane(m_panes.at(std::min(index, int(m_panes.size()) - 1)));
    }
    pane->hide();
    pane->deleteLater();
    updatePaneActions();
    m_splitter->setSizes(equalSizes(int(m_panes.size())));
    // Once the pane is gone and the layout knows it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_widthBeforeExtraPanes > 0 && width() > m_widthBeforeExtraPanes && !isMaximized()
                && !isFullScreen()) {
                const int target = std::max(m_widthBeforeExtraPanes, minimumSizeHint().width());
                if (target < width())
                    resize(target, height());
            }
            // The panes squeezed the article list and the editor: their share back while some
            // extra panes stay, and the very widths they had once none does (a share computed
            // anew misses the analyst's by a few pixels). Later calls of a quick series of
            // closes find them restored already, and leave them.
            if (m_panes.size() > defaultPaneCount) {
                shareDockWidths(true);
            } else if (std::exchange(m_widthBeforeExtraPanes, 0) > 0) {
                resizeDocks({ m_articleDock, m_editorDock }, m_dockWidthsBeforeExtraPanes, Qt::Horizontal);
            }
        },
        Qt::QueuedConnection);
}

void MainWindow::openArticle(qint64 articleId)
{
    if (!m_focusedPane)
        return;
    m_focusedPane->setArticle(articleId);
    m_focusedPane->setFocus();
}

bool MainWindow::setEditorName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    m_project->setEditor(trimmed);
    if (m_settings)
        m_settings->setValue(editorSettingsKey, trimmed);
    updateEditorButton();
    return true;
}

void MainWindow::updateEditorButton()
{
    const bool chosen = m_settings && !m_settings->value(editorSettingsKey).toString().trimmed().isEmpty();
    m_editorButton->setText(chosen
            ? tr("Signed: %1").arg(m_project->editor())
            : tr("Signed: %1 (your user name; click to change)").arg(m_project->editor()));
    m_editorButton->setToolTip(m_editorNameAction->toolTip());
}

void MainWindow::showAuditLog()
{
    auto *log = new AuditLogDialog(m_project, this);
    log->setAttribute(Qt::WA_DeleteOnClose);
    connect(log, &AuditLogDialog::factActivated, m_controller, &ReviewController::setCurrentFact);
    log->show();
}

void MainWindow::askEditorName(const std::function<void()> &then)
{
    auto *dialog = new EditorNameDialog(m_project->editor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, then](int result) {
        // Cancelled, the name shown stays for this session (and is asked again on the next start
        // if none was ever chosen).
        if (result == QDialog::Accepted)
            setEditorName(dialog->name());
        if (then)
            then();
    });
    dialog->open();
}

qint64 MainWindow::actionArticleId() const
{
    if (m_articleList->hasFocus() && m_articleList->currentArticleId())
        return m_articleList->currentArticleId();
    return m_focusedPane ? m_focusedPane->articleId() : 0;
}

bool MainWindow::removeArticle(qint64 articleId, bool askFirst)
{
    const Article *article = m_project->article(articleId);
    if (!article)
        return false;
    if (askFirst) {
        const int facts = int(m_project->factsOfArticle(articleId).size());
        const QString title = article->displayTitle();
        const auto answer = QMessageBox::question(this, tr("Remove Article"),
            tr("Remove \u201C%1\u201D and its %n fact(s) from the project?", nullptr, facts).arg(title)
                + QStringLiteral("\n\n") + tr("Their review is lost, and the steps of Undo are cleared."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (!m_project->removeArticle(articleId)) {
        QMessageBox::warning(this, tr("Remove Article"),
            tr("The article could not be removed: %1").arg(m_project->lastError()));
        return false;
    }
    m_undoStack->clear();
    return true;
}

void MainWindow::revealFact(qint64 factId)
{
    const Fact *fact = m_project->fact(factId);
    if (!fact || m_panes.isEmpty())
        return;
    ArticlePane *target = nullptr;
    if (m_focusedPane && m_focusedPane->articleId() == fact->articleId) {
        target = m_focusedPane;
    } else {
        auto it = std::find_if(m_panes.cbegin(), m_panes.cend(),
            [fact](const ArticlePane *pane) { return pane->articleId() == fact->articleId; });
        target = it != m_panes.cend() ? *it : m_focusedPane;
    }
    if (!target)
        return;
    target->setArticle(fact->articleId);
    target->showFact(factId);
}

QString MainWindow::articleProgressText() const
{
    const qint64 articleId = m_focusedPane ? m_focusedPane->articleId() : 0;
    if (!articleId)
        return tr("No article");
    const int verified = m_articleModel->verifiedCount(articleId);
    int total = 0;
    for (const Fact &fact : m_project->facts())
        total += fact.articleId == articleId && fact.status != ReviewStatus::Rejected;
    return tr("Article: %L1 / %Ln verified", nullptr, total).arg(verified);
}

QString MainWindow::projectProgressText() const
{
    int total = 0;
    int verified = 0;
    for (const Fact &fact : m_project->facts()) {
        if (fact.status == ReviewStatus::Rejected)
            continue;
        ++total;
        verified += fact.isVerified();
    }
    return tr("All articles: %L1 / %Ln verified", nullptr, total).arg(verified);
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->beginGroup(settingsGroup);
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("state"), saveState(dockLayoutVersion));
    m_settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    QVariantList articles;
    for (const ArticlePane *pane : m_panes)
        articles.append(pane->articleId());
    m_settings->setValue(QStringLiteral("paneArticles"), articles);
    m_settings->setValue(QStringLiteral("focusedPane"), int(m_panes.indexOf(m_focusedPane)));
    m_settings->endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_stateToRestoreShown.isEmpty()) {
        // Tabbed docks (facts and story) restored before the window has its
        // size come back with other sizes: once more, shown, with the panes.
        QMetaObject::invokeMethod(
            this,
            [this, splitter = m_splitter->saveState()] {
                restoreState(std::exchange(m_stateToRestoreShown, QByteArray()), dockLayoutVersion);
                m_splitter->restoreState(splitter);
            },
            Qt::QueuedConnection);
    }
    if (std::exchange(m_needsInitialDockSizes, false)) {
        // Once the first layout has run, or the sizes would be overridden:
        // over a third of the width for the facts' columns, room for titles on the left.
        QMetaObject::invokeMethod(
            this,
            [this] {
                // The list of titles and counts, the editor's fields: their share
                // of the width, within reason; the table below the articles gets
                // about half the height: seven rows at 720 px beside the story's tab.
                shareDockWidths(false);
                resizeDocks({ m_factDock }, { height() * 48 / 100 }, Qt::Vertical);
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::shareDockWidths(bool onlyWiden)
{
    const int articles = std::clamp(width() * 22 / 100, m_articleDock->minimumSizeHint().width(),
        std::max(m_articleDock->minimumSizeHint().width(), m_articleList->sizeHint().width()));
    const int editor = std::clamp(width() * 27 / 100, m_editorDock->minimumSizeHint().width(),
        std::max(m_editorDock->minimumSizeHint().width(), 480));
    if (onlyWiden && m_articleDock->width() >= articles && m_editorDock->width() >= editor)
        return; // as the analyst left them
    resizeDocks({ m_articleDock, m_editorDock }, { std::max(articles, onlyWiden ? m_articleDock->width() : 0),
                                                    std::max(editor, onlyWiden ? m_editorDock->width() : 0) },
        Qt::Horizontal);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyThemeToFactPanel();
}

void MainWindow::applyThemeToFactPanel()
{
    // The same status colours in the table as in the text.
    m_factPanel->setFigureStyle(m_themes->figureStyle(palette()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_files->importFiles(paths);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    // Platforms without a standard Quit key (Windows, the generic Linux theme) still get Ctrl+Q.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quitAction->setShortcuts(
        quitKeys.isEmpty() ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Q) } : quitKeys);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Ctrl+Shift+A: single letters belong to the review scheme, and File
    // takes Ctrl+Shift+S/I/E.
    m_addFigureAction = new QAction(this);
    m_addFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addFigureAction->setEnabled(false);
    connect(m_addFigureAction, &QAction::triggered, this, [this] {
        if (m_focusedPane && !m_focusedPane->view()->addFigureFromSelection())
            statusBar()->showMessage(
                tr("Select the figure's text in an article first."), statusMessageMilliseconds);
    });

    // Alt+Return is the Properties key of KDE applications.
    m_articlePropertiesAction = new QAction(this);
    m_articlePropertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    connect(m_articlePropertiesAction, &QAction::triggered, this, [this] {
        if (const qint64 id = actionArticleId())
            m_files->editArticleMetadata(id);
    });
    m_removeArticleAction = new QAction(this);
    connect(m_removeArticleAction, &QAction::triggered, this, [this] {
        if (const qint64 id = actionArticleId())
            removeArticle(id);
    });
    m_articleList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleList->addActions({ m_articlePropertiesAction, m_removeArticleAction });

    // G, a single letter like the review keys: window context, so text fields keep it.
    m_elsewhereAction = new QAction(this);
    m_elsewhereAction->setShortcut(QKeySequence(Qt::Key_G));
    connect(m_elsewhereAction, &QAction::triggered, this, [this] {
        const QVector<qint64> related = m_factPanel->editor()->relatedFactIds();
        if (related.isEmpty())
            statusBar()->showMessage(
                tr("No figure like this one in the other articles."), statusMessageMilliseconds);
        else
            m_controller->setCurrentFact(related.constFirst());
    });

    m_editorNameAction = new QAction(this);
    connect(m_editorNameAction, &QAction::triggered, this, [this] { askEditorName(); });
    connect(m_editorButton, &QToolButton::clicked, this, [this] { askEditorName(); });
    m_auditLogAction = new QAction(this);
    connect(m_auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);

    m_addPaneAction = new QAction(this);
    m_addPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_addPaneAction, &QAction::triggered, this, &MainWindow::addPane);
    m_removePaneAction = new QAction(this);
    m_removePaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_removePaneAction, &QAction::triggered, this, [this] { removePane(m_focusedPane); });

    m_focusArticlesAction = new QAction(this);
    m_focusArticlesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusArticlesAction, &QAction::triggered, this, [this] {
        m_articleDock->show();
        m_articleList->setFocus(Qt::ShortcutFocusReason);
    });
    m_focusTextAction = new QAction(this);
    m_focusTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusTextAction, &QAction::triggered, this, [this] {
        if (m_focusedPane)
            m_focusedPane->setFocus(Qt::ShortcutFocusReason);
    });
    m_focusFactsAction = new QAction(this);
    m_focusFactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_focusFactsAction, &QAction::triggered, this, [this] {
        m_factDock->show();
        m_factPanel->focusTable();
    });

    m_findAction = new QAction(this);
    m_findAction->setShortcuts(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_focusedPane)
            m_focusedPane->showFindBar();
    });
    m_findNextAction = new QAction(this);
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_focusedPane)
            m_focusedPane->findNext();
    });
    m_findPreviousAction = new QAction(this);
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_focusedPane)
            m_focusedPane->findNext(true);
    });
    m_zoomInAction = new QAction(this);
    // Ctrl+= too: on many keyboards "+" needs Shift.
    m_zoomInAction->setShortcuts(
        { QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setTextZoom(m_textZoom + 1); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setTextZoom(m_textZoom - 1); });
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setTextZoom(0); });

    m_legendAction = new QAction(this);
    connect(m_legendAction, &QAction::triggered, this, [this] {
        auto *legend = new LegendDialog(this);
        legend->setAttribute(Qt::WA_DeleteOnClose);
        legend->setFigureStyle(m_themes->figureStyle(palette()));
        legend->show();
    });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcuts(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_files->fillMenu(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_controller->undoAction());
    m_editMenu->addAction(m_controller->redoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_findNextAction);
    m_editMenu->addAction(m_findPreviousAction);

    m_articleMenu = menuBar()->addMenu(QString());
    m_articleMenu->addAction(m_articlePropertiesAction);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_removeArticleAction);

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->addActions(m_controller->reviewActions());
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_addFigureAction);
    m_reviewMenu->addAction(m_elsewhereAction);
    m_reviewMenu->addAction(m_storyPanel->nextConflictAction());
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_controller->advanceAction());
    m_reviewMenu->addAction(m_editorNameAction);
    m_reviewMenu->addAction(m_auditLogAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_addPaneAction);
    m_viewMenu->addAction(m_removePaneAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusArticlesAction);
    m_viewMenu->addAction(m_focusTextAction);
    m_viewMenu->addAction(m_focusFactsAction);
    m_viewMenu->addAction(m_storyPanel->focusAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_articleDock->toggleViewAction());
    m_viewMenu->addAction(m_factDock->toggleViewAction());
    m_viewMenu->addAction(m_storyDock->toggleViewAction());
    m_viewMenu->addAction(m_editorDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    // Built when opened: theme names are translated and the choice may change.
    connect(m_themeMenu, &QMenu::aboutToShow, this, [this] { m_themes->populateMenu(m_themeMenu); });
    m_themes->populateMenu(m_themeMenu);
    if (m_languages) {
        m_languageMenu = m_viewMenu->addMenu(QString());
        m_languageMenu->addActions(m_languages->actions());
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_legendAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_files->windowTitle());
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_articleMenu->setTitle(tr("&Article"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_quitAction->setText(tr("&Quit"));
    m_addFigureAction->setText(tr("&Add Figure from Selection"));
    m_addFigureAction->setToolTip(tr("Add the selected text as a figure the extractor missed"));
    m_articlePropertiesAction->setText(tr("Article &Properties\u2026"));
    m_articlePropertiesAction->setToolTip(
        tr("Edit the title, source, URL, date and language of the article"));
    m_removeArticleAction->setText(tr("&Remove Article\u2026"));
    m_elsewhereAction->setText(tr("Go to the Same Figure Else&where"));
    m_elsewhereAction->setToolTip(tr("The first other value of the figure's measure (a conflict first), "
                                     "else the first figure under “Elsewhere”"));
    m_editorNameAction->setText(tr("Your Na&me in Reviews\u2026"));
    m_editorNameAction->setToolTip(tr("The name written with each review and in the audit log"));
    m_auditLogAction->setText(tr("&Audit Log\u2026"));
    m_auditLogAction->setToolTip(tr("Every action written in the project file, by whom and when"));
    updateEditorButton();
    m_addPaneAction->setText(tr("Add Article &Pane"));
    m_removePaneAction->setText(tr("&Close Article Pane"));
    m_focusArticlesAction->setText(tr("Go to Article &List"));
    m_focusTextAction->setText(tr("Go to Article &Text"));
    m_focusFactsAction->setText(tr("Go to &Facts"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_legendAction->setText(tr("&Figure Marks"));
    m_legendAction->setToolTip(tr("What the tints and underlines of the figures mean"));
    m_findAction->setText(tr("&Find in Article\u2026"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find Pre&vious"));
    m_zoomInAction->setText(tr("&Larger Text"));
    m_zoomOutAction->setText(tr("S&maller Text"));
    m_zoomResetAction->setText(tr("&Default Text Size"));
    m_aboutAction->setText(tr("&About FactDesk"));

    m_articleDock->setWindowTitle(tr("Articles"));
    m_factDock->setWindowTitle(tr("Facts"));
    m_storyDock->setWindowTitle(tr("Story"));
    m_editorDock->setWindowTitle(tr("Selected Figure"));
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(tr("This project file cannot be written: reviews are not possible."));
    retranslateHistory();
    m_controller->retranslate();
    updateStatus();
    // Now (the saved layout is restored against it) and once the editor has
    // its new words: its buttons and fields stay whole.
    keepEditorWhole();
    QMetaObject::invokeMethod(this, &MainWindow::keepEditorWhole, Qt::QueuedConnection);
}

void MainWindow::keepEditorWhole()
{
    QWidget *area = m_editorDock->widget();
    area->setMinimumWidth(m_factPanel->editor()->minimumSizeHint().width()
        + area->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void MainWindow::retranslateHistory()
{
    // Undo steps keep the text they were made with: "Confirm 49 %" must read
    // "Confirmer 49 %" once the interface is French.
    const auto retranslate = [](QUndoCommand *command) {
        if (auto *review = dynamic_cast<ReviewFactCommand *>(command))
            review->retranslate();
    };
    for (int i = 0; i < m_undoStack->count(); ++i) {
        auto *command = const_cast<QUndoCommand *>(m_undoStack->command(i));
        retranslate(command);
        if (command->childCount() == 0)
            continue;
        bool confirms = true;
        for (int child = 0; child < command->childCount(); ++child) {
            auto *step = const_cast<QUndoCommand *>(command->child(child));
            retranslate(step);
            const auto *review = dynamic_cast<const ReviewFactCommand *>(step);
            confirms &= review && review->step().action == ReviewAction::Confirm;
        }
        if (confirms)
            command->setText(ReviewController::tr("Confirm %n facts", nullptr, command->childCount()));
    }
}

void MainWindow::restoreSettings()
{
    if (m_settings)
        m_textZoom = m_settings->value(zoomSettingsKey, 0).toInt();
    QVariantList articles;
    int focused = 0;
    QByteArray splitterState;
    if (m_settings) {
        m_settings->beginGroup(settingsGroup);
        restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray());
        // A layout saved before the table moved under the articles is not restored.
        const QByteArray state = m_settings->value(QStringLiteral("state")).toByteArray();
        m_needsInitialDockSizes = !restoreState(state, dockLayoutVersion);
        if (!m_needsInitialDockSizes)
            m_stateToRestoreShown = state;
        splitterState = m_settings->value(QStringLiteral("splitter")).toByteArray();
        articles = m_settings->value(QStringLiteral("paneArticles")).toList();
        focused = m_settings->value(QStringLiteral("focusedPane"), 0).toInt();
        m_settings->endGroup();
    }
    if (articles.isEmpty()) {
        for (int i = 0; i < defaultPaneCount; ++i)
            createPane(articleNotShown());
    } else {
        articles = articles.mid(0, maximumPaneCount);
        for (const QVariant &id : std::as_const(articles))
            createPane(m_project->article(id.toLongLong()) ? id.toLongLong() : articleNotShown());
    }
    if (!splitterState.isEmpty())
        m_splitter->restoreState(splitterState);
    else
        m_splitter->setSizes(equalSizes(int(m_panes.size())));
    setFocusedPane(m_panes.value(std::clamp(focused, 0, int(m_panes.size()) - 1)));
    if (!m_settings || !m_settings->contains(settingsGroup + QStringLiteral("/geometry"))) {
        // Most of the screen: three columns of reading need the room.
        const QScreen *screen = this->screen();
        const QSize available = screen ? screen->availableSize() : QSize(1400, 860);
        resize(std::max(1000, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));
        m_needsInitialDockSizes = true;
    }
}

ArticlePane *MainWindow::createPane(qint64 articleId)
{
    auto *pane = new ArticlePane(m_project, m_articleModel, m_themes, m_splitter);
    pane->view()->setContextActions({ m_addFigureAction });
    pane->setArticle(articleId);
    pane->setCurrentFact(m_controller->currentFactId());
    pane->setZoom(m_textZoom);
    pane->view()->setFlaggedFacts(m_storyTracker->flaggedFacts());
    m_splitter->addWidget(pane);
    m_panes.append(pane);

    connect(pane, &ArticlePane::activated, this, &MainWindow::setFocusedPane);
    connect(pane, &ArticlePane::closeRequested, this, &MainWindow::removePane);
    connect(pane, &ArticlePane::articleChanged, this, [this, pane](qint64 id) {
        if (pane == m_focusedPane) {
            m_controller->setArticleInView(id);
            m_articleList->setCurrentArticle(id);
            updateStatus();
        }
    });
    ArticleView *view = pane->view();
    connect(view, &ArticleView::factActivated, this, [this, pane](qint64 factId) {
        setFocusedPane(pane);
        m_activatingFromText = true;
        m_controller->setCurrentFact(factId);
        m_activatingFromText = false;
    });
    connect(view, &ArticleView::addFigureRequested, this, [this](qint64 articleId, int start, int end) {
        if (const qint64 id = m_controller->addManualFact(articleId, start, end))
            m_controller->setCurrentFact(id);
    });
    connect(view, &QPlainTextEdit::copyAvailable, this, &MainWindow::updateAddFigureAction);
    updatePaneActions();
    return pane;
}

qint64 MainWindow::articleNotShown() const
{
    for (const Article &article : m_project->articles()) {
        const bool shown = std::any_of(m_panes.cbegin(), m_panes.cend(),
            [&article](const ArticlePane *pane) { return pane->articleId() == article.id; });
        if (!shown)
            return article.id;
    }
    return m_project->articles().isEmpty() ? 0 : m_project->articles().constFirst().id;
}

void MainWindow::fillEmptyPanes()
{
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (!pane->articleId())
            pane->setArticle(articleNotShown());
    }
}

void MainWindow::updateStatus()
{
    m_articleProgress->setText(articleProgressText());
    m_projectProgress->setText(projectProgressText());
    m_readOnly->setVisible(m_project->isReadOnly());
    updateArticleActions();
    const int pending = m_project->pendingCount();
    if (m_lastPendingCount > 0 && pending == 0 && !m_project->facts().isEmpty())
        showStatusMessage(tr("All facts reviewed."));
    m_lastPendingCount = pending;
}

void MainWindow::updateArticleActions()
{
    const bool editable = !m_project->isReadOnly() && !m_project->articles().isEmpty();
    m_articlePropertiesAction->setEnabled(editable);
    m_removeArticleAction->setEnabled(editable);
}

void MainWindow::updatePaneActions()
{
    m_addPaneAction->setEnabled(m_panes.size() < maximumPaneCount);
    m_removePaneAction->setEnabled(m_panes.size() > 1);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setClosable(m_panes.size() > 1);
}

void MainWindow::updateAddFigureAction()
{
    m_addFigureAction->setEnabled(
        m_focusedPane && !m_project->isReadOnly() && m_focusedPane->view()->textCursor().hasSelection());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FactDesk"),
        tr("<h3>FactDesk %1</h3>"
           "<p>Verify the figures in news articles: amounts, percentages, counts, "
           "multipliers and dates, side by side and from the keyboard.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(menuBar(), this);
        m_shortcutsDialog->setContextKeys([this] { return m_controller->contextKeysHelp(); });
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

} // namespace FactDesk
