#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

namespace FactDesk {

/**
 * Where a project lives: a solo `.factdesk` file (SQLite), or a team project on
 * a PostgreSQL server named the way libpq names one:
 *
 *     postgresql://anna@db.example:5432/desk?sslmode=verify-full&sslrootcert=/etc/ca.pem
 *     postgresql:///desk                      (local socket)
 *     service=desk                            (a pg_service.conf entry, other keywords may follow)
 *
 * A location never holds a password: one written in the URL (`anna:secret@`,
 * `password=`) is refused by parse(), so it can end up neither in the settings,
 * nor in a message, nor in the audit log. libpq finds the password itself
 * (PGPASSWORD, ~/.pgpass or PGPASSFILE), else the caller asks the analyst
 * (ProjectStore::OpenOptions::askPassword) and keeps it for the session only.
 * Every other URL parameter (sslmode, sslrootcert, sslcert, sslkey,
 * connect_timeout, application_name, …) is passed to libpq as given.
 */
class ProjectLocation
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::ProjectLocation)
public:
    enum class Kind
    {
        File, ///< a solo project: one SQLite file
        PostgreSql, ///< a team project on a PostgreSQL server
    };

    ProjectLocation() = default;
    static ProjectLocation fromFile(const QString &path);
    /**
     * Reads what the analyst or a script gave: a PostgreSQL URL
     * (postgresql:// or postgres://), a libpq keyword string (service=…,
     * dbname=… host=…), anything else is a file path. False with *error (which
     * names what was given, without its password) for a malformed URL or one
     * that holds a password.
     */
    static bool parse(const QString &text, ProjectLocation *location, QString *error);
    /// Whether text names a team project (by its form only: nothing is contacted).
    static bool looksLikeTeamProject(const QString &text);

    Kind kind() const { return m_kind; }
    bool isTeam() const { return m_kind == Kind::PostgreSql; }
    bool isValid() const { return isTeam() || !m_filePath.isEmpty(); }
    /// The file of a solo project (absolute); empty for a team project.
    QString filePath() const { return m_filePath; }

    QString host() const { return m_host; } ///< empty: libpq's default (the local socket, or PGHOST)
    int port() const { return m_port; } ///< -1: libpq's default
    QString databaseName() const { return m_database; } ///< empty: libpq's default (the user name)
    QString userName() const { return m_user; } ///< empty: libpq's default (the system user, or PGUSER)
    QString service() const { return m_service; }
    /// The libpq keywords given besides (sslmode, sslrootcert, …), in the order written.
    const QVector<QPair<QString, QString>> &options() const { return m_options; }

    /**
     * The location as it can be typed again, with no password (there is none):
     * for Recent Files, messages and the audit log. A file path in native separators.
     */
    QString toDisplayString() const;
    /// A short name for titles: the file name, or "desk on db.example".
    QString shortName() const;
    /**
     * The keywords QSqlDatabase::setConnectOptions takes for the QPSQL driver
     * (service, TLS and every other option of the URL), separated by ';'.
     */
    QString connectOptions() const;

    bool operator==(const ProjectLocation &other) const;
    bool operator!=(const ProjectLocation &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_service;
    QVector<QPair<QString, QString>> m_options;
};

} // namespace FactDesk
