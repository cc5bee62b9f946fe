#pragma once

#include "article/article.h"
#include "review/fact.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

namespace FactDesk {

class ProjectStorePrivate;
struct StoryDecisions;

/// One row of a project's audit log: a review (or import) action as it happened.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString editor;
    QString action; ///< "import article", "add fact", "confirm", "undo confirm", …
    qint64 articleId = 0;
    qint64 factId = 0; ///< 0 for article-level actions
    QString before; ///< compact JSON of the review fields before, empty when none
    QString after; ///< compact JSON of the review fields after, empty when none
};

/**
 * A project file: one SQLite database (WAL) holding the articles, the facts
 * and an audit log of every review action. Each write is one transaction that
 * is committed before the call returns. All SQL lives behind this class.
 *
 * Ids are assigned by the Project and persisted as given.
 *
 * A read-write store holds an exclusive lock ("<file>.lock", a QLockFile) for
 * its lifetime, so a second window or process gets a clear refusal naming the
 * holder's pid; a lock left by a crashed process is detected and taken over.
 * OpenMode::ReadOnly opens without the lock and refuses every write.
 *
 * Before the first write of a session, a file that was never fully checked
 * (or small enough to check every time) gets SQLite's full integrity check,
 * which also compares every index with its table: damage that the quick check
 * at open time cannot see is refused before a write makes it worse.
 * No message passes SQLite's own words on: each says what happened (the disk
 * is full, the file is damaged, another program holds it) in the analyst's
 * language.
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
        /// How long to wait for another FactDesk to release a project it holds.
        int waitMilliseconds = 0;
        /// Whether the message about a busy project suggests opening it read-only:
        /// not for a command whose whole point is to write.
        bool offerReadOnly = true;
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

    QString path() const;
    bool isReadOnly() const;
    /**
     * Why a read-only store is read-only, as words that finish "cannot change
     * the project: …" ("the file is read-only", "nothing can be written in
     * /mnt/usb: No space left on device"); empty when it is writable.
     */
    QString readOnlyReason() const;

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
    bool removeFact(
        const Fact &fact, const QString &editor, QString *error, const QString &action = QString());
    bool updateFact(
        const Fact &before, const Fact &after, const QString &action, const QString &editor, QString *error);
    /**
     * Replaces an article's text (a re-import of an edited version) and its
     * facts in one transaction: facts in `updated` are rewritten, those in
     * `added` inserted. action names it in the audit log.
     */
    bool replaceArticleText(const Article &article, const QVector<Fact> &updated, const QVector<Fact> &added,
        const QString &action, const QString &editor, QString *error);

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

private:
    explicit ProjectStore(std::unique_ptr<ProjectStorePrivate> d);
    std::unique_ptr<ProjectStorePrivate> d;
};

/// The name to record as editor when the settings hold none: the system user name.
QString defaultEditorName();

} // namespace FactDesk
