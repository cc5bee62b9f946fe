#include "teamsession.h"

#include "articlelistview.h"
#include "articlepane.h"
#include "mainwindow.h"
#include "presencedelegate.h"
#include "project/articlelistmodel.h"
#include "project/factconflict.h"
#include "project/project.h"
#include "project/projectchange.h"
#include "project/projectstore.h"
#include "project/teamconnection.h"
#include "reviewcontroller.h"
#include "teambanner.h"

#include <QAction>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace FactDesk {

TeamSession::TeamSession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_project(window->reviewController()->project())
    , m_banner(new TeamBanner)
    , m_presence(new PresenceDelegate(this))
    , m_presenceCheck(new QTimer(this))
    , m_presenceRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("teamSession"));
    // The banner is a bar of its own along the top of the window, so the window's layout need not know
    // about it; shown only while it has something to say, and not listed among the window's bars.
    auto *bar = new QToolBar(window);
    bar->setObjectName(QStringLiteral("teamBannerBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    m_banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // In a tool bar a widget shows and hides through its action.
    QAction *bannerAction = bar->addWidget(m_banner);
    window->addToolBar(Qt::TopToolBarArea, bar);
    const auto show = [bar, bannerAction](bool shown) {
        bannerAction->setVisible(shown);
        bar->setVisible(shown);
    };
    show(m_banner->kind() != TeamBanner::Kind::None);
    connect(m_banner, &TeamBanner::shownChanged, bar, show);

    window->articleList()->setItemDelegateForColumn(ArticleListModel::TitleColumn, m_presence);

    connect(m_project, &Project::reset, this, &TeamSession::attach);
    connect(window->reviewController(), &ReviewController::errorOccurred, this, &TeamSession::onReviewError);
    m_presenceCheck->setInterval(presenceCheckMilliseconds);
    connect(m_presenceCheck, &QTimer::timeout, this, [this] { publishPresence(false); });
    m_presenceRefresh->setInterval(presenceRefreshMilliseconds);
    connect(m_presenceRefresh, &QTimer::timeout, this, &TeamSession::refreshPresence);
    attach();
}

TeamSession::~TeamSession() = default;

void TeamSession::attach()
{
    ProjectStore *store = m_project->store();
    TeamConnection *connection = store && store->isTeam() ? store->team() : nullptr;
    if (connection == m_connection) {
        updateReadOnly();
        return;
    }
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    m_banner->clear();
    m_publishedArticles.clear();
    m_publishedEditor.clear();
    m_names.clear();
    m_presence->setNames(m_names);
    m_window->articleList()->viewport()->update();
    if (!connection) {
        m_presenceCheck->stop();
        m_presenceRefresh->stop();
        return;
    }
    connect(connection, &TeamConnection::changed, this, &TeamSession::applyChange);
    connect(connection, &TeamConnection::presenceChanged, this, &TeamSession::refreshPresence);
    connect(connection, &TeamConnection::connectionLost, this, &TeamSession::onConnectionLost);
    connect(connection, &TeamConnection::reconnected, this, &TeamSession::onReconnected);
    connect(connection, &TeamConnection::inFlightResolved, this, &TeamSession::onInFlightResolved);
    updateReadOnly();
    if (!connection->isConnected())
        onConnectionLost(QString());
    m_presenceCheck->start();
    m_presenceRefresh->start();
    publishPresence(true);
    refreshPresence();
}

void TeamSession::updateReadOnly()
{
    ProjectStore *store = m_project->store();
    if (m_connection && store && store->isReadOnly()) {
        m_banner->setReadOnly(tr("Read-only: you cannot change the project: %1. You can read it, follow the "
                                 "others' reviews and export facts.")
                                  .arg(store->readOnlyReason()));
    } else {
        m_banner->setReadOnly(QString());
    }
}

void TeamSession::applyChange(const ProjectChange &change)
{
    if (!m_project->applyChange(change)) {
        Q_EMIT statusMessage(
            tr("Another analyst's change could not be shown: %1").arg(m_project->lastError()));
        return;
    }
    Q_EMIT changeApplied();
}

void TeamSession::onConnectionLost(const QString &reason)
{
    const QString text = tr("The server cannot be reached. FactDesk reconnects by itself; until then nothing "
                            "you do is stored.");
    m_banner->setDisconnected(
        reason.isEmpty() ? text : tr("%1 (%2)", "the lost server's message, then why").arg(text, reason));
}

void TeamSession::onReconnected()
{
    m_banner->setDisconnected(QString());
    // Changes made meanwhile were announced to nobody: read the whole project again.
    ProjectChange everything;
    everything.kind = ProjectChange::Kind::Everything;
    applyChange(everything);
    publishPresence(true);
    refreshPresence();
    Q_EMIT statusMessage(tr("Connected to the server again."));
}

void TeamSession::onInFlightResolved(const QString &description, bool stored)
{
    m_banner->showNotice(stored
            ? tr("“%1” was stored before the connection was lost.").arg(description)
            : tr("“%1” was not stored: the connection was lost first. Do it again.").arg(description));
}

void TeamSession::onReviewError()
{
    if (!m_connection)
        return;
    if (const auto &conflict = m_project->lastConflict())
        m_banner->showConflict(conflict->message());
}

QVector<qint64> TeamSession::articlesInView() const
{
    QVector<qint64> ids;
    for (const ArticlePane *pane : m_window->panes()) {
        if (pane->articleId() && !ids.contains(pane->articleId()))
            ids.append(pane->articleId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TeamSession::publishPresence(bool force)
{
    ProjectStore *store = m_project->store();
    if (!m_connection || !store || !m_connection->isConnected())
        return;
    const QVector<qint64> ids = articlesInView();
    const QString editor = m_project->editor();
    if (!force && ids == m_publishedArticles && editor == m_publishedEditor)
        return;
    if (store->setPresence(editor, ids)) {
        m_publishedArticles = ids;
        m_publishedEditor = editor;
    }
}

void TeamSession::refreshPresence()
{
    ProjectStore *store = m_project->store();
    if (!m_connection || !store || !m_connection->isConnected())
        return;
    QString error;
    const QVector<PresenceEntry> entries = store->presence(&error);
    if (!error.isEmpty())
        return;
    QHash<qint64, QStringList> names;
    const QString mySession = m_connection->sessionId();
    for (const PresenceEntry &entry : entries) {
        if (entry.session == mySession || entry.articleId == 0)
            continue;
        const QString name = entry.editor.isEmpty() ? entry.role : entry.editor;
        QStringList &here = names[entry.articleId];
        if (!here.contains(name))
            here.append(name);
    }
    for (QStringList &here : names)
        here.sort(Qt::CaseInsensitive);
    if (names == m_names)
        return;
    m_names = names;
    m_presence->setNames(m_names);
    m_window->articleList()->viewport()->update();
    Q_EMIT presenceUpdated();
}

} // namespace FactDesk
