#include "teamconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace FactDesk {

namespace {

/**
 * libpq prints what the server says outside a query on standard error, in the
 * server's words: a server stopping under an idle connection leaves "FATAL:
 * terminating connection due to administrator command" in a command's output,
 * although the command then reconnects and does its work. The store tells what
 * happened in the analyst's language instead, so the connection's notices are
 * dropped. libpq is not linked here (Qt's QPSQL plugin loaded it): its
 * PQsetNoticeProcessor is looked up in the library already loaded.
 */
void dropServerNotices(const QSqlDatabase &db)
{
#ifdef Q_OS_UNIX
    using NoticeProcessor = void (*)(void *, const char *);
    using SetNoticeProcessor = NoticeProcessor (*)(void *, NoticeProcessor, void *);
    static const SetNoticeProcessor setNoticeProcessor = []() -> SetNoticeProcessor {
        void *libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        return libpq ? reinterpret_cast<SetNoticeProcessor>(dlsym(libpq, "PQsetNoticeProcessor")) : nullptr;
    }();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 5 names the handle by libpq's typedef, Qt 6 by the struct behind it.
    if (!setNoticeProcessor || !handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return;
    if (void *connection = *static_cast<void *const *>(handle.constData()))
        setNoticeProcessor(
            connection, [](void *, const char *) {}, nullptr);
#else
    Q_UNUSED(db)
#endif
}

/// The channel every FactDesk client of a database listens on.
const QString channelName()
{
    return QStringLiteral("factdesk");
}

constexpr int presenceInterval = 10000;
constexpr int longestReconnectDelay = 5000;
/// How long asking a write's fate waits for the lost session's server process to finish its COMMIT.
constexpr int settleTimeout = 10000;
/// The same from the event loop (in-flight writes of a window): a short look, again a second later.
constexpr int settleGlance = 250;

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("factdesk-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool hasOption(const ProjectLocation &location, const QString &key)
{
    for (const auto &option : location.options()) {
        if (option.first == key)
            return true;
    }
    return false;
}

/// Why a connection attempt failed, from libpq's (English) message.
QString connectReason(const QSqlError &error, const ProjectLocation &location)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const auto has
        = [&text](const char *words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied"))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the server wants a password and none was accepted");
    if (has("does not exist") && has("database"))
        //: %1 is a database name
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "there is no database %1 on the server")
            .arg(location.databaseName());
    if (has("does not exist") && has("role"))
        //: %1 is a PostgreSQL role (user) name
        return QCoreApplication::translate("FactDesk::TeamConnection", "the server knows no role %1")
            .arg(location.userName());
    if (has("SSL") || has("certificate") || has("TLS"))
        //: %1 is the library's own explanation, kept: it names the certificate at fault
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the secure connection (TLS) could not be set up: %1")
            .arg(error.databaseText().trimmed());
    if (has("no pg_hba.conf entry") || has("authentication"))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the server does not let this role in from here");
    if (has("service file") || has("definition of service"))
        //: %1 is libpq's explanation
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the PostgreSQL service is not defined: %1")
            .arg(error.databaseText().trimmed());
    if (has("the database system is starting up") || has("the database system is in recovery mode"))
        return QCoreApplication::translate("FactDesk::TeamConnection", "the server is starting up");
    if (has("the database system is shutting down") || has("terminating connection"))
        return QCoreApplication::translate("FactDesk::TeamConnection", "the server is shutting down");
    if (has("Connection refused") || has("could not connect") || has("timeout") || has("timed out")
        || has("server closed the connection") || has("no connection to the server")
        || has("could not translate host name") || has("No such file or directory"))
        return QCoreApplication::translate("FactDesk::TeamConnection", "the server cannot be reached");
    if (has("Driver not loaded"))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "Qt's PostgreSQL driver (QPSQL) is not installed");
    //: %1 is the server's explanation
    return QCoreApplication::translate("FactDesk::TeamConnection", "the server refused the connection: %1")
        .arg(error.databaseText().trimmed());
}

/// A server that is away for now (stopped, starting up, shutting down, the line down): worth trying again.
bool isAwayForNow(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *words :
        { "Connection refused", "could not connect", "No such file or directory",
            "the database system is starting up", "the database system is shutting down",
            "the database system is in recovery mode", "terminating connection",
            "server closed the connection", "no connection to the server", "timeout expired", "timed out" }) {
        if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool wantsPassword(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.contains(QLatin1String("no password supplied"))
        || text.contains(QLatin1String("password authentication failed"));
}

} // namespace

TeamConnection::TeamConnection(const ProjectLocation &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pingTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_presenceTimer(new QTimer(this))
{
    qRegisterMetaType<FactDesk::ProjectChange>();
    m_reconnectTimer->setSingleShot(true);
    connect(m_pingTimer, &QTimer::timeout, this, [this]() {
        if (m_connected)
            ping();
    });
    connect(m_reconnectTimer, &QTimer::timeout, this, [this]() {
        if (!m_connected && !reconnect())
            scheduleReconnect();
    });
    connect(m_presenceTimer, &QTimer::timeout, this, [this]() {
        if (m_connected && m_presenceRefresh)
            m_presenceRefresh();
    });
}

std::unique_ptr<TeamConnection> TeamConnection::open(
    const ProjectLocation &location, const PasswordPrompt &askPassword, QString *error, int waitMilliseconds)
{
    std::unique_ptr<TeamConnection> connection(new TeamConnection(location, newConnectionName()));
    if (!connection->openDatabase(askPassword, error, waitMilliseconds))
        return nullptr;
    connection->m_pingTimer->start(connection->m_pingInterval);
    connection->m_presenceTimer->start(presenceInterval);
    return connection;
}

bool TeamConnection::openDatabase(const PasswordPrompt &askPassword, QString *error, int waitMilliseconds)
{
    const QDeadlineTimer deadline(std::max(waitMilliseconds, 0));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = QCoreApplication::translate(
            "FactDesk::TeamConnection", "Qt's PostgreSQL driver (QPSQL) is not installed");
        return false;
    }
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setDatabaseName(m_location.databaseName());
    db.setUserName(m_location.userName());
    QStringList options;
    if (!m_location.connectOptions().isEmpty())
        options << m_location.connectOptions();
    // A server that went away must be noticed in seconds, not after TCP's minutes.
    if (!hasOption(m_location, QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    if (!hasOption(m_location, QStringLiteral("keepalives_idle")))
        options << QStringLiteral("keepalives_idle=5;keepalives_interval=2;keepalives_count=3");
    if (!hasOption(m_location, QStringLiteral("tcp_user_timeout")))
        options << QStringLiteral("tcp_user_timeout=5000");
    if (!hasOption(m_location, QStringLiteral("application_name")))
        options << QStringLiteral("application_name=FactDesk");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    // Connected means answering: a server shutting down can take the line and drop it at once.
    QSqlError failure;
    const auto connectOnce = [&]() {
        if (!db.open()) {
            failure = db.lastError();
            return false;
        }
        dropServerNotices(db);
        {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT current_user")) && query.next()) {
                m_role = query.value(0).toString();
                return true;
            }
            failure = query.lastError();
        }
        // The driver found the line dead as it opened (it then runs no query and says nothing).
        if (!failure.isValid() || !db.isOpen())
            failure = QSqlError(
                QString(), QStringLiteral("no connection to the server"), QSqlError::ConnectionError);
        db.close();
        return false;
    };
    bool opened = connectOnce();
    // A command told to wait gives a server that is away (a restart) the time to come back.
    for (int delay = 100; !opened && isAwayForNow(failure) && !deadline.hasExpired();
         delay = std::min(delay * 2, 1000)) {
        QThread::msleep(quint64(std::min<qint64>(delay, std::max<qint64>(deadline.remainingTime(), 0))));
        opened = connectOnce();
    }
    for (int tries = 0; !opened && askPassword && wantsPassword(failure) && tries < 3; ++tries) {
        const QString user
            = m_location.userName().isEmpty() ? qEnvironmentVariable("PGUSER") : m_location.userName();
        //: %1 is a role (user) name, %2 the team project
        const QString prompt = tries == 0
            ? QCoreApplication::translate("FactDesk::TeamConnection", "Password of %1 for %2:")
                  .arg(user, m_location.toDisplayString())
            : QCoreApplication::translate(
                "FactDesk::TeamConnection", "The password was refused. Password of %1 for %2:")
                  .arg(user, m_location.toDisplayString());
        const QString password = askPassword(prompt);
        if (password.isNull())
            break;
        db.setPassword(password);
        opened = connectOnce();
        if (opened)
            m_password = password;
    }
    if (!opened) {
        //: %1 is the team project's address (without password), %2 why
        *error = QCoreApplication::translate("FactDesk::TeamConnection", "Cannot open %1: %2")
                     .arg(m_location.toDisplayString(), connectReason(failure, m_location));
        db.setPassword(QString());
        return false;
    }
    m_connected = true;
    noteServerSession();
    return true;
}

void TeamConnection::noteServerSession()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    m_pid = 0;
    m_start.clear();
    if (query.exec(QStringLiteral("SELECT pid, CAST(backend_start AS TEXT) FROM pg_stat_activity "
                                  "WHERE pid = pg_backend_pid()"))
        && query.next()) {
        m_pid = query.value(0).toLongLong();
        m_start = query.value(1).toString();
    }
}

bool TeamConnection::settleLostSession(int milliseconds)
{
    if (m_lostPid == 0)
        return true;
    // The server may not have noticed the loss yet: the process of the lost
    // connection can still be running the COMMIT whose answer never came, and
    // the audit log only tells the truth once that is over. A process that is
    // not running anything (idle, or idle in a transaction whose COMMIT never
    // arrived) is ended, which rolls back what it holds; one still at work is
    // waited for. The start time tells it from a later process of the same pid.
    const QDeadlineTimer deadline(std::max(milliseconds, 0));
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (;;) {
        query.prepare(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = ? "
                                     "AND CAST(backend_start AS TEXT) = ?"));
        query.addBindValue(m_lostPid);
        query.addBindValue(m_lostStart);
        if (!query.exec())
            return false;
        if (!query.next()) {
            m_lostPid = 0;
            m_lostStart.clear();
            return true;
        }
        const bool active = query.value(0).toString() == QLatin1String("active");
        query.finish();
        if (!active) {
            QSqlQuery end(database());
            end.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
            end.addBindValue(m_lostPid);
            end.exec();
        }
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

TeamConnection::~TeamConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

const ProjectLocation &TeamConnection::location() const
{
    return m_location;
}

QSqlDatabase TeamConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString TeamConnection::role() const
{
    return m_role;
}

QString TeamConnection::sessionId() const
{
    return m_sessionId;
}

bool TeamConnection::isConnected() const
{
    return m_connected;
}

bool TeamConnection::subscribe(QString *error)
{
    QSqlDriver *driver = database().driver();
    if (!driver->subscribedToNotifications().contains(channelName())) {
        if (!driver->subscribeToNotification(channelName())) {
            if (error)
                *error = QCoreApplication::translate(
                    "FactDesk::TeamConnection", "Cannot listen for the others' changes: %1")
                             .arg(reason(driver->lastError()));
            return false;
        }
    }
    if (!m_subscribed) {
        connect(driver,
            QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(
                &QSqlDriver::notification),
            this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                handleNotification(name, int(source), payload);
            });
        m_subscribed = true;
    }
    return true;
}

void TeamConnection::handleNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != channelName())
        return;
    const ProjectChange change = ProjectChange::fromPayload(payload.toString());
    if (change.kind == ProjectChange::Kind::Presence) {
        Q_EMIT presenceChanged();
        return;
    }
    if (source == int(QSqlDriver::SelfSource))
        return;
    Q_EMIT changed(change);
}

int TeamConnection::pingInterval() const
{
    return m_pingInterval;
}

void TeamConnection::setPingInterval(int milliseconds)
{
    m_pingInterval = milliseconds;
    if (milliseconds > 0)
        m_pingTimer->start(milliseconds);
    else
        m_pingTimer->stop();
    if (milliseconds <= 0)
        m_presenceTimer->stop();
}

bool TeamConnection::ping()
{
    if (!m_connected)
        return false;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT 1")) && query.next())
        return true;
    lose(reason(query.lastError()));
    return false;
}

bool TeamConnection::isConnectionError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    if (!code.isEmpty())
        return false;
    const QString text = error.databaseText();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("connection to server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("could not send data"))
        || text.contains(QLatin1String("could not receive data"))
        || error.type() == QSqlError::ConnectionError;
}

QString TeamConnection::reason(const QSqlError &error)
{
    // A query on a line that a failed reconnection left closed fails without an error of its own.
    if (isConnectionError(error) || !database().isOpen()) {
        const QString text = QCoreApplication::translate(
            "FactDesk::TeamConnection", "the connection to the server was lost");
        lose(text);
        return text;
    }
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("42501"))
        //: %1 is a database role (user) name
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the role %1 may not change this project")
            .arg(m_role);
    if (code == QLatin1String("53100"))
        return QCoreApplication::translate("FactDesk::TeamConnection", "the server's disk is full");
    if (code.startsWith(QLatin1String("53")))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the server is short of resources (memory or connections)");
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "another analyst's change got in the way; try again");
    if (code.startsWith(QLatin1String("23")))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the project's data contradicts itself");
    if (code == QLatin1String("42P01") || code == QLatin1String("42703"))
        return QCoreApplication::translate(
            "FactDesk::TeamConnection", "the database does not have the structure of a FactDesk project");
    //: %1 is PostgreSQL's error code (SQLSTATE)
    return code.isEmpty()
        ? QCoreApplication::translate("FactDesk::TeamConnection", "the database refused the operation")
        : QCoreApplication::translate(
            "FactDesk::TeamConnection", "the database refused the operation (error %1)")
              .arg(code);
}

void TeamConnection::lose(const QString &reason)
{
    if (!m_connected)
        return;
    m_connected = false;
    if (m_pid != 0) {
        m_lostPid = m_pid;
        m_lostStart = m_start;
    }
    m_pingTimer->stop();
    Q_EMIT connectionLost(reason);
    m_reconnectDelay = 250;
    scheduleReconnect();
}

void TeamConnection::scheduleReconnect()
{
    if (m_pingInterval <= 0)
        return; // no event loop to wait in (a command): the caller retries by hand
    m_reconnectTimer->start(m_reconnectDelay);
    m_reconnectDelay = std::min(m_reconnectDelay * 2, longestReconnectDelay);
}

bool TeamConnection::reconnect(QString *error)
{
    QSqlDatabase db = database();
    const bool wasSubscribed = m_subscribed;
    // Closing forgets the driver's subscriptions (and sends no UNLISTEN over a dead line).
    if (db.isOpen())
        db.close();
    m_subscribed = false;
    db.setPassword(m_password);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("FactDesk::TeamConnection", "Cannot open %1: %2")
                         .arg(m_location.toDisplayString(), connectReason(db.lastError(), m_location));
        return false;
    }
    dropServerNotices(db);
    // The driver object lives on: its notification signal is still connected to us.
    if (wasSubscribed) {
        db.driver()->subscribeToNotification(channelName());
        m_subscribed = true;
    }
    m_connected = true;
    m_reconnectDelay = 250;
    noteServerSession();
    // The lost session is settled only when a write's fate is asked (wasStored): a reconnection
    // with nothing in flight never waits for it.
    if (m_pingInterval > 0)
        m_pingTimer->start(m_pingInterval);
    resolveInFlight();
    Q_EMIT reconnected();
    return true;
}

bool TeamConnection::reconnectWithin(int milliseconds, QString *error)
{
    const QDeadlineTimer deadline(std::max(milliseconds, 0));
    int delay = 100;
    for (;;) {
        if (reconnect(error))
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(quint64(std::min<qint64>(delay, std::max<qint64>(deadline.remainingTime(), 0))));
        delay = std::min(delay * 2, 1000);
    }
}

int TeamConnection::waitForServer() const
{
    return m_waitForServer;
}

void TeamConnection::setWaitForServer(int milliseconds)
{
    m_waitForServer = std::max(milliseconds, 0);
}

void TeamConnection::rememberInFlight(const QString &attemptId, const QString &description)
{
    m_inFlight.append({ attemptId, description });
}

void TeamConnection::resolveInFlight()
{
    if (m_inFlight.isEmpty())
        return;
    const bool settled = m_connected && settleLostSession(settleGlance);
    const auto pending = m_inFlight;
    m_inFlight.clear();
    for (const auto &attempt : pending) {
        const int stored = settled && m_storedCheck ? m_storedCheck(attempt.first) : -1;
        if (stored < 0) {
            m_inFlight.append(attempt);
            continue;
        }
        Q_EMIT inFlightResolved(attempt.second, stored == 1);
    }
    // The lost session was still at work: ask again in a moment, while connected.
    if (!m_inFlight.isEmpty() && m_pingInterval > 0)
        QTimer::singleShot(1000, this, [this]() {
            if (m_connected)
                resolveInFlight();
        });
}

void TeamConnection::setPresenceRefresh(std::function<void()> refresh)
{
    m_presenceRefresh = std::move(refresh);
}

void TeamConnection::setStoredCheck(std::function<int(const QString &)> check)
{
    m_storedCheck = std::move(check);
}

int TeamConnection::wasStored(const QString &attemptId)
{
    if (!m_connected || !settleLostSession(settleTimeout))
        return -1;
    return m_storedCheck ? m_storedCheck(attemptId) : -1;
}

} // namespace FactDesk
