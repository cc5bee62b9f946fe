#pragma once

#include "project/projectlocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

/**
 * A fresh, empty PostgreSQL database for one test, on the throwaway server
 * that FACTDESK_TEST_PG names (a URL such as
 * postgresql://factdesk@127.0.0.1:55432/postgres, of a role that may create
 * databases and roles; tools/bootstrap.sh test starts one and sets it).
 * Dropped again, with the roles it made, when the fixture goes.
 *
 * Without FACTDESK_TEST_PG, isValid() is false and why() says so: the
 * PostgreSQL rows of a test fail with it, they never skip.
 */
class TeamTestDatabase
{
public:
    TeamTestDatabase()
    {
        const QString url = qEnvironmentVariable("FACTDESK_TEST_PG");
        if (url.isEmpty()) {
            m_why = QStringLiteral(
                "FACTDESK_TEST_PG is not set: it names the throwaway PostgreSQL server the "
                "team-project tests run on (tools/bootstrap.sh test starts one; by hand: initdb, "
                "pg_ctl start, then FACTDESK_TEST_PG=postgresql://USER@127.0.0.1:PORT/postgres)");
            return;
        }
        QString error;
        if (!FactDesk::ProjectLocation::parse(url, &m_server, &error) || !m_server.isTeam()) {
            m_why = QStringLiteral("FACTDESK_TEST_PG=%1 is not a PostgreSQL URL: %2").arg(url, error);
            return;
        }
        m_name = QStringLiteral("factdesk_test_%1").arg(suffix());
        m_admin = QStringLiteral("factdesk-test-admin-%1").arg(m_name);
        {
            QSqlDatabase db = adminDatabase();
            if (!db.open()) {
                m_why = QStringLiteral("cannot connect to FACTDESK_TEST_PG=%1: %2")
                            .arg(url, db.lastError().text());
                return;
            }
            QSqlQuery query(db);
            // Identifiers cannot be bound; this one is made here of letters, digits and _.
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
                m_why = QStringLiteral("cannot create a test database: %1").arg(query.lastError().text());
                return;
            }
        }
        m_valid = true;
    }

    ~TeamTestDatabase()
    {
        if (m_valid) {
            QSqlDatabase db = adminDatabase();
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
                for (const QString &role : m_roles)
                    query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
            }
        }
        if (QSqlDatabase::contains(m_admin))
            QSqlDatabase::removeDatabase(m_admin);
    }

    bool isValid() const { return m_valid; }
    QString why() const { return m_why; }
    QString name() const { return m_name; }

    /// The test database, as the server's URL with its database name (and user when given).
    FactDesk::ProjectLocation location(const QString &user = QString()) const
    {
        QString text = m_server.toDisplayString();
        FactDesk::ProjectLocation location;
        QString error;
        FactDesk::ProjectLocation::parse(withDatabase(text, user), &location, &error);
        return location;
    }

    /// Runs SQL as the server's administrator role in the test database (roles, grants, tampering).
    bool exec(const QString &sql, QString *error = nullptr)
    {
        const QString connection = m_admin + QStringLiteral("-in-test");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::contains(connection)
                ? QSqlDatabase::database(connection, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            configure(db);
            db.setDatabaseName(m_name);
            if (db.isOpen() || db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok && error)
                    *error = query.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    /// Creates a login role (dropped with the fixture) and returns its name.
    QString createRole(const QString &stem)
    {
        const QString role = QStringLiteral("%1_%2").arg(stem, suffix());
        if (!exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)))
            return QString();
        m_roles << role;
        return role;
    }

private:
    static QString suffix() { return QUuid::createUuid().toString(QUuid::Id128).left(12); }

    void configure(QSqlDatabase &db) const
    {
        db.setHostName(m_server.host());
        db.setPort(m_server.port());
        db.setUserName(m_server.userName());
        db.setConnectOptions(m_server.connectOptions());
    }

    QSqlDatabase adminDatabase() const
    {
        QSqlDatabase db = QSqlDatabase::contains(m_admin)
            ? QSqlDatabase::database(m_admin, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
        configure(db);
        db.setDatabaseName(
            m_server.databaseName().isEmpty() ? QStringLiteral("postgres") : m_server.databaseName());
        return db;
    }

    QString withDatabase(const QString &serverUrl, const QString &user) const
    {
        QUrl url(serverUrl);
        url.setPath(QLatin1Char('/') + m_name);
        if (!user.isEmpty())
            url.setUserName(user);
        return url.toString();
    }

    FactDesk::ProjectLocation m_server;
    QString m_name;
    QString m_admin;
    QString m_why;
    QStringList m_roles;
    bool m_valid = false;
};
