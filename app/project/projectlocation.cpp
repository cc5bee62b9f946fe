#include "projectlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace FactDesk {

namespace {

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

/// "key=value key2='quoted value'": libpq's keyword form, as far as FactDesk reads it.
bool isKeywordString(const QString &text)
{
    static const QStringList keywords { QStringLiteral("service="), QStringLiteral("dbname="),
        QStringLiteral("host="), QStringLiteral("hostaddr="), QStringLiteral("user="),
        QStringLiteral("port=") };
    const QString trimmed = text.trimmed();
    for (const QString &keyword : keywords) {
        if (trimmed.startsWith(keyword))
            return true;
    }
    return false;
}

/// Splits libpq keyword=value pairs (values may be 'quoted', with \' and \\ inside).
bool splitKeywords(const QString &text, QVector<QPair<QString, QString>> *pairs)
{
    int i = 0;
    const int size = text.size();
    while (i < size) {
        while (i < size && text.at(i).isSpace())
            ++i;
        if (i >= size)
            break;
        const int equals = text.indexOf(QLatin1Char('='), i);
        if (equals < 0)
            return false;
        const QString key = text.mid(i, equals - i).trimmed();
        if (key.isEmpty() || key.contains(QLatin1Char(' ')))
            return false;
        i = equals + 1;
        while (i < size && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < size && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < size) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return false;
        } else {
            while (i < size && !text.at(i).isSpace())
                value += text.at(i++);
        }
        pairs->append({ key, value });
    }
    return !pairs->isEmpty();
}

/// A value as libpq's keyword syntax wants it: quoted when it holds a space or a quote.
QString quotedValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

ProjectLocation ProjectLocation::fromFile(const QString &path)
{
    ProjectLocation location;
    location.m_kind = Kind::File;
    location.m_filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    return location;
}

bool ProjectLocation::looksLikeTeamProject(const QString &text)
{
    return isUrl(text) || isKeywordString(text);
}

bool ProjectLocation::parse(const QString &text, ProjectLocation *location, QString *error)
{
    *location = ProjectLocation();
    if (!looksLikeTeamProject(text)) {
        if (text.isEmpty()) {
            *error = tr("No project was given.");
            return false;
        }
        *location = fromFile(text);
        return true;
    }
    const auto refusePassword = [error](const QString &shown) {
        //: %1 is a PostgreSQL URL shown without its password
        *error = tr("%1 holds a password: FactDesk never takes one from a project's address. Put it in "
                    "~/.pgpass (or the file PGPASSFILE names), or let FactDesk ask for it.")
                     .arg(shown);
        return false;
    };
    ProjectLocation parsed;
    parsed.m_kind = Kind::PostgreSql;
    QVector<QPair<QString, QString>> pairs;
    QString shown;
    if (isUrl(text)) {
        const QUrl url(text, QUrl::StrictMode);
        QUrl withoutPassword = url;
        withoutPassword.setPassword(QString());
        QUrlQuery safeQuery(url);
        safeQuery.removeAllQueryItems(QStringLiteral("password"));
        withoutPassword.setQuery(safeQuery);
        if (safeQuery.isEmpty())
            withoutPassword.setQuery(QString());
        shown = withoutPassword.toDisplayString();
        if (!url.isValid()) {
            //: %1 is what was given, %2 why it cannot be read
            *error = tr("%1 is not a PostgreSQL address: %2").arg(shown, url.errorString());
            return false;
        }
        if (!url.password().isEmpty())
            return refusePassword(shown);
        parsed.m_host = url.host();
        parsed.m_port = url.port(-1);
        parsed.m_user = url.userName();
        QString path = url.path();
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (path.contains(QLatin1Char('/'))) {
            *error = tr("%1 is not a PostgreSQL address: a database name has no slash.").arg(shown);
            return false;
        }
        parsed.m_database = path;
        const QUrlQuery query(url);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            pairs.append(item);
    } else {
        if (!splitKeywords(text, &pairs)) {
            *error = tr("%1 is not a PostgreSQL connection string (key=value pairs).").arg(text.trimmed());
            return false;
        }
        QStringList safe;
        for (const auto &pair : pairs) {
            if (pair.first != QLatin1String("password"))
                safe << pair.first + QLatin1Char('=') + quotedValue(pair.second);
        }
        shown = safe.join(QLatin1Char(' '));
    }
    for (const auto &pair : pairs) {
        const QString &key = pair.first;
        const QString &value = pair.second;
        if (key == QLatin1String("password"))
            return refusePassword(shown);
        if (value.contains(QLatin1Char(';'))) {
            // Qt's driver separates its connect options with ';'.
            *error
                = tr("%1: the value of %2 holds a semicolon, which FactDesk cannot pass on.").arg(shown, key);
            return false;
        }
        if (key == QLatin1String("host")) {
            parsed.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            parsed.m_port = value.toInt(&ok);
            if (!ok || parsed.m_port <= 0 || parsed.m_port > 65535) {
                *error = tr("%1: %2 is not a port number.").arg(shown, value);
                return false;
            }
        } else if (key == QLatin1String("dbname")) {
            parsed.m_database = value;
        } else if (key == QLatin1String("user")) {
            parsed.m_user = value;
        } else if (key == QLatin1String("service")) {
            parsed.m_service = value;
        } else {
            parsed.m_options.append(pair);
        }
    }
    *location = parsed;
    return true;
}

QString ProjectLocation::toDisplayString() const
{
    if (!isTeam())
        return QDir::toNativeSeparators(m_filePath);
    if (!m_service.isEmpty() && m_host.isEmpty()) {
        QStringList words { QStringLiteral("service=") + quotedValue(m_service) };
        if (!m_database.isEmpty())
            words << QStringLiteral("dbname=") + quotedValue(m_database);
        if (!m_user.isEmpty())
            words << QStringLiteral("user=") + quotedValue(m_user);
        if (m_port > 0)
            words << QStringLiteral("port=%1").arg(m_port);
        for (const auto &option : m_options)
            words << option.first + QLatin1Char('=') + quotedValue(option.second);
        return words.join(QLatin1Char(' '));
    }
    // Written by hand rather than by QUrl, which drops the empty authority of
    // "postgresql:///desk" and decodes what must stay encoded to be read back.
    const auto encoded
        = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part, "/:")); };
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    // A socket folder is a host that begins with a slash: it goes in the query.
    const bool socketFolder = m_host.startsWith(QLatin1Char('/'));
    if (!socketFolder)
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_database));
    QStringList query;
    if (socketFolder)
        query << QStringLiteral("host=") + encoded(m_host);
    if (!m_service.isEmpty())
        query << QStringLiteral("service=") + encoded(m_service);
    for (const auto &option : m_options)
        query << encoded(option.first) + QLatin1Char('=') + encoded(option.second);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ProjectLocation::shortName() const
{
    if (!isTeam())
        return QFileInfo(m_filePath).fileName();
    const QString database = m_database.isEmpty() ? m_service : m_database;
    if (m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')))
        return database;
    //: a team project's database on its server: "desk on db.example"
    return tr("%1 on %2").arg(database, m_host);
}

QString ProjectLocation::connectOptions() const
{
    QStringList options;
    if (!m_service.isEmpty())
        options << QStringLiteral("service=") + quotedValue(m_service);
    for (const auto &option : m_options)
        options << option.first + QLatin1Char('=') + quotedValue(option.second);
    return options.join(QLatin1Char(';'));
}

bool ProjectLocation::operator==(const ProjectLocation &other) const
{
    return m_kind == other.m_kind && m_filePath == other.m_filePath && m_host == other.m_host
        && m_port == other.m_port && m_database == other.m_database && m_user == other.m_user
        && m_service == other.m_service && m_options == other.m_options;
}

} // namespace FactDesk
