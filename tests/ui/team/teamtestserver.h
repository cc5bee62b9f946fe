#pragma once
// The throwaway PostgreSQL server of tools/pgcluster.sh, for the window's team tests: its URLs,
// a fresh database per test, and a private server a test may stop and start again.

#include "project/projectlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace TeamTestServer {

inline QString whyNoServer(const char *variable)
{
    return QStringLiteral("%1 is not set: the team-project tests need the throwaway PostgreSQL server that "
                          "ctest's fixture (tools/pgcluster.sh) or `tools/pgcluster.sh run` starts")
        .arg(QLatin1String(variable));
}

/// The URL with another database (and, when given, another role): its path and user replaced.
inline QString withDatabase(const QString &url, const QString &database, const QString &role = QString())
{
    QUrl changed(url);
    changed.setPath(QLatin1Char('/') + database);
    if (!role.isEmpty())
        changed.setUserName(role);
    return changed.toString();
}

inline QString roleOf(const QString &url)
{
    return QUrl(url).userName();
}

/// Runs one statement as the owner, on the server's own test database.
inline bool runAsOwner(const QString &ownerUrl, const QString &statement, QString *error)
{
    const QUrl url(ownerUrl);
    const QString name = QStringLiteral("teamtestserver_admin");
    bool done = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setUserName(url.userName());
        database.setDatabaseName(url.path().mid(1));
        if (database.open()) {
            QSqlQuery query(database);
            done = query.exec(statement);
            if (!done)
                *error = query.lastError().text();
        } else {
            *error = database.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

/// A new empty database owned by the owner role; its name is unique to this process.
inline QString createDatabase(const QString &ownerUrl, const QString &prefix, QString *error)
{
    static int counter = 0;
    const QString name
        = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++counter);
    if (!runAsOwner(ownerUrl, QStringLiteral("CREATE DATABASE ") + name, error))
        return QString();
    return name;
}

inline void dropDatabase(const QString &ownerUrl, const QString &name)
{
    QString error;
    runAsOwner(ownerUrl, QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"),
        &error);
}

/// The password of role in PGPASSFILE (what libpq would find by itself).
inline QString passwordOf(const QString &role)
{
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() == 5 && QString::fromUtf8(fields.at(3)) == role)
            return QString::fromUtf8(fields.at(4));
    }
    return QString();
}

/// A server of its own (tools/pgcluster.sh start), for a test that stops it: the shared one stays up.
class PrivateServer
{
public:
    bool start(QString *error)
    {
        const QString script = qEnvironmentVariable("FACTDESK_TEST_PGCLUSTER");
        if (script.isEmpty() || !m_dir.isValid()) {
            *error = whyNoServer("FACTDESK_TEST_PGCLUSTER");
            return false;
        }
        m_script = script;
        m_state = m_dir.filePath(QStringLiteral("state.env"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"), { script, QStringLiteral("start"), m_state });
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            *error
                = QStringLiteral("tools/pgcluster.sh start failed: ") + QString::fromUtf8(process.readAll());
            return false;
        }
        QFile state(m_state);
        if (!state.open(QIODevice::ReadOnly)) {
            *error = state.errorString();
            return false;
        }
        for (const QByteArray &line : state.readAll().split('\n')) {
            const int equals = line.indexOf('=');
            if (equals > 0)
                m_values.insert(
                    QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
        return !url().isEmpty();
    }

    ~PrivateServer()
    {
        if (!m_state.isEmpty() && QFile::exists(m_state))
            QProcess::execute(QStringLiteral("bash"), { m_script, QStringLiteral("stop"), m_state });
    }

    QString url() const { return m_values.value(QStringLiteral("FACTDESK_TEST_PG")); }
    /// The owner's password here (this server's own PGPASSFILE).
    QString ownerPassword() const
    {
        QFile file(m_values.value(QStringLiteral("PGPASSFILE")));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.size() == 5 && fields.at(3) == "factdesk_owner")
                return QString::fromUtf8(fields.at(4));
        }
        return QString();
    }
    QString passwordFile() const { return m_values.value(QStringLiteral("PGPASSFILE")); }
    /// stop or start: the server goes away, or comes back with its data.
    bool control(const QString &command)
    {
        return QProcess::execute(m_values.value(QStringLiteral("FACTDESK_TEST_PG_CONTROL")), { command })
            == 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_script;
    QString m_state;
    QHash<QString, QString> m_values;
};

} // namespace TeamTestServer
