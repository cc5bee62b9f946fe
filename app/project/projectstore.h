#pragma once

#include "article/article.h"
#include "auditentry.h"
#include "projectlocation.h"
#include "review/fact.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace FactDesk {

class ProjectStorePrivate;
class TeamConnection;
struct FactConflict;
struct StoryDecisions;
struct UnchangedReview;

/// Who has which article of a team project open (ProjectStore::presence()).
struct PresenceEntry
{
    QString editor;
    QString role; ///< the database role
    qint64 articleId = 0; ///< 0: the project, no article in view
    QString session; ///< one per open window or command
};

/**
 * The one store interface of a project, with two back ends chosen by the
 * ProjectLocation it is opened on: a solo `.factdesk` file (SQLite) or a team
 * project on a PostgreSQL server (Qt's QPSQL driver). Both hold the same schema
 * (projectschema_p.h, migrated the same way) and are written by the same SQL,
 * here in projectstore.cpp, with bound values only; sqldialect_p.h names the
 * few spellings that differ. Each write is one transaction that is committed
 * before the call returns.
 *
 * Ids are assigned by the Project and persisted as given.
 *
 * Several analysts at once (team projects; solo files follow the same rules):
 * - every fact row carries a version (Fact::version). updateFact() and
 *   removeFact() write only if the stored fact is still at before.version; when
 *   someone else changed it first they write nothing, fill the FactConflict
 *   (who did what and when, the fact as it is now) and return false. Undo goes
 *   through the same calls, so it follows the same rule. Every attempt, the
 *   refused ones included, has its line in the audit log, with the editor name
 *   and the database role (AuditEntry::role, AuditEntry::refused).
 * - team(): the PostgreSQL connection's signals, for the window:
 *   TeamConnection::changed (another client wrote: reload those rows with
 *   loadFacts()/loadArticle(), or Project::applyChange), connectionLost,
 *   reconnected, presenceChanged, inFlightResolved (a write cut off by the lost
 *   connection: stored or not). nullptr for a solo file.
 * - setPresence()/presence(): who has which article open.
 * - A read-only role opens read-only (readOnlyReason() says so); only the
 *   owner of the tables migrates an older schema; a newer schema is refused.
 *
 * Solo files only: a read-write store holds an exclusive lock
 * ("<file>.lock", a QLockFile) for its lifetime, so a second window or process
 * gets a clear refusal naming the holder's pid; a lock left by a crashed
 * process is detected and taken over. OpenMode::ReadOnly opens without the
 * lock and refuses every write.
 *
 * Before the first write of a session, a file that was never fully checked
 * (or small enough to check every time) gets SQLite's full integrity check,
 * which also compares every index with its table: damage that the quick check
 * at open time cannot see is refused before a write makes it worse.
 * No message passes the database's own words on: each says what happened (the
 * disk is full, the file is damaged, another program holds it, the server
 * cannot be reached) in the analyst's language.
 */
class ProjectStore
{
public:
    enum class OpenMode
    {
        ReadWrite, ///< falls back to read-only when the file itself is read-only
        ReadOnly,
    };

    struct OpenOptions
    {
        OpenMode mode = OpenMode::ReadWrite;
        /**
         * How long to wait for another FactDesk to release a project it holds;
         * for a team project, how long a write waits for a server that went away
         * to come back (and, when its commit got no answer, to tell whether it
         * was stored). 0: a window, told later through TeamConnection's signals.
         */
        int waitMilliseconds = 0;
        /// Whether the message about a busy project suggests opening it read-only:
        /// not for a command whose whole point is to write.
        bool offerReadOnly = true;
        /**
         * Team projects: asked for the password when libpq finds none (PGPASSWORD,
         * ~/.pgpass, PGPASSFILE) and the server wants one; prompt says for whom.
         * A null QString cancels. Not set: no question, the refusal is the message.
         * The answer is kept in memory for reconnections, never written anywhere.
         */
        std::function<QString(const QString &prompt)> askPassword;
        /**
         * Team projects: a database that holds no table at all gets the project's
         * tables (the role becomes their owner) instead of being refused as
         * holding no project; one that holds other tables is still refused.
         */
        bool createWhenEmpty = false;
        /**
         * Project files opened for writing: reads the whole project, what the
         * next load() returns, on this thread while the integrity check runs on
         * another, so that open() and load() together take about the time of
         * the load alone (a fifth less for a large project on two cores). For a
         * caller that loads right after opening (the window, Project::attachStore).
         */
        bool loadWhileChecking = false;
    };

    /// The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();
    /// PRAGMA application_id of every FactDesk project ("FDsk").
    static qint32 applicationId();
    /// The suffix of project files, without the dot.
    static QString fileSuffix();

    /// Creates a new project file; fails if path exists.
    static std::unique_ptr<ProjectStore> create(const QString &path, QString *error);
    /**
     * Creates a new project at location: a new file, or the FactDesk tables in
     * an empty PostgreSQL database (one that already holds tables is refused).
     */
    static std::unique_ptr<ProjectStore> create(
        const ProjectLocation &location, QString *error, const OpenOptions &options);
    static std::unique_ptr<ProjectStore> create(const ProjectLocation &location, QString *error);
    /**
     * Opens the project at location: a file as open(path) does; a team project
     * read-write when the role may write (else read-only, saying so), migrated
     * when older and the role owns the tables, refused when newer.
     */
    static std::unique_ptr<ProjectStore> open(
        const ProjectLocation &location, QString *error, const OpenOptions &options);
    static std::unique_ptr<ProjectStore> open(const ProjectLocation &location, QString *error);
    /**
     * Opens an existing project. A file that is not a FactDesk project, is
     * corrupted or comes from a newer version is refused and left untouched;
     * a read-only file opens read-only.
     */
    static std::unique_ptr<ProjectStore> open(
        const QString &path, QString *error, OpenMode mode = OpenMode::ReadWrite);
    /// As above; a project held by another FactDesk is waited for up to options.waitMilliseconds.
    static std::unique_ptr<ProjectStore> open(
        const QString &path, QString *error, const OpenOptions &options);
    /**
     * Rebuilds the indexes of a damaged project: on a copy first (the file and
     * its write-ahead log), checked in full afterwards, and only then put in
     * place of the original, which is kept beside it as "<file>.before-repair".
     * A sound project is left untouched. *report says what was done; false with
     * *error when the project cannot be repaired this way (its tables
     * themselves are damaged) or is held by another FactDesk after waiting.
     */
    static bool repair(const QString &path, QString *report, QString *error, int waitMilliseconds = 0);
    /// Removes a project file with its write-ahead log and shared memory (after a failed creation).
    static void removeFiles(const QString &path);
    /**
     * True when another FactDesk window or process holds the project's lock
     * (pid set when known): the case where a UI offers to open it read-only.
     */
    static bool isOpenElsewhere(const QString &path, qint64 *pid = nullptr);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    /// The file of a solo project; for a team project, location().toDisplayString().
    QString path() const;
    ProjectLocation location() const;
    bool isTeam() const;
    /// The PostgreSQL connection of a team project, with its signals; nullptr for a solo file.
    TeamConnection *team() const;
    /// The database role writing (PostgreSQL's current_user); empty for a solo file.
    QString role() const;
    bool isReadOnly() const;
    /**
     * Why a read-only store is read-only, as words that finish "cannot change
     * the project: …" ("the file is read-only", "nothing can be written in
     * /mnt/usb: No space left on device"); empty when it is writable.
     */
    QString readOnlyReason() const;

    /**
     * Every article and fact, in id order. After an open() with
     * OpenOptions::loadWhileChecking, the first call hands over what was read
     * then, when nothing was written since.
     */
    bool load(QVector<Article> *articles, QVector<Fact> *facts, QString *error);

    bool insertArticle(
        const Article &article, const QVector<Fact> &facts, const QString &editor, QString *error);
    /**
     * Inserts many articles and their facts in a single transaction (facts name
     * their article by articleId): for generators and bulk loads, where one
     * commit per article would cost one disk sync each. sha256s, when given, are
     * the articles' Article::sha256() (an importer has them already).
     */
    bool insertArticles(const QVector<Article> &articles, const QVector<Fact> &facts, const QString &editor,
        QString *error, const QVector<QByteArray> &sha256s = {});
    bool updateArticle(const Article &article, const QString &editor, QString *error);
    bool removeArticle(qint64 articleId, const QString &editor, QString *error);
    /// action names the insertion in the audit log ("add fact" when empty, "undo remove fact"…).
    bool insertFact(
        const Fact &fact, const QString &editor, QString *error, const QString &action = QString());
    /// Removes the fact if it is still at fact.version; else fills *conflict (when given) and returns false.
    bool removeFact(const Fact &fact, const QString &editor, QString *error,
        const QString &action = QString(), FactConflict *conflict = nullptr);
    /**
     * Writes after's review if the stored fact is still at before.version (the
     * version the analyst saw); its version becomes before.version + 1. A
     * reviewed after without a time gets the time of its audit line: on a team
     * project the server's clock (whatever this machine's clock says), given
     * back in *reviewedAt. When
     * someone else changed or removed it first nothing is written: *conflict
     * (when given) says who did what and when, *error holds its message, the
     * refused attempt is logged, and false is returned.
     */
    bool updateFact(const Fact &before, const Fact &after, const QString &action, const QString &editor,
        QString *error, FactConflict *conflict = nullptr, QDateTime *reviewedAt = nullptr);
    /**
     * Logs a review that asked for what the fact already is (seen, at the
     * version the analyst saw): its audit line, outcome "unchanged", with the
     * editor who asked. Nothing else is written. *already says who decided so
     * first and how long ago, on the project's clock. When someone changed the
     * fact since seen, it is a conflict, as for updateFact().
     */
    bool recordUnchanged(const Fact &seen, const QString &action, const QString &editor,
        UnchangedReview *already, QString *error, FactConflict *conflict = nullptr);
    /**
     * Team projects: takes away the tables of a project this store created
     * (wasCreated()) when it holds nothing, neither article nor audit line: the
     * database is then as it was before (an import whose every file failed).
     * false with *error, the project left as it is, when anything is in it.
     */
    bool removeEmptyCreatedProject(QString *error);
    /// Team projects: whether opening it set the project up in an empty database (createWhenEmpty).
    bool wasCreated() const;
    /**
     * Replaces an article's text (a re-import of an edited version) and its
     * facts in one transaction: facts in `updated` are rewritten, those in
     * `added` inserted. action names it in the audit log.
     */
    bool replaceArticleText(const Article &article, const QVector<Fact> &updated, const QVector<Fact> &added,
        const QString &action, const QString &editor, QString *error);

    /**
     * Hands out ids for new articles and facts that no other client of a team
     * project will use: [*firstArticle, +articles) and [*firstFact, +facts).
     */
    bool reserveIds(qint64 articles, qint64 facts, qint64 *firstArticle, qint64 *firstFact, QString *error);
    /// The facts with these ids as stored now (ids no longer there are left out), for a refresh.
    bool loadFacts(const QVector<qint64> &ids, QVector<Fact> *facts, QString *error) const;
    /// One article as stored now; false with an empty *error when it is not there (removed).
    bool loadArticle(qint64 articleId, Article *article, QVector<Fact> *facts, QString *error) const;

    /**
     * Team projects: says which articles this editor has open (none: the
     * project only), refreshed by the connection until changed or closed; the
     * others see it in presence(). A read-only role is not shown.
     */
    bool setPresence(const QString &editor, const QVector<qint64> &articleIds, QString *error = nullptr);
    /// Who else is here now: entries not refreshed for a while (a crashed window) are left out.
    QVector<PresenceEntry> presence(QString *error = nullptr) const;

    /**
     * Copies every row of the project (articles, facts with their versions,
     * audit log, story decisions) from source into target, an empty project
     * just created (create()): publish a solo file to a team database, or copy
     * one back. One transaction: all or nothing.
     */
    static bool copyRows(const ProjectStore &source, ProjectStore &target, QString *error);
    /**
     * Creates the team project at location, an empty database, holding every
     * row of source (factdesk-cli publish). The tables and the rows are one
     * transaction: a publish that fails anywhere (a row the server refuses, a
     * role that may not create tables, the connection lost) leaves the
     * database as it was, so that it can simply be run again.
     */
    static std::unique_ptr<ProjectStore> publish(const ProjectStore &source, const ProjectLocation &location,
        QString *error, const OpenOptions &options);
    static std::unique_ptr<ProjectStore> publish(
        const ProjectStore &source, const ProjectLocation &location, QString *error);

    bool loadStoryDecisions(StoryDecisions *decisions, QString *error) const;
    /// Writes after in place of before in one transaction, logged as action with what changed.
    bool replaceStoryDecisions(const StoryDecisions &before, const StoryDecisions &after, const QString &action,
        const QString &editor, QString *error);

    /// The audit log, oldest first; of one fact when factId > 0.
    QVector<AuditEntry> auditLog(qint64 factId = 0, QString *error = nullptr) const;

    /**
     * Writes a consistent copy of the project to path (VACUUM INTO a temporary
     * file next to it, then an atomic rename), never touching the open file. The
     * store stays on its own file. Refuses the store's own path and a project that
     * another FactDesk has open.
     */
    bool saveAs(const QString &path, QString *error) const;
    /**
     * Writes every row into a new project file at path (replacing one there that
     * no FactDesk holds), through a temporary file beside it: a team project's
     * copy back to a solo file (saveAs() does this for a team project).
     */
    bool copyToFile(const QString &path, QString *error) const;

private:
    explicit ProjectStore(std::unique_ptr<ProjectStorePrivate> d);
    std::unique_ptr<ProjectStorePrivate> d;
};

/// The name to record as editor when the settings hold none: the system user name.
QString defaultEditorName();

} // namespace FactDesk
