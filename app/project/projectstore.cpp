#include "projectstore.h"

#include "diskspace.h"
#include "factconflict.h"
#include "projectchange.h"
#include "projectschema_p.h"
#include "sqldialect_p.h"
#include "story/storydecisions.h"
#include "teamconnection.h"
#include "unchangedreview.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace FactDesk {

namespace {

// "FDsk": lets open() tell a FactDesk project from any other SQLite file
// before SQLite itself touches it.
constexpr qint32 factDeskApplicationId = 0x4644736b;
constexpr int sqliteHeaderSize = 100;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// SQLite's primary result code of an error (QSqlError::nativeErrorCode), or -1.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok)
        return code & 0xff;
    // Qt's driver drops the code when COMMIT or BEGIN fails; SQLite's fixed
    // English texts (sqlite3_errstr) still tell which it was.
    static const struct
    {
        const char *text;
        int code;
    } texts[] = { { "database or disk is full", 13 }, { "disk I/O error", 10 }, { "malformed", 11 },
        { "file is not a database", 26 }, { "database is locked", 5 }, { "database table is locked", 6 },
        { "readonly database", 8 }, { "unable to open database", 14 }, { "constraint failed", 19 },
        { "out of memory", 7 }, { "no such table", 1 }, { "no such column", 1 } };
    const QString message = error.databaseText();
    for (const auto &known : texts) {
        if (message.contains(QLatin1String(known.text), Qt::CaseInsensitive))
            return known.code;
    }
    return -1;
}

/**
 * What a database error means for the analyst, in their language: SQLite's
 * own words ("disk I/O error Unable to fetch row", "UNIQUE constraint
 * failed: ...") never reach the user. path (a file or an SQLite URI) is
 * where to look for a full disk.
 */
QString sqlReason(const QSqlError &error, const QString &path)
{
    const QString file = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    const int code = sqliteCode(error);
    // SQLite says "disk I/O error" or "unable to open" when the disk fills
    // while it creates or grows its side files: the free space tells.
    if (code == 13 /* SQLITE_FULL */ || code == 10 /* SQLITE_IOERR */ || code == 14 /* SQLITE_CANTOPEN */) {
        const QString full = DiskSpace::fullReason(file);
        if (!full.isEmpty())
            return full;
    }
    switch (code) {
    case 13:
        return QCoreApplication::translate("FactDesk::ProjectStore", "the disk is full");
    case 10:
        return QCoreApplication::translate(
            "FactDesk::ProjectStore", "the disk could not be read or written (input/output error)");
    case 14:
        return QCoreApplication::translate(
            "FactDesk::ProjectStore", "the file or its folder cannot be opened");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("FactDesk::ProjectStore", "the file is damaged");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "FactDesk::ProjectStore", "another program is using the project file");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("FactDesk::ProjectStore", "the file cannot be written");
    case 7: // SQLITE_NOMEM
        return QCoreApplication::translate("FactDesk::ProjectStore", "there is not enough memory");
    case 19: // SQLITE_CONSTRAINT: a duplicate where an index says none can be
        return QCoreApplication::translate("FactDesk::ProjectStore",
            "the project's data contradicts itself (its indexes may be damaged; factdesk-cli repair "
            "rebuilds them)");
    case 1: // SQLITE_ERROR: a table or column missing from a FactDesk schema
        return QCoreApplication::translate("FactDesk::ProjectStore",
            "the file does not have the structure of a FactDesk project (it is damaged)");
    case -1:
        if (const QString full = DiskSpace::fullReason(file); !full.isEmpty())
            return full;
        return error.type() == QSqlError::ConnectionError
            ? QCoreApplication::translate(
                "FactDesk::ProjectStore", "the SQLite database driver of Qt could not be used")
            : QCoreApplication::translate("FactDesk::ProjectStore", "the database refused the operation");
    default:
        //: %1 is SQLite's error number
        return QCoreApplication::translate("FactDesk::ProjectStore", "database error %1").arg(code);
    }
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes.at(offset))) << 24) | (quint32(quint8(bytes.at(offset + 1))) << 16)
        | (quint32(quint8(bytes.at(offset + 2))) << 8) | quint32(quint8(bytes.at(offset + 3)));
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("factdesk-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    // What isoDateTime() writes, "yyyy-MM-ddTHH:mm:ss.zzzZ", is read by hand:
    // QDateTime::fromString costs microseconds a call, too much for 300,000 facts.
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')
        && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
        auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text.at(i).unicode() - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// Binding a null QString stores NULL in some drivers: project columns are
// NOT NULL text, so bind an empty string instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

bool fromString(const QString &text, RangeRole *role)
{
    for (RangeRole candidate : { RangeRole::None, RangeRole::Low, RangeRole::High }) {
        if (toString(candidate) == text) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

constexpr std::array<FigureKind, 7> allFigureKinds = { FigureKind::Money, FigureKind::Percent,
    FigureKind::Count, FigureKind::Quantity, FigureKind::Multiplier, FigureKind::Date, FigureKind::Number };

/**
 * "CASE column WHEN 'pending' THEN 0 … ELSE fallback END": a stored enum name as
 * its number, or fallback (the Fact's default) for a name this build does not
 * know, as fromString() leaves it. The names come from toString(), so they are
 * still written once.
 */
template<typename Values> QString enumNumberSql(const QString &column, const Values &values, int fallback)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (auto value : values)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(toString(value)).arg(int(value));
    return sql + QStringLiteral(" ELSE %1 END").arg(fallback);
}

template<typename Enum>
QString enumNumberSql(const QString &column, std::initializer_list<Enum> values, Enum fallback)
{
    return enumNumberSql<std::initializer_list<Enum>>(column, values, int(fallback));
}

/// Reads an enum column selected by name: its value, or (out unchanged) the Fact's default when NULL
/// or unknown.
template<typename Enum> void readEnum(const QVariant &value, Enum *out)
{
    fromString(value.toString(), out);
}

/// The facts table's columns in the order ProjectStorePrivate::bindFact binds them.
const QStringList &boundFactColumns()
{
    static const QStringList columns { QStringLiteral("article_id"), QStringLiteral("origin"),
        QStringLiteral("fig_start"), QStringLiteral("fig_end"), QStringLiteral("kind"),
        QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("modifier"),
        QStringLiteral("range_role"), QStringLiteral("status"), QStringLiteral("corrected_value"),
        QStringLiteral("corrected_unit"), QStringLiteral("corrected_kind"), QStringLiteral("reject_reason"),
        QStringLiteral("note"), QStringLiteral("editor"), QStringLiteral("reviewed_at"),
        QStringLiteral("quote"), QStringLiteral("prefix"), QStringLiteral("suffix"), QStringLiteral("as_of"),
        QStringLiteral("id") };
    return columns;
}

/// ":article_id", ":origin"…: boundFactColumns() as the named placeholders of the statements bindFact fills.
const QStringList &factPlaceholders()
{
    static const QStringList placeholders = [] {
        QStringList names;
        for (const QString &column : boundFactColumns())
            names << QLatin1Char(':') + column;
        return names;
    }();
    return placeholders;
}

/*
 * A fact row is read in two parts. The common columns are those most facts
 * fill; the rare ones (range, correction, rejection, note, and the anchors kept
 * when the article text does not give them back) are NULL for most facts. Qt SQL
 * spends a QVariant, a copy and a destruction on every value, NULL or not, so the
 * load of a whole project reads the common columns of every fact and then the
 * rare ones of only the facts that have one (ProjectStore::load); a single
 * fact is read whole (factColumnsSql, readFactRow).
 */

/// Bits of each enum in the number SQLite gives for a fact's four enum columns together.
constexpr int enumBits = 4;

/**
 * The common columns, in the order readCommonFactColumns() reads them. From
 * SQLite, the four enum columns come as one number (enumNumberSql, enumBits
 * each): a text value costs the load a UTF-16 conversion in SQLite, two
 * allocations and a string comparison, a number nothing. PostgreSQL wants one
 * type for every branch of a CASE and has no such cost: there they come as their names.
 */
QString commonFactColumnsSql(SqlDialect dialect)
{
    QStringList enums;
    if (dialect == SqlDialect::Sqlite) {
        enums << QStringLiteral("(%1) + ((%2) << %5) + ((%3) << %6) + ((%4) << %7)")
                     .arg(enumNumberSql(QStringLiteral("origin"),
                              { FactOrigin::Extracted, FactOrigin::Manual }, Fact().origin),
                         enumNumberSql(QStringLiteral("kind"), allFigureKinds, int(Fact().figure.kind)),
                         enumNumberSql(QStringLiteral("modifier"),
                             { Modifier::Exact, Modifier::Approx, Modifier::MoreThan, Modifier::LessThan,
                                 Modifier::UpTo },
                             Fact().figure.modifier),
                         enumNumberSql(QStringLiteral("status"),
                             { ReviewStatus::Pending, ReviewStatus::Confirmed, ReviewStatus::Corrected,
                                 ReviewStatus::Rejected },
                             Fact().status))
                     .arg(enumBits)
                     .arg(2 * enumBits)
                     .arg(3 * enumBits);
    } else {
        enums << QStringLiteral("origin") << QStringLiteral("kind") << QStringLiteral("modifier")
              << QStringLiteral("status");
    }
    return (QStringList { QStringLiteral("id"), QStringLiteral("article_id") } + enums
        + QStringList { QStringLiteral("fig_start"), QStringLiteral("fig_end"), QStringLiteral("value"),
            QStringLiteral("unit"), QStringLiteral("editor"), QStringLiteral("reviewed_at"),
            QStringLiteral("as_of"), QStringLiteral("version") })
        .join(QStringLiteral(", "));
}

/// How many columns commonFactColumnsSql(dialect) selects.
int commonFactColumnCount(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? 11 : 14;
}

/// The rare columns, in the order readRareFactColumns() reads them.
const QString &rareFactColumnsSql()
{
    static const QString columns
        = QStringLiteral("range_role, corrected_value, corrected_unit, corrected_kind, reject_reason, note, "
                         "quote, prefix, suffix");
    return columns;
}

/// True for the rows where one of the rare columns is not NULL.
const QString &hasRareFactColumnsSql()
{
    static const QString condition = QStringLiteral(
        "range_role IS NOT NULL OR corrected_value IS NOT NULL OR corrected_unit IS NOT NULL OR "
        "corrected_kind IS NOT NULL OR reject_reason IS NOT NULL OR note IS NOT NULL OR "
        "quote IS NOT NULL OR prefix IS NOT NULL OR suffix IS NOT NULL");
    return condition;
}

/// Reads the columns of commonFactColumnsSql(dialect) into fact.
void readCommonFactColumns(const QSqlQuery &query, SqlDialect dialect, Fact *out)
{
    Fact &fact = *out;
    // toLongLong: SQLite's integers come as qlonglong, which toInt() converts
    // through QMetaType::convert at ten times the cost.
    fact.id = query.value(0).toLongLong();
    fact.articleId = query.value(1).toLongLong();
    int column = 2;
    if (dialect == SqlDialect::Sqlite) {
        const int enums = int(query.value(column++).toLongLong());
        const int mask = (1 << enumBits) - 1;
        fact.origin = static_cast<FactOrigin>(enums & mask);
        fact.figure.kind = static_cast<FigureKind>((enums >> enumBits) & mask);
        fact.figure.modifier = static_cast<Modifier>((enums >> 2 * enumBits) & mask);
        fact.status = static_cast<ReviewStatus>((enums >> 3 * enumBits) & mask);
    } else {
        readEnum(query.value(column++), &fact.origin);
        readEnum(query.value(column++), &fact.figure.kind);
        readEnum(query.value(column++), &fact.figure.modifier);
        readEnum(query.value(column++), &fact.status);
    }
    fact.figure.start = int(query.value(column++).toLongLong());
    fact.figure.end = int(query.value(column++).toLongLong());
    fact.figure.value = query.value(column++).toString();
    fact.figure.unit = query.value(column++).toString();
    fact.editor = query.value(column++).toString();
    fact.reviewedAt = dateTimeFromIso(query.value(column++).toString());
    fact.figure.asOf = query.value(column++).toString();
    fact.version = query.value(column++).toLongLong();
}

/**
 * Reads the columns of rareFactColumnsSql() from column first on. False when
 * the anchors were stored as NULL: the caller anchors the fact in its article's text.
 */
bool readRareFactColumns(const QSqlQuery &query, int first, Fact *out)
{
    Fact &fact = *out;
    readEnum(query.value(first), &fact.figure.range);
    fact.correctedValue = query.value(first + 1).toString();
    fact.correctedUnit = query.value(first + 2).toString();
    readEnum(query.value(first + 3), &fact.correctedKind);
    readEnum(query.value(first + 4), &fact.rejectReason);
    fact.note = query.value(first + 5).toString();
    const QVariant quote = query.value(first + 6);
    const bool anchored = !quote.isNull();
    if (anchored) {
        fact.quote = quote.toString();
        fact.setContext(query.value(first + 7).toString(), query.value(first + 8).toString());
    }
    return anchored;
}

/// Every column of a fact row, in the order readFactRow() reads them.
QString factColumnsSql(SqlDialect dialect)
{
    return commonFactColumnsSql(dialect) + QStringLiteral(", ") + rareFactColumnsSql();
}

/// The column of factColumnsSql(dialect) that holds the quote (NULL: anchored in the article's text).
int factQuoteColumn(SqlDialect dialect)
{
    return commonFactColumnCount(dialect) + 6;
}

/**
 * Reads a row selected with factColumnsSql(). False when its anchors were
 * stored as NULL: the caller anchors the fact in its article's text.
 */
bool readFactRow(const QSqlQuery &query, SqlDialect dialect, Fact *out)
{
    readCommonFactColumns(query, dialect, out);
    return readRareFactColumns(query, commonFactColumnCount(dialect), out);
}

QJsonObject figureJson(const Figure &figure)
{
    return QJsonObject {
        { QStringLiteral("start"), figure.start },
        { QStringLiteral("end"), figure.end },
        { QStringLiteral("kind"), toString(figure.kind) },
        { QStringLiteral("value"), figure.value },
        { QStringLiteral("unit"), figure.unit },
        { QStringLiteral("modifier"), toString(figure.modifier) },
        { QStringLiteral("range"), toString(figure.range) },
        { QStringLiteral("asOf"), figure.asOf },
    };
}

// The review fields of a fact, as the audit log records them.
QString reviewJson(const Fact &fact)
{
    const QJsonObject object {
        { QStringLiteral("status"), toString(fact.status) },
        { QStringLiteral("correctedValue"), fact.correctedValue },
        { QStringLiteral("correctedUnit"), fact.correctedUnit },
        { QStringLiteral("correctedKind"), toString(fact.correctedKind) },
        { QStringLiteral("rejectReason"), toString(fact.rejectReason) },
        { QStringLiteral("note"), fact.note },
        { QStringLiteral("editor"), fact.editor },
        { QStringLiteral("reviewedAt"), isoDateTime(fact.reviewedAt) },
        { QStringLiteral("origin"), toString(fact.origin) },
        { QStringLiteral("figure"), figureJson(fact.figure) },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// sha256 is article.sha256(), when the caller has it already (empty: computed here).
QString articleJson(const Article &article, int factCount = -1, const QByteArray &sha256 = QByteArray())
{
    QJsonObject object {
        { QStringLiteral("title"), article.title },
        { QStringLiteral("source"), article.source },
        { QStringLiteral("url"), article.url },
        { QStringLiteral("date"), isoDate(article.date) },
        { QStringLiteral("language"), article.language },
        { QStringLiteral("fileName"), article.fileName },
        { QStringLiteral("sha256"), QString::fromLatin1(sha256.isEmpty() ? article.sha256() : sha256) },
    };
    if (factCount >= 0)
        object.insert(QStringLiteral("facts"), factCount);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/**
 * A NOT NULL text column selected as CAST(column AS BLOB) from a UTF-8
 * database, decoded into *text as SQLite's own conversion to UTF-16 gives it.
 * What SQLite writes from a QString is valid UTF-8 but in one case: a lone
 * surrogate at the end of a text, written as the surrogate's code point, which
 * SQLite reads back as U+FFFD, as it does U+FFFE and U+FFFF. False when the
 * bytes hold one of these: the caller then reads the column as text.
 */
bool textFromUtf8(const QVariant &value, QString *text)
{
    const QByteArray bytes = value.toByteArray();
    for (qsizetype at = bytes.indexOf('\xED'); at >= 0 && at + 1 < bytes.size();
         at = bytes.indexOf('\xED', at + 1)) {
        if (uchar(bytes.at(at + 1)) >= 0xA0) // ED A0 to ED BF: U+D800 to U+DFFF
            return false;
    }
    for (qsizetype at = bytes.indexOf('\xEF'); at >= 0 && at + 2 < bytes.size();
         at = bytes.indexOf('\xEF', at + 1)) {
        if (uchar(bytes.at(at + 1)) == 0xBF && uchar(bytes.at(at + 2)) >= 0xBE) // U+FFFE, U+FFFF
            return false;
    }
    // An empty blob comes as a null QByteArray; the column held '', an empty (not null) string.
    *text = bytes.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(bytes);
    return true;
}

/// Binds what an analyst can edit about an article to the first five placeholders:
/// both UPDATE statements of the articles table start with these columns in this order.
void bindArticleDetails(QSqlQuery &query, const Article &article)
{
    query.bindValue(0, text(article.title));
    query.bindValue(1, text(article.source));
    query.bindValue(2, text(article.url));
    query.bindValue(3, nullableText(isoDate(article.date)));
    query.bindValue(4, text(article.language));
}

} // namespace

class ProjectStorePrivate
{
public:
    ~ProjectStorePrivate() { close(); }

    QString path; ///< the file; for a team project its location without password
    QString connectionName;
    SqlDialect dialect = SqlDialect::Sqlite;
    ProjectLocation location;
    std::unique_ptr<TeamConnection> team; ///< a team project's connection
    QString role; ///< current_user of a team project
    mutable QString attempt; ///< the id of the write in progress (audit_log.attempt)
    mutable QVector<qint64> presenceArticles; ///< what setPresence() last said
    mutable QString presenceEditor;
    /// What OpenOptions::loadWhileChecking read, until load() hands it over.
    struct Loaded
    {
        QVector<Article> articles;
        QVector<Fact> facts;
    };
    std::unique_ptr<Loaded> loadedAtOpen;
    /**
     * OpenOptions::loadWhileChecking: the whole project at path through a
     * read-only connection of its own (null when that fails), closed once
     * checker has finished, so that no side file is removed under the check.
     */
    static std::unique_ptr<Loaded> readWhileChecking(const QString &path, std::thread &checker);
    /// Hands over what was read at open, if this connection has written nothing since.
    bool takeLoadedAtOpen(QVector<Article> *articles, QVector<Fact> *facts);

    /// The project as messages name it: the file, or the team project's address (no password).
    QString shown() const { return team ? path : nativePath(path); }
    bool readOnly = false;
    bool createdHere = false; ///< a team project this store set up in an empty database
    QString readOnlyReason; ///< why, in words for "cannot change %1: %2"
    std::unique_ptr<QLockFile> lock;
    // A read-only connection to a WAL database creates "-wal" and "-shm" files
    // it cannot delete on close; those we created are removed again.
    bool walExisted = true;
    bool shmExisted = true;

    void noteSidecars()
    {
        walExisted = QFileInfo::exists(path + QStringLiteral("-wal"));
        shmExisted = QFileInfo::exists(path + QStringLiteral("-shm"));
    }

    void removeCreatedSidecars() const
    {
        const QString wal = path + QStringLiteral("-wal");
        if (!walExisted && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!shmExisted && !QFileInfo::exists(wal))
            QFile::remove(path + QStringLiteral("-shm"));
    }

    QSqlDatabase database() const
    {
        return team ? team->database() : QSqlDatabase::database(connectionName, false);
    }

    void close()
    {
        if (team) {
            team.reset();
            return;
        }
        if (connectionName.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
        removeCreatedSidecars();
    }

    bool fail(QString *error, const QString &message) const
    {
        if (error)
            *error = message;
        return false;
    }

    /// What a database error means, in words for "…: %1" (a team project also notices a lost connection).
    QString reason(const QSqlError &sqlError) const
    {
        return team ? team->reason(sqlError) : sqlReason(sqlError, path);
    }

    bool sqlFail(QString *error, const QSqlError &sqlError) const
    {
        //: %1 is the project file, %2 why (e.g. "the disk is full (120 KB free)")
        return fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Could not save the change to %1: %2")
                .arg(shown(), reason(sqlError)));
    }

    bool refuseWrite(QString *error) const
    {
        if (!readOnly)
            return false;
        fail(error,
            QCoreApplication::translate(
                "FactDesk::ProjectStore", "The project %1 is open read-only: the change was not saved.")
                .arg(shown()));
        return true;
    }

    bool exec(QSqlQuery &query, QString *error) const
    {
        if (query.exec())
            return true;
        return sqlFail(error, query.lastError());
    }

    /// Runs an UPDATE of one article's row inside the open transaction; on failure, or when the
    /// article is not there, rolls the transaction back and says why.
    bool updateArticleRow(QSqlQuery &query, qint64 articleId, QString *error) const
    {
        if (!exec(query, error))
            return rollback();
        if (query.numRowsAffected() != 1) {
            rollback();
            return fail(error,
                QCoreApplication::translate(
                    "FactDesk::ProjectStore", "The article %1 is not in the project file.")
                    .arg(articleId));
        }
        return true;
    }

    bool begin(QString *error) const
    {
        attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (team) {
            // A line that was lost is tried again at once (a command waits for the server as long as it
            // was told to: it has no event loop to wait in).
            if (!team->isConnected() && !team->reconnectWithin(team->waitForServer()))
                return fail(error,
                    //: %1 is a team project's address
                    QCoreApplication::translate("FactDesk::ProjectStore",
                        "Not stored: the server of %1 cannot be reached (FactDesk keeps trying to "
                        "reconnect).")
                        .arg(shown()));
        } else if (!checkBeforeFirstWrite(error)) {
            return false;
        }
        QSqlDatabase db = database();
        if (db.transaction())
            return true;
        // A line that dropped since the last query: nothing was sent yet, so one
        // reconnection and a second BEGIN are safe.
        if (team && TeamConnection::isConnectionError(db.lastError())) {
            team->reason(db.lastError());
            if (team->reconnect() && db.transaction())
                return true;
        }
        return sqlFail(error, db.lastError());
    }

    /// Commits; a team project whose connection dropped at that moment is asked again, once back,
    /// whether the write is there: what says "stored" or "not stored", never "perhaps".
    bool commit(QString *error, const QString &description = QString()) const
    {
        QSqlDatabase db = database();
        if (db.commit())
            return true;
        const QSqlError sqlError = db.lastError();
        if (team && TeamConnection::isConnectionError(sqlError)) {
            team->reason(sqlError); // notices the loss
            const int waited = team->waitForServer();
            if (team->reconnectWithin(waited)) {
                const int stored = team->wasStored(attempt);
                if (stored == 1)
                    return true;
                if (stored == 0)
                    return fail(error,
                        QCoreApplication::translate("FactDesk::ProjectStore",
                            "Not stored: the connection to %1 was lost while saving; the change is not in "
                            "the "
                            "project.")
                            .arg(shown()));
            }
            if (waited > 0)
                // A command: nobody would hear a later answer.
                //: %2 a number of seconds
                return fail(error,
                    QCoreApplication::translate("FactDesk::ProjectStore",
                        "The connection to %1 was lost while saving and the server did not tell within %2 s "
                        "whether the change was stored: look at it again once the server is back.")
                        .arg(shown())
                        .arg(qRound(waited / 1000.0)));
            team->rememberInFlight(attempt, description);
            return fail(error,
                QCoreApplication::translate("FactDesk::ProjectStore",
                    "The connection to %1 was lost while saving: whether the change was stored will be "
                    "known when the server is back.")
                    .arg(shown()));
        }
        db.rollback();
        return sqlFail(error, sqlError);
    }

    /// Tells the other clients of a team project what this transaction changed (sent at commit).
    bool notify(const ProjectChange &change, QString *error) const
    {
        if (!team)
            return true;
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT pg_notify('factdesk', ?)"));
        query.addBindValue(QString::fromUtf8(change.toPayload()));
        return exec(query, error);
    }

    static ProjectChange change(ProjectChange::Kind kind, const QString &editor, const QString &action,
        qint64 articleId = 0, const QVector<qint64> &factIds = {})
    {
        ProjectChange change;
        change.kind = kind;
        change.editor = editor;
        change.action = action;
        change.articleId = articleId;
        change.factIds = factIds;
        return change;
    }

    bool rollback(QString *error = nullptr) const
    {
        // A connection that was lost has nothing to roll back (and Qt would warn on standard error).
        QSqlDatabase db = database();
        if (db.isOpen())
            db.rollback();
        return false;
    }

    bool loadAll(QVector<Article> *articles, QVector<Fact> *facts, QString *error) const;
    bool loadStoryDecisions(StoryDecisions *decisions, QString *error) const;
    /// A team command whose read was cut off: true once reconnected within the time it waits.
    bool readAgainOnceBack() const;
    bool checkBeforeFirstWrite(QString *error) const;
    mutable bool checkedForWrites = false;
    mutable QString damage; ///< set when the full check failed: every write is refused with it

    bool insertArticleRow(
        QSqlQuery &query, const Article &article, const QByteArray &sha256, QString *error) const;
    static void bindFact(QSqlQuery &query, const Fact &fact, const QString *articleText);
    bool insertFact(
        QSqlQuery &query, const Fact &fact, QString *error, const QString *articleText = nullptr) const;
    /// Rewrites a fact's row, its version one more; only over seenVersion when that is >= 0.
    /// *missing (when given) is set instead of failing when no row matched.
    bool writeFactReview(
        const Fact &fact, QString *error, qint64 seenVersion = -1, bool *missing = nullptr) const;
    /// What an audit line says became of its action (the outcome column: NULL, 'conflict', 'unchanged').
    enum class LineOutcome
    {
        Written,
        Refused, ///< someone else changed the fact first: nothing written
        Unchanged, ///< the fact already was what was asked: nothing to write
    };
    /// at: the line's time as isoDateTime() writes it; empty for now on the project's clock.
    bool logAction(const QString &editor, const QString &action, qint64 articleId, qint64 factId,
        const QString &before, const QString &after, QString *error,
        LineOutcome outcome = LineOutcome::Written, const QString &at = QString()) const;
    /**
     * Now on the project's clock, as isoDateTime() writes it: the server's for a team
     * project (whatever the time on this machine), this machine's for a file.
     */
    bool projectNow(QString *now, QString *error) const;
    /// Fills a conflict on fact factId (the row as it is now, its last written action) and logs the refusal.
    void describeConflict(qint64 factId, qint64 seenVersion, const QString &action, const QString &editor,
        const QString &attempted, FactConflict *conflict, QString *error) const;
    /// Whether the SQLite file keeps its text as UTF-8 (every FactDesk project does; PRAGMA encoding).
    static bool storesUtf8(QSqlDatabase &db);
    static Fact factFromRow(
        const QSqlQuery &query, SqlDialect dialect, const QHash<qint64, const QString *> &articleTexts);
    bool refreshPresence(QString *error) const;
    int wasStored(const QString &attemptId) const;
};

namespace {

/// Checks the file's SQLite header by plain reading, so that nothing, not even
/// SQLite's journal recovery, writes to a file that is not a sound project.
bool checkHeader(const QString &path, int *userVersion, QString *error)
{
    const QString shown = nativePath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                     .arg(shown, file.errorString());
        return false;
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(sqliteHeaderSize);
    if (size == 0) {
        *error = QCoreApplication::translate(
            "FactDesk::ProjectStore", "%1 is empty: it is not a FactDesk project.")
                     .arg(shown);
        return false;
    }
    if (header.size() < sqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = QCoreApplication::translate(
            "FactDesk::ProjectStore", "%1 is not a FactDesk project (it is not an SQLite database).")
                     .arg(shown);
        return false;
    }
    quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint32(quint8(header.at(17)));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *error = QCoreApplication::translate(
            "FactDesk::ProjectStore", "%1 is damaged: its database header is invalid.")
                     .arg(shown);
        return false;
    }
    if (qint32(bigEndian32(header, 68)) != factDeskApplicationId) {
        *error = QCoreApplication::translate(
            "FactDesk::ProjectStore", "%1 is an SQLite database but not a FactDesk project.")
                     .arg(shown);
        return false;
    }
    const quint32 version = bigEndian32(header, 60);
    if (version > quint32(ProjectStore::schemaVersion())) {
        //: %2 and %3 are schema version numbers
        *error = QCoreApplication::translate("FactDesk::ProjectStore",
            "%1 was written by a newer version of FactDesk (project format %2; this version "
            "reads up to %3). Open it with a newer FactDesk.")
                     .arg(shown)
                     .arg(version)
                     .arg(ProjectStore::schemaVersion());
        return false;
    }
    // The page count in the header is only trustworthy when the version-valid-for
    // number matches the change counter (SQLite ≥ 3.7.0 always writes both).
    const quint32 pageCount = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (size % pageSize != 0 || (pageCountValid && qint64(pageCount) * pageSize > size)) {
        *error
            = QCoreApplication::translate("FactDesk::ProjectStore", "%1 is damaged: the file is truncated.")
                  .arg(shown);
        return false;
    }
    *userVersion = int(version);
    return true;
}

bool fileIsReadOnly(const QFileInfo &info)
{
    // Honour the file's read-only mark even for a user (root) whom the
    // system would let write anyway.
    return !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner);
}

QString lockMessage(const QString &path, QLockFile &lock, bool offerReadOnly, int waitedMilliseconds)
{
    qint64 pid = 0;
    QString host;
    QString application;
    const bool known = lock.getLockInfo(&pid, &host, &application);
    if (!offerReadOnly) {
        // A command that writes: read-only is no way out; say who holds it and how long we waited.
        const QString holder = !known
            ? QCoreApplication::translate("FactDesk::ProjectStore", "another FactDesk")
            : application.isEmpty()
            ? QCoreApplication::translate("FactDesk::ProjectStore", "another FactDesk (pid %1)").arg(pid)
            //: %1 is a program name (factdesk-cli, FactDesk), %2 a process id
            : QCoreApplication::translate("FactDesk::ProjectStore", "%1 (pid %2)").arg(application).arg(pid);
        //: %2 names the program holding the project, %3 a number of seconds
        return QCoreApplication::translate(
            "FactDesk::ProjectStore", "The project %1 is in use by %2 and was still busy after %3 s.")
            .arg(nativePath(path), holder)
            .arg(waitedMilliseconds / 1000.0, 0, 'f', waitedMilliseconds % 1000 ? 1 : 0);
    }
    if (known) {
        //: %2 is a process id
        return QCoreApplication::translate("FactDesk::ProjectStore",
            "The project %1 is already open in another FactDesk window or factdesk-cli (pid %2). "
            "Close it there first, or open the project read-only.")
            .arg(nativePath(path))
            .arg(pid);
    }
    return QCoreApplication::translate("FactDesk::ProjectStore",
        "The project %1 is already open in another FactDesk window or factdesk-cli. Close it there "
        "first, or open the project read-only.")
        .arg(nativePath(path));
}

/**
 * Takes the exclusive lock of a project, waiting up to waitMilliseconds for
 * its holder to let go; a lock whose process died is stale and taken over.
 */
std::unique_ptr<QLockFile> lockProject(const QString &path, QString *error, bool *cannotCreate,
    int waitMilliseconds = 0, bool offerReadOnly = true)
{
    *cannotCreate = false;
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // An analyst keeps a project open for hours: the lock is only stale when its
    // owner is gone (QLockFile checks the pid), never because of its age.
    lock->setStaleLockTime(0);
    // QLockFile::tryLock(timeout) doubles its sleep up to seconds: many scripts
    // waiting side by side would sit idle while the project is free. Short,
    // jittered naps take turns fairly.
    const QDeadlineTimer deadline(std::max(waitMilliseconds, 0));
    bool locked = lock->tryLock(0);
    while (!locked && lock->error() == QLockFile::LockFailedError && !deadline.hasExpired()) {
        QThread::msleep(5 + QRandomGenerator::global()->bounded(20));
        locked = lock->tryLock(0);
    }
    if (locked)
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        *error = lockMessage(path, *lock, offerReadOnly, waitMilliseconds);
    } else {
        *cannotCreate = true;
        *error
            = QCoreApplication::translate("FactDesk::ProjectStore", "Cannot create the lock file next to %1.")
                  .arg(nativePath(path));
    }
    return nullptr;
}

bool execStatement(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sqlReason(query.lastError(), db.databaseName());
    return false;
}

QVariant pragmaValue(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        *error = sqlReason(query.lastError(), db.databaseName());
        return {};
    }
    return query.value(0);
}

/// Why a read-only look at a project failed; damaged only when the file's content is at fault.
struct IntegrityProblem
{
    QString reason; ///< empty when the project is sound
    bool damaged = false;
};

/// SQLite's own codes (QSqlError::nativeErrorCode) for a file whose content is wrong.
bool isDamageCode(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary code of an extended one
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

IntegrityProblem readOnlyCheck(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return { sqlReason(query.lastError(), db.databaseName()), isDamageCode(query.lastError()) };
    if (query.value(0).toLongLong() != factDeskApplicationId)
        return { QCoreApplication::translate("FactDesk::ProjectStore", "it is not a FactDesk project"),
            true };
    // quick_check reads every page (not the index contents): it finds damaged
    // and missing pages at a fraction of integrity_check's cost.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return { sqlReason(query.lastError(), db.databaseName()), isDamageCode(query.lastError()) };
    if (query.value(0).toString() != QLatin1String("ok"))
        return { QCoreApplication::translate("FactDesk::ProjectStore", "some of its pages are damaged"),
            true };
    // The tables a FactDesk project cannot be read without (a damaged schema
    // can lose one while every page is sound).
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                   "('meta', 'articles', 'facts', 'audit_log')"))
        || !query.next())
        return { sqlReason(query.lastError(), db.databaseName()), true };
    if (query.value(0).toInt() != 4)
        return { QCoreApplication::translate("FactDesk::ProjectStore", "some of its tables are missing"),
            true };
    return {};
}

/**
 * Opens the file read-only under connectionName and checks it. A read-only
 * connection to a WAL database still has to create the "-shm" file beside it,
 * which fails on a full disk or in a folder we cannot write to, though the
 * project is fine. When there is no write-ahead log to read (no "-wal", or an
 * empty one: the last writer closed cleanly), the main file holds every commit
 * and is read as immutable, which needs no side file; a writer cannot appear
 * meanwhile, since it would need the same folder space to create its own.
 * *immutable tells which way it was opened.
 */
IntegrityProblem checkIntegrity(const QString &connectionName, const QString &path, bool *immutable)
{
    *immutable = false;
    IntegrityProblem problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        problem = db.open() ? readOnlyCheck(db) : IntegrityProblem { sqlReason(db.lastError(), path) };
        if (problem.reason.isEmpty() || problem.damaged
            || QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return problem;
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(
        QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open())
        return problem;
    const IntegrityProblem second = readOnlyCheck(db);
    if (second.reason.isEmpty())
        *immutable = true;
    return second.reason.isEmpty() || second.damaged ? second : problem;
}

/**
 * Why nothing can be written in folder, in the system's words ("No space left
 * on device", "Permission denied"), found by writing a byte to a temporary
 * file there; empty when that works.
 */
QString folderWriteProblem(const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return QCoreApplication::translate("FactDesk::ProjectStore", "the folder %1 does not exist")
            .arg(nativePath(folder));
    QTemporaryFile probe(folder + QStringLiteral("/.factdesk-probe-XXXXXX"));
    if (!probe.open())
        return probe.errorString();
    if (probe.write("x", 1) != 1 || !probe.flush())
        return probe.errorString();
    return {};
}

/// "Cannot open …: reason", with why the folder takes no writes when that is the cause.
QString cannotOpenMessage(const QString &shown, const QString &reason, const QString &folder)
{
    const QString folderProblem = folderWriteProblem(folder);
    return QCoreApplication::translate("FactDesk::ProjectStore", "Cannot open %1: %2")
        .arg(shown, folderProblem.isEmpty() ? reason : QStringLiteral("%1 (%2)").arg(reason, folderProblem));
}

/// Durability and concurrency settings of a read-write connection.
bool configureConnection(QSqlDatabase &db, QString *error)
{
    // WAL: readers never block the writer and a crash leaves the last committed
    // transaction intact. synchronous=FULL syncs the WAL at every commit: a review
    // action the UI (or the CLI, by its exit status) reported as saved survives a
    // power cut too, which NORMAL does not promise. It costs one fsync per action,
    // nothing at the pace an analyst reviews; bulk imports are one transaction each.
    QString mode = pragmaValue(db, QStringLiteral("journal_mode=WAL"), error).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error->isEmpty())
            *error = QCoreApplication::translate(
                "FactDesk::ProjectStore", "the database refused write-ahead logging (journal mode %1)")
                         .arg(mode);
        return false;
    }
    return execStatement(db, QStringLiteral("PRAGMA synchronous=FULL"), error)
        && execStatement(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)
        && execStatement(db, QStringLiteral("PRAGMA busy_timeout=5000"), error);
}

/// Runs the migrations from version `from` to the current schema, in one transaction.
bool migrate(QSqlDatabase &db, int from, QString *error)
{
    if (from >= ProjectStore::schemaVersion())
        return true;
    if (!db.transaction()) {
        *error = sqlReason(db.lastError(), db.databaseName());
        return false;
    }
    for (int version = from + 1; version <= ProjectStore::schemaVersion(); ++version) {
        for (const QString &statement : ProjectSchema::migrationTo(version)) {
            if (!execStatement(db, statement, error)) {
                db.rollback();
                return false;
            }
        }
    }
    if (!execStatement(
            db, QStringLiteral("PRAGMA user_version=%1").arg(ProjectStore::schemaVersion()), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = sqlReason(db.lastError(), db.databaseName());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

int ProjectStore::schemaVersion()
{
    return ProjectSchema::currentVersion;
}

qint32 ProjectStore::applicationId()
{
    return factDeskApplicationId;
}

QString ProjectStore::fileSuffix()
{
    return QStringLiteral("factdesk");
}

bool ProjectStore::isOpenElsewhere(const QString &path, qint64 *pid)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QLockFile lock(absolute + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    if (pid) {
        QString host;
        QString application;
        if (!lock.getLockInfo(pid, &host, &application))
            *pid = 0;
    }
    return true;
}

ProjectStore::ProjectStore(std::unique_ptr<ProjectStorePrivate> dd)
    : d(std::move(dd))
{ }

ProjectStore::~ProjectStore()
{
    if (d->team && d->team->isConnected() && !d->readOnly && !d->presenceEditor.isEmpty()) {
        // Leave the others' presence lists now rather than when the row goes stale.
        d->presenceArticles.clear();
        d->presenceEditor.clear();
        d->refreshPresence(nullptr);
    }
    // Close the database before releasing the lock: the WAL checkpoint on close
    // still writes to the file.
    d->close();
    d->lock.reset();
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = nativePath(absolute);
    if (QFileInfo::exists(absolute)) {
        *error = QCoreApplication::translate("FactDesk::ProjectStore", "%1 already exists.").arg(shown);
        return nullptr;
    }
    const QFileInfo folder(QFileInfo(absolute).absolutePath());
    if (!folder.isDir()) {
        *error = QCoreApplication::translate(
            "FactDesk::ProjectStore", "Cannot create %1: the folder %2 does not exist.")
                     .arg(shown, nativePath(folder.absoluteFilePath()));
        return nullptr;
    }
    bool cannotCreateLock = false;
    auto lock = lockProject(absolute, error, &cannotCreateLock);
    if (!lock) {
        if (cannotCreateLock) {
            // A full disk refuses the lock file too: say which it is.
            const QString problem = folderWriteProblem(folder.absoluteFilePath());
            *error = problem.isEmpty() || !folder.isWritable()
                ? QCoreApplication::translate(
                    "FactDesk::ProjectStore", "Cannot create %1: the folder is not writable.")
                      .arg(shown)
                : QCoreApplication::translate("FactDesk::ProjectStore", "Cannot create %1: %2")
                      .arg(shown, problem);
        }
        return nullptr;
    }
    // A stale WAL from an earlier file of the same name would be replayed into the new one.
    QFile::remove(absolute + QStringLiteral("-wal"));
    QFile::remove(absolute + QStringLiteral("-shm"));

    auto d = std::make_unique<ProjectStorePrivate>();
    d->path = absolute;
    d->connectionName = newConnectionName();
    d->lock = std::move(lock);
    auto failCreate = [&](const QString &reason) -> std::unique_ptr<ProjectStore> {
        d->close();
        removeFiles(absolute);
        // Measured once the half-made files are gone: the room the analyst has.
        const QString full = DiskSpace::fullReason(absolute);
        //: %2 is the reason given by the system or the database
        *error = QCoreApplication::translate("FactDesk::ProjectStore", "Cannot create %1: %2")
                     .arg(shown, full.isEmpty() ? reason : full);
        return nullptr;
    };
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        db.setDatabaseName(absolute);
        if (!db.open()) {
            reason = sqlReason(db.lastError(), absolute);
        } else if (!execStatement(
                       db, QStringLiteral("PRAGMA application_id=%1").arg(factDeskApplicationId), &reason)
            || !migrate(db, 0, &reason) || !configureConnection(db, &reason)) {
            // The header fields are written before WAL is switched on so that the
            // main file identifies itself from its first commit.
        } else {
            // A read through the write-ahead log needs its shared-memory file: on a
            // disk that filled up meanwhile, creation fails here, not at the first load.
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) || !probe.next())
                reason = sqlReason(probe.lastError(), absolute);
        }
    }
    if (!reason.isEmpty())
        return failCreate(reason);
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error, OpenMode mode)
{
    OpenOptions options;
    options.mode = mode;
    return open(path, error, options);
}

std::unique_ptr<ProjectStore> ProjectStore::open(
    const QString &path, QString *error, const OpenOptions &options)
{
    const OpenMode mode = options.mode;
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString shown = nativePath(absolute);
    if (!info.exists()) {
        *error = QCoreApplication::translate("FactDesk::ProjectStore", "%1 does not exist.").arg(shown);
        return nullptr;
    }
    if (!info.isFile()) {
        *error = QCoreApplication::translate("FactDesk::ProjectStore", "%1 is not a file.").arg(shown);
        return nullptr;
    }
    int userVersion = 0;
    if (!checkHeader(absolute, &userVersion, error))
        return nullptr;

    bool readOnly = mode == OpenMode::ReadOnly || fileIsReadOnly(info);
    QString readOnlyReason;
    if (mode == OpenMode::ReadOnly)
        readOnlyReason = QCoreApplication::translate("FactDesk::ProjectStore", "it was opened read-only");
    else if (readOnly)
        readOnlyReason = QCoreApplication::translate("FactDesk::ProjectStore", "the file is read-only");
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        bool cannotCreateLock = false;
        lock = lockProject(
            absolute, error, &cannotCreateLock, options.waitMilliseconds, options.offerReadOnly);
        if (!lock) {
            if (!cannotCreateLock)
                return nullptr;
            // A folder we cannot write to, or a full disk: nobody can take the
            // lock, so reading is safe.
            readOnly = true;
            const QString folder = info.absolutePath();
            const QString problem = folderWriteProblem(folder);
            readOnlyReason = problem.isEmpty() || !QFileInfo(folder).isWritable()
                ? QCoreApplication::translate("FactDesk::ProjectStore", "the folder %1 is not writable")
                      .arg(nativePath(folder))
                //: %1 is a folder, %2 the system's reason ("No space left on device")
                : QCoreApplication::translate("FactDesk::ProjectStore", "nothing can be written in %1: %2")
                      .arg(nativePath(folder), problem);
        }
    }
    if (readOnly && userVersion < schemaVersion()) {
        *error = QCoreApplication::translate("FactDesk::ProjectStore",
            "%1 was written by an older version of FactDesk and must be upgraded, but it is "
            "read-only.")
                     .arg(shown);
        return nullptr;
    }

    auto d = std::make_unique<ProjectStorePrivate>();
    d->path = absolute;
    d->readOnly = readOnly;
    d->readOnlyReason = readOnlyReason;
    d->lock = std::move(lock);
    d->noteSidecars();

    // First pass read-only: integrity is checked before anything may write.
    d->connectionName = newConnectionName();
    bool immutable = false;
    IntegrityProblem problem;
    std::unique_ptr<ProjectStorePrivate::Loaded> loaded;
    if (options.loadWhileChecking && !readOnly && userVersion == schemaVersion()) {
        // The check on a thread of its own, with its own connection (a Qt SQL
        // connection belongs to the thread that made it); meanwhile this one
        // reads the project through another read-only connection. Reading
        // writes nothing, whatever the check finds.
        const QString checkConnection = d->connectionName;
        std::thread checker([&problem, &immutable, checkConnection, absolute] {
            problem = checkIntegrity(checkConnection, absolute, &immutable);
            {
                QSqlDatabase db = QSqlDatabase::database(checkConnection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(checkConnection);
        });
        loaded = ProjectStorePrivate::readWhileChecking(absolute, checker);
    } else {
        problem = checkIntegrity(d->connectionName, absolute, &immutable);
    }
    if (!problem.reason.isEmpty()) {
        d->close();
        if (problem.damaged) {
            //: %2 is the database's explanation
            *error = QCoreApplication::translate(
                "FactDesk::ProjectStore", "%1 is damaged and cannot be opened: %2")
                         .arg(shown, problem.reason);
        } else {
            // The file may be sound; the system stopped us (a full disk, a folder we cannot write to).
            *error = cannotOpenMessage(shown, problem.reason, info.absolutePath());
        }
        return nullptr;
    }
    if (readOnly)
        return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
    d->close();

    d->connectionName = newConnectionName();
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        db.setDatabaseName(absolute);
        if (!db.open())
            openError = sqlReason(db.lastError(), absolute);
        else if (!configureConnection(db, &openError) || !migrate(db, userVersion, &openError))
            openError = openError.isEmpty()
                ? QCoreApplication::translate("FactDesk::ProjectStore", "unknown database error")
                : openError;
    }
    if (!openError.isEmpty()) {
        d->close();
        *error = cannotOpenMessage(shown, openError, info.absolutePath());
        return nullptr;
    }
    d->loadedAtOpen = std::move(loaded);
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
}

std::unique_ptr<ProjectStorePrivate::Loaded> ProjectStorePrivate::readWhileChecking(
    const QString &path, std::thread &checker)
{
    auto reader = std::make_unique<ProjectStorePrivate>();
    reader->path = path;
    reader->readOnly = true;
    reader->noteSidecars();
    reader->connectionName = newConnectionName();
    auto loaded = std::make_unique<Loaded>();
    bool read = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader->connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QString ignored; // load() reads the project again, and says why it cannot
        read = db.open() && reader->loadAll(&loaded->articles, &loaded->facts, &ignored);
    }
    checker.join();
    reader->close();
    return read ? std::move(loaded) : nullptr;
}

QString ProjectStore::path() const
{
    return d->path;
}

ProjectLocation ProjectStore::location() const
{
    return d->team ? d->location : ProjectLocation::fromFile(d->path);
}

bool ProjectStore::isTeam() const
{
    return d->team != nullptr;
}

TeamConnection *ProjectStore::team() const
{
    return d->team.get();
}

QString ProjectStore::role() const
{
    return d->role;
}

bool ProjectStore::isReadOnly() const
{
    return d->readOnly;
}

QString ProjectStore::readOnlyReason() const
{
    return d->readOnly ? d->readOnlyReason : QString();
}

bool ProjectStore::load(QVector<Article> *articles, QVector<Fact> *facts, QString *error)
{
    if (d->takeLoadedAtOpen(articles, facts) || d->loadAll(articles, facts, error))
        return true;
    return d->readAgainOnceBack() && d->loadAll(articles, facts, error);
}

bool ProjectStorePrivate::readAgainOnceBack() const
{
    // A command told to wait reads again once a server that went away mid-read is back.
    return team && !team->isConnected() && team->waitForServer() > 0
        && team->reconnectWithin(team->waitForServer());
}

bool ProjectStorePrivate::takeLoadedAtOpen(QVector<Article> *articles, QVector<Fact> *facts)
{
    if (!loadedAtOpen)
        return false;
    const std::unique_ptr<Loaded> loaded = std::move(loadedAtOpen);
    // Read while the file was locked for this store: still the project
    // unless this connection wrote since.
    QSqlQuery changes(database());
    if (!changes.exec(QStringLiteral("SELECT total_changes()")) || !changes.next()
        || changes.value(0).toLongLong() != 0)
        return false;
    *articles = std::move(loaded->articles);
    *facts = std::move(loaded->facts);
    return true;
}

bool ProjectStorePrivate::loadAll(QVector<Article> *articles, QVector<Fact> *facts, QString *error) const
{
    QSqlDatabase db = database();
    auto queryFail = [&](const QSqlQuery &query) {
        //: %2 is the database's explanation
        return fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                .arg(shown(), reason(query.lastError())));
    };
    // One read transaction: articles and facts come from the same snapshot.
    db.transaction();
    if (team) {
        QSqlQuery snapshot(db);
        snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    }
    QSqlQuery count(db);
    count.setForwardOnly(true);
    int articleCount = 0;
    int factCount = 0;
    if (count.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM facts)"))
        && count.next()) {
        articleCount = count.value(0).toInt();
        factCount = count.value(1).toInt();
    }
    count.finish();

    // Articles and facts are read in the table's own order and sorted here when
    // that is not the ids' (rarely: a fact put back by an undo): ORDER BY id would
    // walk the id index and look each row up in the table.
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // From SQLite the texts come as their UTF-8 bytes: Qt decodes them several
    // times faster than SQLite converts them to UTF-16 (textFromUtf8).
    const bool utf8Text = dialect == SqlDialect::Sqlite && storesUtf8(db);
    QSqlQuery textQuery(db); // the texts as text, where their bytes will not do
    textQuery.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, title, source, url, published, language, %1, format, %2, "
                           "file_name FROM articles")
                .arg(utf8Text ? QStringLiteral("CAST(body AS BLOB)") : QStringLiteral("body"),
                    utf8Text ? QStringLiteral("CAST(raw_source AS BLOB)") : QStringLiteral("raw_source")))) {
        rollback();
        return queryFail(query);
    }
    articles->clear();
    articles->reserve(articleCount);
    while (query.next()) {
        Article article;
        article.id = query.value(0).toLongLong();
        article.title = query.value(1).toString();
        article.source = query.value(2).toString();
        article.url = query.value(3).toString();
        article.date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        article.language = query.value(5).toString();
        if (!utf8Text) {
            article.text = query.value(6).toString();
            article.rawSource = query.value(8).toString();
        } else if (!textFromUtf8(query.value(6), &article.text)
            || !textFromUtf8(query.value(8), &article.rawSource)) {
            if (textQuery.lastQuery().isEmpty())
                textQuery.prepare(QStringLiteral("SELECT body, raw_source FROM articles WHERE id = ?"));
            textQuery.bindValue(0, article.id);
            if (!textQuery.exec() || !textQuery.next()) {
                rollback();
                return queryFail(textQuery);
            }
            article.text = textQuery.value(0).toString();
            article.rawSource = textQuery.value(1).toString();
            textQuery.finish();
        }
        fromString(query.value(7).toString(), &article.format);
        article.fileName = query.value(9).toString();
        articles->append(std::move(article));
    }
    query.finish();
    if (!std::is_sorted(articles->cbegin(), articles->cend(), byId))
        std::sort(articles->begin(), articles->end(), byId);
    QHash<qint64, int> articleIndex;
    articleIndex.reserve(articles->size());
    for (int i = 0; i < articles->size(); ++i)
        articleIndex.insert(articles->at(i).id, i);

    if (!query.exec(QStringLiteral("SELECT %1 FROM facts").arg(commonFactColumnsSql(dialect)))) {
        rollback();
        return queryFail(query);
    }
    facts->clear();
    facts->reserve(factCount);
    while (query.next()) {
        Fact fact;
        readCommonFactColumns(query, dialect, &fact);
        facts->append(std::move(fact));
    }
    query.finish();
    if (!std::is_sorted(facts->cbegin(), facts->cend(), byId))
        std::sort(facts->begin(), facts->end(), byId);
    // The rare columns of the facts that have one, found by id in the sorted facts.
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM facts WHERE %2")
                        .arg(rareFactColumnsSql(), hasRareFactColumnsSql()))) {
        rollback();
        return queryFail(query);
    }
    QVector<bool> anchored(facts->size(), false);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto found = std::lower_bound(
            facts->begin(), facts->end(), id, [](const Fact &fact, qint64 id) { return fact.id < id; });
        if (found != facts->end() && found->id == id)
            anchored[int(found - facts->begin())] = readRareFactColumns(query, 1, &*found);
    }
    query.finish();
    for (int row = 0; row < facts->size(); ++row) {
        if (anchored.at(row))
            continue;
        Fact &fact = (*facts)[row];
        const int owner = articleIndex.value(fact.articleId, -1);
        if (owner >= 0)
            fact.anchorIn(articles->at(owner).text);
    }
    query.finish();
    db.commit();
    return true;
}

void ProjectStorePrivate::bindFact(QSqlQuery &query, const Fact &fact, const QString *articleText)
{
    // Anchors that the article text gives back (Fact::anchorIn) are stored as
    // NULL and rebuilt on load: a third less to store and to read for the
    // common case; those that differ (a quote that disappeared) are kept.
    const bool derivable = articleText && fact.isAnchoredIn(*articleText);
    // Named placeholders: Qt 6 formats a name for every positional bindValue()
    // (QString::arg), which made binding a fifth of an import's time.
    const QStringList &placeholders = factPlaceholders();
    auto bind = [&](int column, const QVariant &value) { query.bindValue(placeholders.at(column), value); };
    bind(0, fact.articleId);
    bind(1, toString(fact.origin));
    bind(2, fact.figure.start);
    bind(3, fact.figure.end);
    bind(4, toString(fact.figure.kind));
    bind(5, nullableText(fact.figure.value));
    bind(6, nullableText(fact.figure.unit));
    bind(7, toString(fact.figure.modifier));
    bind(8, nullableText(toString(fact.figure.range)));
    bind(9, toString(fact.status));
    bind(10, nullableText(fact.correctedValue));
    bind(11, nullableText(fact.correctedUnit));
    const bool defaultKind = fact.correctedKind == FigureKind::Number && fact.correctedValue.isEmpty();
    bind(12, defaultKind ? QVariant() : QVariant(toString(fact.correctedKind)));
    bind(13, nullableText(toString(fact.rejectReason)));
    bind(14, nullableText(fact.note));
    bind(15, nullableText(fact.editor));
    bind(16, nullableText(isoDateTime(fact.reviewedAt)));
    bind(17, derivable ? QVariant() : text(fact.quote));
    bind(18, derivable ? QVariant() : text(fact.prefix()));
    bind(19, derivable ? QVariant() : text(fact.suffix()));
    bind(20, nullableText(fact.figure.asOf));
    bind(21, fact.id);
}

bool ProjectStorePrivate::insertFact(
    QSqlQuery &query, const Fact &fact, QString *error, const QString *articleText) const
{
    bindFact(query, fact, articleText);
    query.bindValue(QStringLiteral(":version"), std::max<qint64>(fact.version, 1));
    return exec(query, error);
}

bool ProjectStorePrivate::writeFactReview(
    const Fact &fact, QString *error, qint64 seenVersion, bool *missing) const
{
    QSqlQuery query(database());
    // The version check is part of the UPDATE itself: two analysts writing the
    // same fact at once are put in line by the database, and the second one's
    // WHERE no longer matches.
    static const QString sql = [] {
        const QStringList &columns = boundFactColumns();
        QStringList assignments;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i) != QLatin1String("id"))
                assignments << columns.at(i) + QStringLiteral(" = ") + factPlaceholders().at(i);
        }
        return QStringLiteral("UPDATE facts SET %1, version = version + 1 WHERE id = :id")
            .arg(assignments.join(QStringLiteral(", ")));
    }();
    static const QString checkedSql = sql + QStringLiteral(" AND version = :seen_version");
    query.prepare(seenVersion >= 0 ? checkedSql : sql);
    bindFact(query, fact, nullptr);
    if (seenVersion >= 0)
        query.bindValue(QStringLiteral(":seen_version"), seenVersion);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (missing) {
            *missing = true;
            return true;
        }
        return fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "The fact %1 is not in the project file.")
                .arg(fact.id));
    }
    return true;
}

bool ProjectStorePrivate::logAction(const QString &editor, const QString &action, qint64 articleId,
    qint64 factId, const QString &before, const QString &after, QString *error, LineOutcome outcome,
    const QString &at) const
{
    QSqlQuery query(database());
    // A team project's lines take the server's clock: "Anna confirmed this fact 8 s ago" is then
    // measured on one clock, whatever the time on Anna's or Bruno's machine.
    const QString serverNow = at.isEmpty() ? SqlDialectText::nowIsoText(dialect) : QString();
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, editor, action, article_id, fact_id, before_state, "
                       "after_state, db_role, outcome, attempt) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(serverNow.isEmpty() ? QStringLiteral("?") : serverNow));
    int column = 0;
    if (serverNow.isEmpty())
        query.bindValue(column++, at.isEmpty() ? isoDateTime(QDateTime::currentDateTimeUtc()) : at);
    query.bindValue(column++, text(editor));
    query.bindValue(column++, text(action));
    query.bindValue(column++, articleId);
    query.bindValue(column++, factId > 0 ? QVariant(factId) : QVariant());
    query.bindValue(column++, nullableText(before));
    query.bindValue(column++, nullableText(after));
    query.bindValue(column++, nullableText(role));
    switch (outcome) {
    case LineOutcome::Written:
        query.bindValue(column++, QVariant());
        break;
    case LineOutcome::Refused:
        query.bindValue(column++, QStringLiteral("conflict"));
        break;
    case LineOutcome::Unchanged:
        query.bindValue(column++, QStringLiteral("unchanged"));
        break;
    }
    query.bindValue(column, nullableText(attempt));
    return exec(query, error);
}

bool ProjectStorePrivate::projectNow(QString *now, QString *error) const
{
    const QString serverNow = SqlDialectText::nowIsoText(dialect);
    if (serverNow.isEmpty()) {
        *now = isoDateTime(QDateTime::currentDateTimeUtc());
        return true;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1").arg(serverNow)))
        return sqlFail(error, query.lastError());
    if (!query.next())
        return sqlFail(error, query.lastError());
    *now = query.value(0).toString();
    return true;
}

namespace {
const QString &insertFactSql()
{
    static const QString sql = QStringLiteral("INSERT INTO facts (%1, version) VALUES (%2, :version)")
                                   .arg(boundFactColumns().join(QStringLiteral(", ")),
                                       factPlaceholders().join(QStringLiteral(", ")));
    return sql;
}
} // namespace

bool ProjectStorePrivate::insertArticleRow(
    QSqlQuery &query, const Article &article, const QByteArray &sha256, QString *error) const
{
    query.bindValue(0, article.id);
    query.bindValue(1, text(article.title));
    query.bindValue(2, text(article.source));
    query.bindValue(3, text(article.url));
    query.bindValue(4, nullableText(isoDate(article.date)));
    query.bindValue(5, text(article.language));
    query.bindValue(6, text(article.text));
    query.bindValue(7, toString(article.format));
    query.bindValue(8, text(article.rawSource));
    query.bindValue(9, text(article.fileName));
    query.bindValue(10, QString::fromLatin1(sha256));
    query.bindValue(11, isoDateTime(QDateTime::currentDateTimeUtc()));
    return exec(query, error);
}

bool ProjectStore::insertArticle(
    const Article &article, const QVector<Fact> &facts, const QString &editor, QString *error)
{
    return insertArticles({ article }, facts, editor, error);
}

bool ProjectStore::insertArticles(const QVector<Article> &articles, const QVector<Fact> &facts,
    const QString &editor, QString *error, const QVector<QByteArray> &sha256s)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    QSqlQuery query(d->database());
    query.prepare(
        QStringLiteral("INSERT INTO articles (id, title, source, url, published, language, body, format, "
                       "raw_source, file_name, sha256, imported_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<qint64, int> factCounts;
    for (const Fact &fact : facts)
        ++factCounts[fact.articleId];
    QHash<qint64, const QString *> texts;
    // SHA-256 costs more than the rest of an article's row: once per article.
    QVector<QByteArray> hashes = sha256s;
    hashes.resize(articles.size());
    for (int i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        if (hashes.at(i).isEmpty())
            hashes[i] = article.sha256();
        texts.insert(article.id, &article.text);
        if (!d->insertArticleRow(query, article, hashes.at(i), error))
            return d->rollback();
    }
    QSqlQuery factQuery(d->database());
    factQuery.prepare(insertFactSql());
    for (const Fact &fact : facts) {
        if (!d->insertFact(factQuery, fact, error, texts.value(fact.articleId)))
            return d->rollback();
    }
    for (int i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        if (!d->logAction(editor, QStringLiteral("import article"), article.id, 0, QString(),
                articleJson(article, factCounts.value(article.id), hashes.at(i)), error))
            return d->rollback();
    }
    ProjectChange change = d->change(ProjectChange::Kind::Articles, editor, QStringLiteral("import article"));
    for (const Article &article : articles)
        change.articleIds.append(article.id);
    if (!d->notify(change, error))
        return d->rollback();
    return d->commit(error);
}

bool ProjectStore::updateArticle(const Article &article, const QString &editor, QString *error)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    QSqlQuery query(d->database());
    query.prepare(
        QStringLiteral("UPDATE articles SET title = ?, source = ?, url = ?, published = ?, language = ? "
                       "WHERE id = ?"));
    bindArticleDetails(query, article);
    query.bindValue(5, article.id);
    if (!d->updateArticleRow(query, article.id, error))
        return false;
    if (!d->logAction(
            editor, QStringLiteral("edit article"), article.id, 0, QString(), articleJson(article), error)
        || !d->notify(
            d->change(ProjectChange::Kind::Article, editor, QStringLiteral("edit article"), article.id),
            error))
        return d->rollback();
    return d->commit(error);
}

bool ProjectStore::removeArticle(qint64 articleId, const QString &editor, QString *error)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    QSqlQuery query(d->database());
    query.prepare(QStringLiteral("DELETE FROM facts WHERE article_id = ?"));
    query.bindValue(0, articleId);
    if (!d->exec(query, error))
        return d->rollback();
    query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    query.bindValue(0, articleId);
    if (!d->exec(query, error))
        return d->rollback();
    if (!d->logAction(editor, QStringLiteral("remove article"), articleId, 0, QString(), QString(), error)
        || !d->notify(
            d->change(ProjectChange::Kind::Article, editor, QStringLiteral("remove article"), articleId),
            error))
        return d->rollback();
    return d->commit(error);
}

bool ProjectStore::insertFact(const Fact &fact, const QString &editor, QString *error, const QString &action)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    const QString name = action.isEmpty() ? QStringLiteral("add fact") : action;
    QSqlQuery query(d->database());
    query.prepare(insertFactSql());
    if (!d->insertFact(query, fact, error)
        || !d->logAction(editor, name, fact.articleId, fact.id, QString(), reviewJson(fact), error)
        || !d->notify(
            d->change(ProjectChange::Kind::Facts, editor, name, fact.articleId, { fact.id }), error))
        return d->rollback();
    return d->commit(error, name);
}

bool ProjectStore::removeFact(
    const Fact &fact, const QString &editor, QString *error, const QString &action, FactConflict *conflict)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    const QString name = action.isEmpty() ? QStringLiteral("remove fact") : action;
    QSqlQuery query(d->database());
    query.prepare(QStringLiteral("DELETE FROM facts WHERE id = ? AND version = ?"));
    query.bindValue(0, fact.id);
    query.bindValue(1, fact.version);
    if (!d->exec(query, error))
        return d->rollback();
    if (query.numRowsAffected() != 1) {
        d->rollback();
        d->describeConflict(fact.id, fact.version, name, editor, QString(), conflict, error);
        return false;
    }
    if (!d->logAction(editor, name, fact.articleId, fact.id, reviewJson(fact), QString(), error)
        || !d->notify(
            d->change(ProjectChange::Kind::Facts, editor, name, fact.articleId, { fact.id }), error))
        return d->rollback();
    return d->commit(error, name);
}

bool ProjectStore::updateFact(const Fact &before, const Fact &after, const QString &action,
    const QString &editor, QString *error, FactConflict *conflict, QDateTime *reviewedAt)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    // A new review takes its time where its audit line takes it, in the same transaction: on a team
    // project the server's clock, so that reviewed_at and the log agree whatever this machine's clock says.
    QString at;
    Fact written = after;
    if (written.status != ReviewStatus::Pending && !written.reviewedAt.isValid()) {
        if (!d->projectNow(&at, error))
            return d->rollback();
        written.reviewedAt = dateTimeFromIso(at);
    }
    bool changedMeanwhile = false;
    if (!d->writeFactReview(written, error, before.version, &changedMeanwhile))
        return d->rollback();
    if (changedMeanwhile) {
        d->rollback();
        d->describeConflict(before.id, before.version, action, editor, reviewJson(written), conflict, error);
        return false;
    }
    if (reviewedAt)
        *reviewedAt = written.reviewedAt;
    if (!d->logAction(editor, action, after.articleId, after.id, reviewJson(before), reviewJson(written),
            error, ProjectStorePrivate::LineOutcome::Written, at)
        || !d->notify(
            d->change(ProjectChange::Kind::Facts, editor, action, after.articleId, { after.id }), error))
        return d->rollback();
    return d->commit(error, action);
}

bool ProjectStore::recordUnchanged(const Fact &seen, const QString &action, const QString &editor,
    UnchangedReview *already, QString *error, FactConflict *conflict)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    // The row is locked by an UPDATE that changes nothing and matches only the version seen: the line
    // then says "already confirmed by Anna" only while that is true, and a change made meanwhile is a
    // conflict, as for any other review.
    QSqlQuery query(d->database());
    query.prepare(QStringLiteral("UPDATE facts SET version = version WHERE id = ? AND version = ?"));
    query.bindValue(0, seen.id);
    query.bindValue(1, seen.version);
    if (!d->exec(query, error))
        return d->rollback();
    if (query.numRowsAffected() != 1) {
        d->rollback();
        d->describeConflict(seen.id, seen.version, action, editor, reviewJson(seen), conflict, error);
        return false;
    }
    UnchangedReview found;
    found.action = action;
    found.current = seen;
    query.prepare(QStringLiteral("SELECT %1 FROM facts WHERE id = ?")
                      .arg(SqlDialectText::millisecondsSince(d->dialect, QStringLiteral("reviewed_at"))));
    query.bindValue(0, seen.id);
    if (!d->exec(query, error) || !query.next())
        return d->rollback();
    if (!query.value(0).isNull()) {
        found.ageMilliseconds = std::max<qint64>(query.value(0).toLongLong(), 0);
        found.detectedAt = QDateTime::currentDateTimeUtc();
    }
    query.finish();
    if (!d->logAction(editor, action, seen.articleId, seen.id, reviewJson(seen), reviewJson(seen), error,
            ProjectStorePrivate::LineOutcome::Unchanged))
        return d->rollback();
    if (!d->commit(error, action))
        return false;
    if (already)
        *already = found;
    return true;
}

bool ProjectStore::wasCreated() const
{
    return d->createdHere;
}

bool ProjectStore::removeEmptyCreatedProject(QString *error)
{
    if (!d->team || !d->createdHere)
        return d->fail(error,
            QCoreApplication::translate(
                "FactDesk::ProjectStore", "%1 was not created by this command: it is kept.")
                .arg(d->shown()));
    if (!d->begin(error))
        return false;
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    // Nobody writes while it is looked at and taken away: what another command stored meanwhile keeps
    // the project.
    if (!query.exec(QStringLiteral("LOCK TABLE articles, audit_log, story_measures IN ACCESS EXCLUSIVE MODE"))
        || !query.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM audit_log) "
                           "+ (SELECT COUNT(*) FROM story_measures)"))
        || !query.next()) {
        d->sqlFail(error, query.lastError());
        return d->rollback();
    }
    if (query.value(0).toLongLong() > 0) {
        d->rollback();
        return d->fail(error,
            QCoreApplication::translate(
                "FactDesk::ProjectStore", "%1 is kept: another command stored something in it meanwhile.")
                .arg(d->shown()));
    }
    query.finish();
    for (const QString &table : ProjectSchema::tableNames()) {
        if (!query.exec(QStringLiteral("DROP TABLE %1").arg(table))) {
            d->sqlFail(error, query.lastError());
            return d->rollback();
        }
    }
    if (!d->commit(error))
        return false;
    d->createdHere = false;
    return true;
}

bool ProjectStore::replaceArticleText(const Article &article, const QVector<Fact> &updated,
    const QVector<Fact> &added, const QString &action, const QString &editor, QString *error)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    QSqlQuery query(d->database());
    query.prepare(
        QStringLiteral("UPDATE articles SET title = ?, source = ?, url = ?, published = ?, language = ?, "
                       "body = ?, format = ?, raw_source = ?, file_name = ?, sha256 = ? WHERE id = ?"));
    bindArticleDetails(query, article);
    query.bindValue(5, text(article.text));
    query.bindValue(6, toString(article.format));
    query.bindValue(7, text(article.rawSource));
    query.bindValue(8, text(article.fileName));
    query.bindValue(9, QString::fromLatin1(article.sha256()));
    query.bindValue(10, article.id);
    if (!d->updateArticleRow(query, article.id, error))
        return false;
    for (const Fact &fact : updated) {
        if (!d->writeFactReview(fact, error))
            return d->rollback();
    }
    QSqlQuery factQuery(d->database());
    factQuery.prepare(insertFactSql());
    for (const Fact &fact : added) {
        if (!d->insertFact(factQuery, fact, error, &article.text))
            return d->rollback();
    }
    if (!d->logAction(editor, action, article.id, 0, QString(),
            articleJson(article, updated.size() + added.size()), error)
        || !d->notify(d->change(ProjectChange::Kind::Article, editor, action, article.id), error))
        return d->rollback();
    return d->commit(error, action);
}

QVector<AuditEntry> ProjectStore::auditLog(qint64 factId, QString *error) const
{
    QVector<AuditEntry> entries;
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    if (factId > 0) {
        query.prepare(
            QStringLiteral("SELECT id, at, editor, action, article_id, fact_id, before_state, after_state, "
                           "db_role, outcome FROM audit_log WHERE fact_id = ? ORDER BY id"));
        query.bindValue(0, factId);
    } else {
        query.prepare(
            QStringLiteral("SELECT id, at, editor, action, article_id, fact_id, before_state, after_state, "
                           "db_role, outcome FROM audit_log ORDER BY id"));
    }
    if (!query.exec()) {
        d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                .arg(d->shown(), d->reason(query.lastError())));
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = dateTimeFromIso(query.value(1).toString());
        entry.editor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.articleId = query.value(4).toLongLong();
        entry.factId = query.value(5).toLongLong();
        entry.before = query.value(6).toString();
        entry.after = query.value(7).toString();
        entry.role = query.value(8).toString();
        const QString outcome = query.value(9).toString();
        entry.unchanged = outcome == QLatin1String("unchanged");
        entry.refused = !outcome.isEmpty() && !entry.unchanged;
        entries.append(entry);
    }
    return entries;
}

bool ProjectStore::saveAs(const QString &path, QString *error) const
{
    if (d->team)
        return copyToFile(path, error);
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const QString shown = nativePath(absolute);
    if (absolute == d->path
        || (target.exists() && target.canonicalFilePath() == QFileInfo(d->path).canonicalFilePath()))
        return d->fail(error,
            QCoreApplication::translate(
                "FactDesk::ProjectStore", "Cannot save the project over itself: choose another file name."));
    if (target.exists() && !target.isFile())
        return d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot save to %1: it is not a file.")
                .arg(shown));

    // Holding the target's lock keeps another FactDesk from opening it mid-copy,
    // and refuses to replace a project that is open somewhere.
    bool cannotCreateLock = false;
    QString lockError;
    auto lock = lockProject(absolute, &lockError, &cannotCreateLock);
    if (!lock) {
        if (cannotCreateLock)
            return d->fail(error,
                QCoreApplication::translate(
                    "FactDesk::ProjectStore", "Cannot save to %1: the folder is not writable.")
                    .arg(shown));
        return d->fail(error, lockError);
    }

    // VACUUM INTO wants a file that does not exist or is empty; a temporary file
    // in the target's folder reserves a unique name and makes the rename atomic.
    QTemporaryFile temporary(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot save to %1: %2")
                .arg(shown, temporary.errorString()));
    temporary.close();
    const QString temporaryPath = temporary.fileName();

    QSqlQuery query(d->database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporaryPath);
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        return d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot save to %1: %2")
                .arg(shown, sqlReason(sqlError, absolute)));
    }
    query.finish();
    // The copy must be complete on disk before it takes the target's name.
    {
        QFile copy(temporaryPath);
        if (!copy.open(QIODevice::ReadWrite))
            return d->fail(error,
                QCoreApplication::translate("FactDesk::ProjectStore", "Cannot save to %1: %2")
                    .arg(shown, copy.errorString()));
#ifdef Q_OS_UNIX
        if (::fsync(copy.handle()) != 0)
            return d->fail(error,
                QCoreApplication::translate("FactDesk::ProjectStore", "Cannot save to %1: %2")
                    .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
#endif
    }
    QFile::remove(absolute + QStringLiteral("-wal"));
    QFile::remove(absolute + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(absolute).constData())
        != 0)
        return d->fail(error,
            QCoreApplication::translate(
                "FactDesk::ProjectStore", "Cannot save to %1: the file could not be replaced.")
                .arg(shown));
    temporary.setAutoRemove(false);
    return true;
}

bool ProjectStorePrivate::checkBeforeFirstWrite(QString *error) const
{
    if (!damage.isEmpty())
        return fail(error, damage);
    if (checkedForWrites)
        return true;
    // Below this size the full check costs well under a second: it runs in
    // every session, so damage done to the file since the last one is found
    // too. Larger files are checked once, and recorded as checked.
    constexpr qint64 alwaysCheckBelow = 64LL * 1024 * 1024;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool recorded = false;
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'integrity_checked_at'")))
        recorded = query.next();
    query.finish();
    if (recorded && QFileInfo(path).size() >= alwaysCheckBelow) {
        checkedForWrites = true;
        return true;
    }
    // integrity_check, unlike the quick check at open time, also compares every
    // index with its table: the damage that turns a write into "UNIQUE
    // constraint failed" or a wrong lookup.
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        if (!isDamageCode(query.lastError()))
            return sqlFail(error, query.lastError());
        problems << query.lastError().databaseText();
    }
    while (query.next())
        problems << query.value(0).toString();
    query.finish();
    if (problems != QStringList { QStringLiteral("ok") }) {
        //: %1 is the project file; %n the number of problems found
        damage = QCoreApplication::translate("FactDesk::ProjectStore",
            "%1 is damaged (the full check found %n problem(s)): nothing was written. "
            "\"factdesk-cli repair %1\" rebuilds its indexes on a copy.",
            nullptr, int(problems.size()))
                     .arg(nativePath(path));
        return fail(error, damage);
    }
    if (!recorded) {
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('integrity_checked_at', ?)"));
        record.addBindValue(isoDateTime(QDateTime::currentDateTimeUtc()));
        if (!record.exec())
            return sqlFail(error, record.lastError());
    }
    checkedForWrites = true;
    return true;
}

void ProjectStore::removeFiles(const QString &path)
{
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QString() })
        QFile::remove(path + suffix);
}

namespace {

/// Copies a file with QFile, saying on failure why (a full disk included).
bool copyFile(const QString &from, const QString &to, QString *reason)
{
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly)) {
        *reason = source.errorString();
        return false;
    }
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *reason = target.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1024 * 1024);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *reason = source.errorString();
            return false;
        }
        if (target.write(chunk) != chunk.size() || !target.flush()) {
            const QString full = DiskSpace::fullReason(to, chunk.size());
            *reason = full.isEmpty() ? target.errorString() : full;
            return false;
        }
    }
#ifdef Q_OS_UNIX
    if (::fsync(target.handle()) != 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    return true;
}

/// Every line of integrity_check on db, or the reason it could not run.
QStringList integrityProblems(QSqlDatabase &db, QString *failure)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(1000)"))) {
        *failure = sqlReason(query.lastError(), db.databaseName());
        return { *failure };
    }
    while (query.next())
        problems << query.value(0).toString();
    if (problems == QStringList { QStringLiteral("ok") })
        problems.clear();
    return problems;
}

} // namespace

bool ProjectStore::repair(const QString &path, QString *report, QString *error, int waitMilliseconds)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString shown = nativePath(absolute);
    auto fail = [&](const QString &reason) {
        //: %2 says why
        *error = QCoreApplication::translate("FactDesk::ProjectStore", "Cannot repair %1: %2")
                     .arg(shown, reason);
        return false;
    };
    if (!info.isFile())
        return fail(QCoreApplication::translate("FactDesk::ProjectStore", "there is no such file"));
    int userVersion = 0;
    if (!checkHeader(absolute, &userVersion, error))
        return false;
    bool cannotCreateLock = false;
    QString lockError;
    const auto lock = lockProject(absolute, &lockError, &cannotCreateLock, waitMilliseconds, false);
    if (!lock)
        return fail(cannotCreateLock
                ? QCoreApplication::translate("FactDesk::ProjectStore", "the folder is not writable")
                : lockError);

    // The copy: the file and its write-ahead log, which SQLite replays into it.
    const QString copy = absolute + QStringLiteral(".repairing");
    removeFiles(copy);
    QString reason;
    if (!copyFile(absolute, copy, &reason)
        || (QFileInfo(absolute + QStringLiteral("-wal")).size() > 0
            && !copyFile(absolute + QStringLiteral("-wal"), copy + QStringLiteral("-wal"), &reason))) {
        removeFiles(copy);
        return fail(reason);
    }
    const QString connection = newConnectionName();
    int found = 0;
    QStringList left;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (!db.open()) {
            reason = sqlReason(db.lastError(), copy);
        } else {
            QString failure;
            found = int(integrityProblems(db, &failure).size());
            QSqlQuery query(db);
            if (found > 0 && !query.exec(QStringLiteral("REINDEX")))
                reason = QCoreApplication::translate(
                    "FactDesk::ProjectStore", "its indexes cannot be rebuilt from its tables (%1)")
                             .arg(sqlReason(query.lastError(), copy));
            if (reason.isEmpty()) {
                left = integrityProblems(db, &failure);
                if (left.isEmpty() && found > 0
                    && !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                    reason = sqlReason(query.lastError(), copy);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (reason.isEmpty() && !left.isEmpty())
        //: %n is a number of problems
        reason = QCoreApplication::translate("FactDesk::ProjectStore",
            "%n problem(s) remain after rebuilding its indexes: its tables themselves are damaged", nullptr,
            int(left.size()));
    if (!reason.isEmpty()) {
        removeFiles(copy);
        return fail(reason);
    }
    if (found == 0) {
        removeFiles(copy);
        *report = QCoreApplication::translate("FactDesk::ProjectStore", "%1 is sound: nothing to repair.")
                      .arg(shown);
        return true;
    }
    // The repaired copy takes the original's place; the original, with its
    // log, is kept beside it.
    const QString kept = absolute + QStringLiteral(".before-repair");
    removeFiles(kept);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    QFile::remove(absolute + QStringLiteral("-shm"));
    if (QFileInfo::exists(absolute + QStringLiteral("-wal")))
        QFile::rename(absolute + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
    if (!QFile::rename(absolute, kept) || !QFile::rename(copy, absolute)) {
        if (!QFileInfo::exists(absolute))
            QFile::rename(kept, absolute);
        return fail(
            QCoreApplication::translate("FactDesk::ProjectStore", "the repaired copy could not replace it"));
    }
    //: %n problems, %1 the project, %2 where the damaged file was kept
    *report = QCoreApplication::translate("FactDesk::ProjectStore",
        "%1: %n problem(s) found; its indexes were rebuilt on a copy, which passed the full check and "
        "replaced it. The damaged file is kept as %2.",
        nullptr, found)
                  .arg(shown, nativePath(kept));
    return true;
}

QString defaultEditorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QDir::home().dirName(); // services and containers often set none of them
    return name;
}

bool ProjectStore::loadStoryDecisions(StoryDecisions *decisions, QString *error) const
{
    if (d->loadStoryDecisions(decisions, error))
        return true;
    return d->readAgainOnceBack() && d->loadStoryDecisions(decisions, error);
}

bool ProjectStorePrivate::loadStoryDecisions(StoryDecisions *decisions, QString *error) const
{
    const ProjectStorePrivate *d = this;
    *decisions = StoryDecisions();
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    // In the analyst's words, as every other message: never the database's own.
    const auto readFail = [&]() {
        return d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                .arg(d->shown(), d->reason(query.lastError())));
    };
    if (!query.exec(QStringLiteral("SELECT id, name, accepted FROM story_measures")))
        return readFail();
    while (query.next())
        decisions->measures.insert(query.value(0).toLongLong(),
            { query.value(1).toString(), query.value(2).toInt() != 0 });
    if (!query.exec(QStringLiteral("SELECT fact_id, measure_id FROM story_assignments")))
        return readFail();
    while (query.next())
        decisions->assignments.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    if (!query.exec(QStringLiteral("SELECT first_fact, second_fact, verdict, note FROM story_verdicts")))
        return readFail();
    while (query.next()) {
        StoryDecisions::Verdict verdict;
        fromString(query.value(2).toString(), &verdict.verdict);
        verdict.note = query.value(3).toString();
        decisions->verdicts.insert(
            StoryDecisions::pair(query.value(0).toLongLong(), query.value(1).toLongLong()), verdict);
    }
    return true;
}

bool ProjectStore::replaceStoryDecisions(const StoryDecisions &before, const StoryDecisions &after,
    const QString &action, const QString &editor, QString *error)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    // The decisions are a few rows per measure the analyst touched: rewritten whole.
    QSqlQuery query(d->database());
    for (const char *table : { "story_measures", "story_assignments", "story_verdicts" }) {
        query.prepare(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
        if (!d->exec(query, error))
            return d->rollback();
    }
    query.prepare(QStringLiteral("INSERT INTO story_measures (id, name, accepted) VALUES (?, ?, ?)"));
    for (auto it = after.measures.cbegin(); it != after.measures.cend(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, text(it->name));
        query.bindValue(2, it->accepted ? 1 : 0);
        if (!d->exec(query, error))
            return d->rollback();
    }
    query.prepare(QStringLiteral("INSERT INTO story_assignments (fact_id, measure_id) VALUES (?, ?)"));
    for (auto it = after.assignments.cbegin(); it != after.assignments.cend(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, it.value());
        if (!d->exec(query, error))
            return d->rollback();
    }
    query.prepare(
        QStringLiteral("INSERT INTO story_verdicts (first_fact, second_fact, verdict, note) VALUES (?, ?, ?, ?)"));
    for (auto it = after.verdicts.cbegin(); it != after.verdicts.cend(); ++it) {
        query.bindValue(0, it.key().first);
        query.bindValue(1, it.key().second);
        query.bindValue(2, text(toString(it->verdict)));
        query.bindValue(3, text(it->note));
        if (!d->exec(query, error))
            return d->rollback();
    }
    if (!d->logAction(editor, action, 0, 0, before.differenceJson(after), after.differenceJson(before), error)
        || !d->notify(d->change(ProjectChange::Kind::Story, editor, action), error))
        return d->rollback();
    return d->commit(error, action);
}

// ---------------------------------------------------------------------------
// Reading single rows, conflicts, presence, copies: the same SQL for both back ends.

namespace {

/// The tables a copy carries, parents first; presence and meta stay with their database.
const QStringList &copiedTables()
{
    static const QStringList tables { QStringLiteral("articles"), QStringLiteral("facts"),
        QStringLiteral("audit_log"), QStringLiteral("story_measures"), QStringLiteral("story_assignments"),
        QStringLiteral("story_verdicts") };
    return tables;
}

/// How old a presence row may be before it is taken for a window that is gone.
constexpr int presenceStaleAfter = 30000;

} // namespace

bool ProjectStorePrivate::storesUtf8(QSqlDatabase &db)
{
    QString ignored;
    return pragmaValue(db, QStringLiteral("encoding"), &ignored).toString() == QLatin1String("UTF-8");
}

Fact ProjectStorePrivate::factFromRow(
    const QSqlQuery &query, SqlDialect dialect, const QHash<qint64, const QString *> &articleTexts)
{
    Fact fact;
    if (!readFactRow(query, dialect, &fact)) {
        if (const QString *text = articleTexts.value(fact.articleId))
            fact.anchorIn(*text);
    }
    return fact;
}

bool ProjectStore::loadFacts(const QVector<qint64> &ids, QVector<Fact> *facts, QString *error) const
{
    facts->clear();
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    QSqlQuery body(d->database());
    body.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM facts WHERE id = ?").arg(factColumnsSql(d->dialect)));
    body.prepare(QStringLiteral("SELECT body FROM articles WHERE id = ?"));
    QHash<qint64, QString> texts;
    for (qint64 id : ids) {
        query.bindValue(0, id);
        if (!query.exec())
            return d->fail(error,
                QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                    .arg(d->shown(), d->reason(query.lastError())));
        if (!query.next())
            continue;
        const qint64 articleId = query.value(1).toLongLong();
        if (query.value(factQuoteColumn(d->dialect)).isNull() && !texts.contains(articleId)) {
            body.bindValue(0, articleId);
            if (body.exec() && body.next())
                texts.insert(articleId, body.value(0).toString());
            body.finish();
        }
        QHash<qint64, const QString *> articleTexts;
        if (texts.contains(articleId))
            articleTexts.insert(articleId, &texts[articleId]);
        Fact fact = ProjectStorePrivate::factFromRow(query, d->dialect, articleTexts);
        // Its own prefix and suffix rather than a share of a text read for this call only.
        fact.setContext(fact.prefix(), fact.suffix());
        facts->append(fact);
        query.finish();
    }
    return true;
}

bool ProjectStore::loadArticle(qint64 articleId, Article *article, QVector<Fact> *facts, QString *error) const
{
    if (error)
        error->clear();
    facts->clear();
    const auto readFail = [&](const QSqlQuery &query) {
        return d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                .arg(d->shown(), d->reason(query.lastError())));
    };
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, title, source, url, published, language, body, format, raw_source, "
                       "file_name FROM articles WHERE id = ?"));
    query.bindValue(0, articleId);
    if (!query.exec())
        return readFail(query);
    if (!query.next())
        return false;
    *article = Article();
    article->id = query.value(0).toLongLong();
    article->title = query.value(1).toString();
    article->source = query.value(2).toString();
    article->url = query.value(3).toString();
    article->date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    article->language = query.value(5).toString();
    article->text = query.value(6).toString();
    fromString(query.value(7).toString(), &article->format);
    article->rawSource = query.value(8).toString();
    article->fileName = query.value(9).toString();
    query.finish();
    query.prepare(QStringLiteral("SELECT %1 FROM facts WHERE article_id = ? ORDER BY id")
                      .arg(factColumnsSql(d->dialect)));
    query.bindValue(0, articleId);
    if (!query.exec())
        return readFail(query);
    const QHash<qint64, const QString *> texts { { articleId, &article->text } };
    while (query.next())
        facts->append(ProjectStorePrivate::factFromRow(query, d->dialect, texts));
    return true;
}

void ProjectStorePrivate::describeConflict(qint64 factId, qint64 seenVersion, const QString &action,
    const QString &editor, const QString &attempted, FactConflict *conflict, QString *error) const
{
    FactConflict local;
    FactConflict &found = conflict ? *conflict : local;
    found = FactConflict();
    found.factId = factId;
    found.seenVersion = seenVersion;
    {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM facts WHERE id = ?").arg(factColumnsSql(dialect)));
        query.bindValue(0, factId);
        if (query.exec() && query.next()) {
            QString text;
            QHash<qint64, const QString *> texts;
            const qint64 articleId = query.value(1).toLongLong();
            if (query.value(factQuoteColumn(dialect)).isNull()) {
                QSqlQuery body(database());
                body.prepare(QStringLiteral("SELECT body FROM articles WHERE id = ?"));
                body.bindValue(0, articleId);
                if (body.exec() && body.next())
                    text = body.value(0).toString();
                texts.insert(articleId, &text);
            }
            found.current = factFromRow(query, dialect, texts);
            // Its own prefix and suffix rather than a share of a text read for this call only.
            found.current.setContext(found.current.prefix(), found.current.suffix());
        } else {
            found.removed = true;
        }
    }
    {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        // Its age on the database's clock, in the same query: the client's clock may be off.
        query.prepare(QStringLiteral("SELECT id, at, editor, action, article_id, db_role, %1 FROM audit_log "
                                     "WHERE fact_id = ? AND outcome IS NULL ORDER BY id DESC LIMIT 1")
                          .arg(SqlDialectText::millisecondsSince(dialect, QStringLiteral("at"))));
        query.bindValue(0, factId);
        if (query.exec() && query.next()) {
            found.lastChange.id = query.value(0).toLongLong();
            found.lastChange.at = dateTimeFromIso(query.value(1).toString());
            found.lastChange.editor = query.value(2).toString();
            found.lastChange.action = query.value(3).toString();
            found.lastChange.articleId = query.value(4).toLongLong();
            found.lastChange.factId = factId;
            found.lastChange.role = query.value(5).toString();
            if (!query.value(6).isNull()) {
                found.ageMilliseconds = std::max<qint64>(query.value(6).toLongLong(), 0);
                found.detectedAt = QDateTime::currentDateTimeUtc();
            }
        }
    }
    // The refused attempt has its line too: the log holds every attempt. A line cut off by a lost
    // connection is written again once the server is back (as long as the store waits for it),
    // unless the audit log shows it was stored after all, or cannot tell.
    for (int tries = 0; tries < 2; ++tries) {
        QString logError;
        if (!begin(&logError))
            break;
        const bool logged = logAction(editor, action, found.removed ? 0 : found.current.articleId, factId,
            QString(), attempted, &logError, LineOutcome::Refused);
        QSqlDatabase db = database();
        if (logged && db.commit())
            break;
        const QSqlError sqlError = logged ? db.lastError() : QSqlError();
        rollback();
        if (!team)
            break;
        if (logged) {
            if (!TeamConnection::isConnectionError(sqlError))
                break;
            team->reason(sqlError); // notices the loss
            if (!team->reconnectWithin(team->waitForServer()) || team->wasStored(attempt) != 0)
                break;
        } else if (team->isConnected()) {
            break; // refused for another reason than the line
        }
    }
    if (error)
        *error = found.message();
}

int ProjectStorePrivate::wasStored(const QString &attemptId) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE attempt = ?"));
    query.bindValue(0, attemptId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong() > 0 ? 1 : 0;
}

bool ProjectStorePrivate::refreshPresence(QString *error) const
{
    if (!team || readOnly)
        return true;
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFail(error, db.lastError());
    const QString now = SqlDialectText::nowMilliseconds(dialect);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM presence WHERE session = ? OR seen_ms < %1 - ?").arg(now));
    query.bindValue(0, team->sessionId());
    query.bindValue(1, presenceStaleAfter * 2);
    if (!exec(query, error))
        return rollback();
    if (!presenceEditor.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO presence (session, article_id, editor, db_role, seen_ms) "
                                     "VALUES (?, ?, ?, ?, %1)")
                          .arg(now));
        const QVector<qint64> articles
            = presenceArticles.isEmpty() ? QVector<qint64> { 0 } : presenceArticles;
        for (qint64 articleId : articles) {
            query.bindValue(0, team->sessionId());
            query.bindValue(1, articleId);
            query.bindValue(2, text(presenceEditor));
            query.bindValue(3, nullableText(role));
            if (!exec(query, error))
                return rollback();
        }
    }
    if (!db.commit())
        return sqlFail(error, db.lastError());
    return true;
}

bool ProjectStore::setPresence(const QString &editor, const QVector<qint64> &articleIds, QString *error)
{
    if (!d->team || d->readOnly)
        return true;
    const bool changed = editor != d->presenceEditor || articleIds != d->presenceArticles;
    d->presenceEditor = editor;
    d->presenceArticles = articleIds;
    if (!d->refreshPresence(error))
        return false;
    if (changed) {
        ProjectChange change;
        change.kind = ProjectChange::Kind::Presence;
        change.editor = editor;
        QSqlQuery query(d->database());
        query.prepare(QStringLiteral("SELECT pg_notify('factdesk', ?)"));
        query.addBindValue(QString::fromUtf8(change.toPayload()));
        if (!d->exec(query, error))
            return false;
    }
    return true;
}

QVector<PresenceEntry> ProjectStore::presence(QString *error) const
{
    QVector<PresenceEntry> entries;
    if (!d->team)
        return entries;
    QSqlQuery query(d->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT editor, db_role, article_id, session FROM presence "
                                 "WHERE seen_ms >= %1 - ? AND session <> ? ORDER BY editor, article_id")
                      .arg(SqlDialectText::nowMilliseconds(d->dialect)));
    query.bindValue(0, presenceStaleAfter);
    query.bindValue(1, d->team->sessionId());
    if (!query.exec()) {
        d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot read %1: %2")
                .arg(d->shown(), d->reason(query.lastError())));
        return entries;
    }
    while (query.next())
        entries.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toString() });
    return entries;
}

namespace {

/**
 * Copies every row of copiedTables() from source into target, inside the
 * transactions the caller holds on both (the source's, a snapshot); then tells
 * the target's other clients. False with *error ("Cannot copy … to …: why").
 */
bool copyTableRows(const ProjectStorePrivate &source, const ProjectStorePrivate &target, QString *error)
{
    QSqlDatabase from = source.database();
    QSqlDatabase to = target.database();
    const auto failWith = [&](const ProjectStorePrivate &where, const QSqlError &sqlError) {
        //: %1 is the project copied from, %2 the one copied to, %3 why
        return target.fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot copy %1 to %2: %3")
                .arg(source.shown(), target.shown(), where.reason(sqlError)));
    };
    for (const QString &table : copiedTables()) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return failWith(source, read.lastError());
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(to);
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return failWith(target, write.lastError());
        }
        if (read.lastError().isValid())
            return failWith(source, read.lastError());
        const QString sequence = SqlDialectText::afterExplicitIds(target.dialect, table);
        if (table == QLatin1String("audit_log") && !sequence.isEmpty()) {
            QSqlQuery follow(to);
            if (!follow.exec(sequence))
                return failWith(target, follow.lastError());
        }
    }
    ProjectChange change;
    change.kind = ProjectChange::Kind::Everything;
    change.action = QStringLiteral("copy project");
    return target.notify(change, error);
}

/// Opens a read transaction on source: one snapshot for every table a copy reads.
bool beginSnapshot(const ProjectStorePrivate &source)
{
    QSqlDatabase from = source.database();
    if (!from.transaction())
        return false;
    if (source.team) {
        QSqlQuery snapshot(from);
        snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    }
    return true;
}

} // namespace

bool ProjectStore::copyRows(const ProjectStore &source, ProjectStore &target, QString *error)
{
    if (target.d->refuseWrite(error))
        return false;
    QSqlDatabase from = source.d->database();
    QSqlDatabase to = target.d->database();
    const auto failWith = [&](const ProjectStorePrivate &where, const QSqlError &sqlError) {
        return target.d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot copy %1 to %2: %3")
                .arg(source.d->shown(), target.d->shown(), where.reason(sqlError)));
    };
    // The target must be a new project: nothing is merged into rows already there.
    {
        QSqlQuery count(to);
        for (const QString &table : copiedTables()) {
            if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !count.next())
                return failWith(*target.d, count.lastError());
            if (count.value(0).toLongLong() > 0)
                return target.d->fail(error,
                    //: %1 is a project, %2 a table name
                    QCoreApplication::translate("FactDesk::ProjectStore",
                        "%1 is not empty (its table %2 holds rows): a project is only copied into an empty "
                        "one.")
                        .arg(target.d->shown(), table));
            count.finish();
        }
    }
    if (!beginSnapshot(*source.d))
        return failWith(*source.d, from.lastError());
    target.d->attempt.clear();
    if (!to.transaction()) {
        from.rollback();
        return failWith(*target.d, to.lastError());
    }
    if (!copyTableRows(*source.d, *target.d, error)) {
        to.rollback();
        from.rollback();
        return false;
    }
    from.commit();
    if (!to.commit()) {
        const QSqlError sqlError = to.lastError();
        to.rollback();
        return failWith(*target.d, sqlError);
    }
    return true;
}

// ---------------------------------------------------------------------------
// Team projects: PostgreSQL.

namespace {

/// Runs the migrations from `from` to the current schema on PostgreSQL, in the open transaction.
bool migrateTeam(ProjectStorePrivate &d, int from, QString *error)
{
    QSqlDatabase db = d.database();
    QSqlQuery query(db);
    for (int version = from + 1; version <= ProjectStore::schemaVersion(); ++version) {
        for (const QString &statement : ProjectSchema::migrationTo(version, SqlDialect::PostgreSql)) {
            if (!query.exec(statement)) {
                *error = d.reason(query.lastError());
                return false;
            }
        }
    }
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(ProjectStore::schemaVersion()));
    if (!query.exec()) {
        *error = d.reason(query.lastError());
        return false;
    }
    return true;
}

/// Fills a team project being created, inside its creating transaction; false with the whole message.
using TeamFill = std::function<bool(const ProjectStorePrivate &d, QString *error)>;

/**
 * Opens (or, creating, sets up in an empty database) the team project at
 * location. nullptr with *error when it cannot be used. Creating, the tables
 * and what fill writes into them are one transaction: all or nothing.
 * createWhenEmpty: a database that holds no table at all is set up as when
 * creating, one that holds a project is opened.
 */
std::unique_ptr<ProjectStorePrivate> openTeam(const ProjectLocation &location, QString *error,
    const ProjectStore::OpenOptions &options, bool creating, const TeamFill &fill = TeamFill(),
    bool createWhenEmpty = false, bool *lineLost = nullptr)
{
    auto team = TeamConnection::open(location, options.askPassword, error, options.waitMilliseconds);
    if (!team)
        return nullptr;
    auto d = std::make_unique<ProjectStorePrivate>();
    d->dialect = SqlDialect::PostgreSql;
    d->location = location;
    d->path = location.toDisplayString();
    d->role = team->role();
    d->team = std::move(team);
    const QString shown = d->shown();
    QSqlDatabase db = d->database();
    const auto refuse = [&](const QString &message) -> std::unique_ptr<ProjectStorePrivate> {
        *error = message;
        return nullptr;
    };
    const auto cannotOpen = [&](const QSqlError &sqlError) {
        if (lineLost)
            *lineLost = TeamConnection::isConnectionError(sqlError) || !d->database().isOpen();
        //: %1 is the team project's address, %2 why
        return refuse(QCoreApplication::translate("FactDesk::ProjectStore", "Cannot open %1: %2")
                          .arg(shown, d->reason(sqlError)));
    };

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT to_regclass('meta') IS NOT NULL, (SELECT COUNT(*) FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema())"))
        || !query.next())
        return cannotOpen(query.lastError());
    const bool hasMeta = query.value(0).toBool();
    const qint64 tableCount = query.value(1).toLongLong();
    query.finish();
    if (createWhenEmpty && tableCount == 0)
        creating = true;

    if (creating) {
        if (tableCount > 0)
            //: %1 is a team project's address, %n a number of tables
            return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                "%1 is not empty (it holds %n table(s)): a project is only published into an empty database.",
                nullptr, int(tableCount))
                              .arg(shown));
        if (!db.transaction())
            return cannotOpen(db.lastError());
        QString reason;
        if (!migrateTeam(*d, 0, &reason)) {
            db.rollback();
            // Two commands creating the project at once: the second one's tables clash with the
            // first one's, which it then opens.
            if (createWhenEmpty && !fill
                && query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) && query.next()
                && query.value(0).toBool()) {
                query.finish();
                return openTeam(location, error, options, false);
            }
            return refuse(QCoreApplication::translate("FactDesk::ProjectStore", "Cannot create %1: %2")
                              .arg(shown, reason));
        }
        if (fill && !fill(*d, &reason)) {
            db.rollback();
            //: %1 why ("Cannot copy a.factdesk to postgresql://…: the connection to the server was lost")
            return refuse(QCoreApplication::translate(
                "FactDesk::ProjectStore", "%1. Nothing was written: the database is as it was.")
                              .arg(reason));
        }
        if (!db.commit()) {
            const QSqlError sqlError = db.lastError();
            if (!TeamConnection::isConnectionError(sqlError)) {
                db.rollback();
                return refuse(QCoreApplication::translate("FactDesk::ProjectStore", "Cannot create %1: %2")
                                  .arg(shown, d->reason(sqlError)));
            }
            // The answer to COMMIT was lost: once back, the tables are there or not, never half of them.
            d->reason(sqlError);
            if (!d->team->reconnectWithin(options.waitMilliseconds))
                return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                    "The connection to %1 was lost while creating the project: whether it was created "
                    "will be seen when the server is back (the database is then either empty or holds the "
                    "whole project).")
                                  .arg(shown));
            if (!d->team->settleLostSession())
                return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                    "The connection to %1 was lost while creating the project: whether it was created "
                    "will be seen when the server is back (the database is then either empty or holds the "
                    "whole project).")
                                  .arg(shown));
            if (!query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !query.next())
                return cannotOpen(query.lastError());
            const bool created = query.value(0).toBool();
            query.finish();
            if (!created)
                return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                    "Not created: the connection to %1 was lost while creating the project; nothing was "
                    "written, the database is as it was.")
                                  .arg(shown));
        }
        d->createdHere = true;
    } else {
        if (!hasMeta)
            return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                "%1 holds no FactDesk project (\"factdesk-cli publish FILE.factdesk %1\" puts "
                "one there).")
                              .arg(shown));
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
            return cannotOpen(query.lastError());
        if (!query.next())
            return refuse(QCoreApplication::translate(
                "FactDesk::ProjectStore", "%1 is not a FactDesk project (it has no project format).")
                              .arg(shown));
        int version = query.value(0).toString().toInt();
        query.finish();
        if (version > ProjectStore::schemaVersion())
            //: %2 and %3 are schema version numbers
            return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                "%1 was written by a newer version of FactDesk (project format %2; this version "
                "reads up to %3). Open it with a newer FactDesk.")
                              .arg(shown)
                              .arg(version)
                              .arg(ProjectStore::schemaVersion()));
        if (version < 1)
            return refuse(QCoreApplication::translate(
                "FactDesk::ProjectStore", "%1 is not a FactDesk project (it has no project format).")
                              .arg(shown));
        // What this role may do, asked once: a reader opens read-only and is told so.
        if (!query.exec(QStringLiteral(
                "SELECT has_table_privilege('facts', 'UPDATE') AND has_table_privilege('facts', 'INSERT') "
                "AND has_table_privilege('facts', 'DELETE') AND has_table_privilege('audit_log', 'INSERT') "
                "AND has_table_privilege('articles', 'INSERT'), "
                "pg_has_role(c.relowner, 'USAGE'), pg_catalog.pg_get_userbyid(c.relowner) "
                "FROM pg_catalog.pg_class c WHERE c.oid = 'facts'::regclass"))
            || !query.next())
            return cannotOpen(query.lastError());
        const bool mayWrite = query.value(0).toBool();
        const bool owner = query.value(1).toBool();
        const QString ownerName = query.value(2).toString();
        query.finish();
        d->readOnly = options.mode == ProjectStore::OpenMode::ReadOnly || !mayWrite;
        if (options.mode == ProjectStore::OpenMode::ReadOnly)
            d->readOnlyReason
                = QCoreApplication::translate("FactDesk::ProjectStore", "it was opened read-only");
        else if (!mayWrite)
            //: %1 is a database role (user) name
            d->readOnlyReason = QCoreApplication::translate(
                "FactDesk::ProjectStore", "the database role %1 may only read it")
                                    .arg(d->role);
        if (version < ProjectStore::schemaVersion()) {
            if (!owner || d->readOnly)
                //: %2 is a database role (user) name
                return refuse(QCoreApplication::translate("FactDesk::ProjectStore",
                    "%1 was written by an older version of FactDesk and must be upgraded by "
                    "its owner (the database role %2) with this version first.")
                                  .arg(shown, ownerName));
            if (!db.transaction())
                return cannotOpen(db.lastError());
            // Two owners opening at once: one migrates, the other waits and finds it done.
            QString reason;
            if (!query.exec(QStringLiteral("LOCK TABLE meta IN EXCLUSIVE MODE"))
                || !query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                || !query.next()) {
                const QSqlError sqlError = query.lastError();
                db.rollback();
                return cannotOpen(sqlError);
            }
            version = query.value(0).toString().toInt();
            query.finish();
            if (version < ProjectStore::schemaVersion() && !migrateTeam(*d, version, &reason)) {
                db.rollback();
                return refuse(QCoreApplication::translate("FactDesk::ProjectStore", "Cannot upgrade %1: %2")
                                  .arg(shown, reason));
            }
            if (!db.commit()) {
                const QSqlError sqlError = db.lastError();
                db.rollback();
                return cannotOpen(sqlError);
            }
        }
    }
    // A line lost since (a server restarting) is given the time a command was told to wait.
    if (!d->team->subscribe(error)
        && (d->team->isConnected() || !d->team->reconnectWithin(options.waitMilliseconds)
            || !d->team->subscribe(error)))
        return nullptr;
    d->team->setWaitForServer(options.waitMilliseconds);
    ProjectStorePrivate *raw = d.get();
    d->team->setStoredCheck([raw](const QString &attemptId) { return raw->wasStored(attemptId); });
    d->team->setPresenceRefresh([raw]() { raw->refreshPresence(nullptr); });
    return d;
}

} // namespace

std::unique_ptr<ProjectStore> ProjectStore::create(
    const ProjectLocation &location, QString *error, const OpenOptions &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!location.isTeam())
        return create(location.filePath(), error);
    auto d = openTeam(location, error, options, true);
    if (!d)
        return nullptr;
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
}

std::unique_ptr<ProjectStore> ProjectStore::publish(
    const ProjectStore &source, const ProjectLocation &location, QString *error, const OpenOptions &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!location.isTeam()) {
        *error = QCoreApplication::translate("FactDesk::ProjectStore",
            "%1 is not a team project: a project is published to a PostgreSQL database.")
                     .arg(location.toDisplayString());
        return nullptr;
    }
    const ProjectStorePrivate &from = *source.d;
    const TeamFill copy = [&from](const ProjectStorePrivate &d, QString *reason) {
        if (!beginSnapshot(from)) {
            *reason = QCoreApplication::translate("FactDesk::ProjectStore", "Cannot copy %1 to %2: %3")
                          .arg(from.shown(), d.shown(), from.reason(from.database().lastError()));
            return false;
        }
        const bool copied = copyTableRows(from, d, reason);
        from.database().rollback(); // read only: nothing to keep
        return copied;
    };
    auto d = openTeam(location, error, options, true, copy);
    if (!d)
        return nullptr;
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
}

std::unique_ptr<ProjectStore> ProjectStore::open(
    const ProjectLocation &location, QString *error, const OpenOptions &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!location.isTeam())
        return open(location.filePath(), error, options);
    // A line lost while the project is being opened (a server restarting) is tried again for as long
    // as a command was told to wait.
    const QDeadlineTimer deadline(std::max(options.waitMilliseconds, 0));
    std::unique_ptr<ProjectStorePrivate> d;
    for (bool lineLost = true; !d && lineLost;) {
        lineLost = false;
        OpenOptions remaining = options;
        remaining.waitMilliseconds = int(std::max<qint64>(deadline.remainingTime(), 0));
        d = openTeam(location, error, remaining, false, TeamFill(), options.createWhenEmpty, &lineLost);
        lineLost = lineLost && !deadline.hasExpired();
    }
    if (!d)
        return nullptr;
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(d)));
}

bool ProjectStore::copyToFile(const QString &path, QString *error) const
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const QString shown = nativePath(absolute);
    if (target.exists() && !target.isFile())
        return d->fail(error,
            QCoreApplication::translate("FactDesk::ProjectStore", "Cannot save to %1: it is not a file.")
                .arg(shown));
    bool cannotCreateLock = false;
    QString lockError;
    auto lock = lockProject(absolute, &lockError, &cannotCreateLock);
    if (!lock)
        return d->fail(error,
            cannotCreateLock ? QCoreApplication::translate(
                "FactDesk::ProjectStore", "Cannot save to %1: the folder is not writable.")
                                   .arg(shown)
                             : lockError);
    // Rows are copied into a new file beside the target, which takes its name only when complete.
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".copy-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QString reason;
        auto copy = create(temporary, &reason);
        if (!copy)
            return d->fail(error, reason);
        if (!copyRows(*this, *copy, &reason)) {
            copy.reset();
            removeFiles(temporary);
            return d->fail(error, reason);
        }
    }
    QFile::remove(absolute + QStringLiteral("-wal"));
    QFile::remove(absolute + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(absolute).constData()) != 0) {
        removeFiles(temporary);
        return d->fail(error,
            QCoreApplication::translate(
                "FactDesk::ProjectStore", "Cannot save to %1: the file could not be replaced.")
                .arg(shown));
    }
    return true;
}

std::unique_ptr<ProjectStore> ProjectStore::publish(
    const ProjectStore &source, const ProjectLocation &location, QString *error)
{
    return publish(source, location, error, OpenOptions());
}

std::unique_ptr<ProjectStore> ProjectStore::create(const ProjectLocation &location, QString *error)
{
    return create(location, error, OpenOptions());
}

std::unique_ptr<ProjectStore> ProjectStore::open(const ProjectLocation &location, QString *error)
{
    return open(location, error, OpenOptions());
}

bool ProjectStore::reserveIds(
    qint64 articles, qint64 facts, qint64 *firstArticle, qint64 *firstFact, QString *error)
{
    if (d->refuseWrite(error) || !d->begin(error))
        return false;
    // A counter per table in meta, started after the highest id there: its row
    // lock makes two clients reserving at once take turns.
    const auto reserve = [&](const QString &key, const QString &table, qint64 count, qint64 *first) {
        QSqlQuery query(d->database());
        // "WHERE 1 = 1" lets SQLite's parser tell the upsert's ON from a join's.
        query.prepare(
            QStringLiteral("INSERT INTO meta (key, value) SELECT ?, CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) "
                           "FROM %1 WHERE 1 = 1 ON CONFLICT (key) DO NOTHING")
                .arg(table));
        query.addBindValue(key);
        if (!d->exec(query, error))
            return false;
        query.prepare(
            QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + ? AS TEXT) WHERE key = ?"));
        query.addBindValue(count);
        query.addBindValue(key);
        if (!d->exec(query, error))
            return false;
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(key);
        if (!d->exec(query, error) || !query.next())
            return d->fail(error,
                QCoreApplication::translate("FactDesk::ProjectStore", "Could not save the change to %1: %2")
                    .arg(d->shown(), d->reason(query.lastError())));
        *first = query.value(0).toString().toLongLong() - count;
        return true;
    };
    if (!reserve(QStringLiteral("next_article_id"), QStringLiteral("articles"), articles, firstArticle)
        || !reserve(QStringLiteral("next_fact_id"), QStringLiteral("facts"), facts, firstFact))
        return d->rollback();
    return d->commit(error);
}

} // namespace FactDesk
