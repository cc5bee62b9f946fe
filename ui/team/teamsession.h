#pragma once

#include "project/teamconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

class QTimer;

namespace FactDesk {

class MainWindow;
class PresenceDelegate;
class Project;
class TeamBanner;
struct ProjectChange;

/**
 * The window's side of a team project (a project on a PostgreSQL server that
 * several analysts have open at once). MainWindow makes one; it then follows
 * whichever project the window opens, and does nothing for a solo file:
 *
 * - another analyst's change is applied to the Project as it arrives
 *   (Project::applyChange): the fact table, highlights, counts and story panel
 *   follow its signals, the selection stays and a field being typed in is
 *   left alone (FactEditor keeps a focused field);
 * - who has which article open: this window's panes are published
 *   (ProjectStore::setPresence) and the others' names drawn in the article list;
 * - the banner above the articles says when the server is lost (the
 *   connection reconnects by itself; the project is reloaded when it is back),
 *   when a review was refused because someone changed the fact first ("Anna
 *   confirmed this fact 8 s ago"; the fact shows as it is now), what became of
 *   a write cut off by a lost connection, and that a read-only role cannot
 *   change the project.
 */
class TeamSession : public QObject
{
    Q_OBJECT
public:
    /// How often the panes' articles are compared with what was last published.
    static constexpr int presenceCheckMilliseconds = 500;
    /// How often the others' presence is read again even without a notification (a window that crashed
    /// stops refreshing its entry, and the store leaves stale entries out).
    static constexpr int presenceRefreshMilliseconds = 5000;

    explicit TeamSession(MainWindow *window);
    ~TeamSession() override;

    TeamBanner *banner() const { return m_banner; }
    PresenceDelegate *presenceDelegate() const { return m_presence; }
    /// The connection of the project open now; nullptr for a solo file.
    TeamConnection *connection() const { return m_connection; }
    /// The other analysts on each article (this window left out), as last read.
    QHash<qint64, QStringList> presence() const { return m_names; }

public Q_SLOTS:
    /// Reads who is where again and redraws the names.
    void refreshPresence();

Q_SIGNALS:
    /// Another analyst's change was applied to the project.
    void changeApplied();
    void presenceUpdated();
    /// News for the status bar ("Connected to the server again.").
    void statusMessage(const QString &message);

private:
    /// Follows the project's store: connects to its TeamConnection when it has one.
    void attach();
    void applyChange(const ProjectChange &change);
    void onConnectionLost(const QString &reason);
    void onReconnected();
    void onInFlightResolved(const QString &description, bool stored);
    void onReviewError();
    void publishPresence(bool force);
    QVector<qint64> articlesInView() const;
    void updateReadOnly();

    MainWindow *m_window;
    Project *m_project;
    TeamBanner *m_banner;
    PresenceDelegate *m_presence;
    QPointer<TeamConnection> m_connection;
    QTimer *m_presenceCheck;
    QTimer *m_presenceRefresh;
    QVector<qint64> m_publishedArticles;
    QString m_publishedEditor;
    QHash<qint64, QStringList> m_names;
};

} // namespace FactDesk
