#pragma once

#include "projectchange.h"
#include "projectlocation.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QSqlError;
class QTimer;

namespace FactDesk {

/**
 * The PostgreSQL connection of a team project (ProjectStore::team()): opens
 * it, listens for the other clients' changes, notices when the server goes
 * away and reconnects by itself. The window connects to its signals:
 *
 * - changed(): another client wrote (delivered through LISTEN/NOTIFY as soon as
 *   it committed; this client's own writes are not echoed). Reload the rows it
 *   names: Project::applyChange(change) does it for the Project.
 * - connectionLost(): a query failed or the periodic ping (every
 *   pingInterval(), 2 s by default) got no answer; writes are refused with
 *   "not stored" until reconnected() (tried again and again, waiting longer each
 *   time, up to 5 s between tries). After reconnecting, reload the project:
 *   notifications sent meanwhile were lost with the connection.
 * - inFlightResolved(): a write whose COMMIT got no answer because the
 *   connection dropped; once back, the audit log tells whether it was stored.
 * - presenceChanged(): someone opened or left an article (ProjectStore::presence()).
 *
 * The signals need an event loop in the thread that owns the connection. All
 * SQL of the project itself is in ProjectStore; this class only keeps the line up.
 */
class TeamConnection : public QObject
{
    Q_OBJECT
public:
    using PasswordPrompt = std::function<QString(const QString &prompt)>;

    /**
     * Connects to location (which holds no password): libpq's own password
     * sources first, then askPassword (when set) if the server wants one.
     * A server that cannot be reached, or is starting up or shutting down, is
     * tried again for up to waitMilliseconds (a command waiting for it).
     * nullptr with *error saying why (in the analyst's language).
     */
    static std::unique_ptr<TeamConnection> open(const ProjectLocation &location,
        const PasswordPrompt &askPassword, QString *error, int waitMilliseconds = 0);
    ~TeamConnection() override;

    const ProjectLocation &location() const;
    QSqlDatabase database() const;
    /// PostgreSQL's current_user for this connection.
    QString role() const;
    /// Unique to this connection: names its presence rows and its notifications.
    QString sessionId() const;
    bool isConnected() const;

    /// Starts listening for the other clients' changes (changed()).
    bool subscribe(QString *error);

    int pingInterval() const;
    /// 0 stops the periodic ping (a command-line run that exits right away).
    void setPingInterval(int milliseconds);
    /// Sends a trivial query now; false (and connectionLost(), then reconnection) when the server does not
    /// answer.
    bool ping();
    /// One reconnection attempt now; on success emits reconnected().
    bool reconnect(QString *error = nullptr);
    /**
     * Reconnection attempts, waiting a little longer between each, until one
     * succeeds or milliseconds have passed (0: one attempt): for a command,
     * which has no event loop to wait for the server in.
     */
    bool reconnectWithin(int milliseconds, QString *error = nullptr);

    /**
     * How long a write whose commit got no answer waits, blocking, for the
     * server to come back and tell whether it was stored (a command). 0, the
     * default: one reconnection attempt at once, else the answer comes later
     * through inFlightResolved() (a window, whose event loop goes on).
     */
    int waitForServer() const;
    void setWaitForServer(int milliseconds);

    /**
     * What a database error means for the analyst: "the server cannot be
     * reached", "the role anna may not change this project", … Also notices a
     * lost connection (and emits connectionLost()).
     */
    QString reason(const QSqlError &error);
    /// True when error says the connection is gone (SQLSTATE class 08, or no answer).
    static bool isConnectionError(const QSqlError &error);

    /**
     * A write whose commit got no answer: attemptId is in its audit log line.
     * On reconnection the line is looked for and inFlightResolved() says
     * whether the write was stored.
     */
    void rememberInFlight(const QString &attemptId, const QString &description);
    /**
     * Whether the audit log holds the line of attemptId: 1 yes, 0 no, -1
     * cannot tell (no connection, or the session the write was sent on is
     * still at work on the server: its commit may yet end either way).
     */
    int wasStored(const QString &attemptId);

    /**
     * Waits, once reconnected, until the server process of the connection
     * lost last has ended (one that is running nothing is ended at once; one
     * still at work, a COMMIT, is waited for up to milliseconds): from then on
     * the database shows all that the lost session did. False while it still runs.
     */
    bool settleLostSession(int milliseconds = 10000);

    /// How wasStored() asks the audit log (ProjectStore sets it: the SQL lives there).
    void setStoredCheck(std::function<int(const QString &attemptId)> check);
    /// Called every presence interval while connected (ProjectStore refreshes its presence rows).
    void setPresenceRefresh(std::function<void()> refresh);

Q_SIGNALS:
    void changed(const FactDesk::ProjectChange &change);
    void presenceChanged();
    void connectionLost(const QString &reason);
    void reconnected();
    void inFlightResolved(const QString &description, bool stored);

private:
    TeamConnection(const ProjectLocation &location, const QString &connectionName);
    bool openDatabase(const PasswordPrompt &askPassword, QString *error, int waitMilliseconds);
    void lose(const QString &reason);
    void scheduleReconnect();
    void resolveInFlight();
    /// Notes this connection's server process (pg_backend_pid and its start), to settle it once lost.
    void noteServerSession();
    void handleNotification(const QString &name, int source, const QVariant &payload);

    ProjectLocation m_location;
    QString m_connectionName;
    QString m_sessionId;
    QString m_password; ///< the one the analyst typed, for reconnections; never stored
    QString m_role;
    bool m_connected = false;
    bool m_subscribed = false;
    int m_pingInterval = 2000;
    int m_reconnectDelay = 250;
    int m_waitForServer = 0;
    /// The server process of the connection before the last loss, until it is known to be gone:
    /// a commit it was still running could end either way, so the audit log is not asked before.
    qint64 m_lostPid = 0;
    QString m_lostStart;
    qint64 m_pid = 0;
    QString m_start;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_presenceTimer = nullptr;
    std::function<void()> m_presenceRefresh;
    std::function<int(const QString &)> m_storedCheck;
    QVector<QPair<QString, QString>> m_inFlight; ///< attempt id, description
};

} // namespace FactDesk
