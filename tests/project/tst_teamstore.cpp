#include "../ui/team/teamtestserver.h"
#include "cuttingproxy.h"
#include "project/factconflict.h"
#include "project/project.h"
#include "project/projectchange.h"
#include "project/projectschema_p.h"
#include "project/projectstore.h"
#include "project/teamconnection.h"
#include "project/unchangedreview.h"
#include "story/storydecisions.h"
#include "teamtestdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace FactDesk;

namespace {

Article sampleArticle(qint64 id)
{
    Article article;
    article.id = id;
    article.title = QStringLiteral("Équipe : l’essai n°%1 📈").arg(id);
    article.source = QStringLiteral("La Gazette d'essai");
    article.url = QStringLiteral("https://example.org/equipe/%1?a=1&b='2'").arg(id);
    article.date = QDate(2026, 3, 14);
    article.language = QStringLiteral("fr");
    article.text = QStringLiteral(
        "Le chantier coûte 12,5 millions d'euros 🏗️ et emploie 340 ouvriers depuis mars.");
    article.format = ArticleFormat::PlainText;
    article.fileName = QStringLiteral("equipe-%1.txt").arg(id);
    return article;
}

Fact sampleFact(qint64 id, qint64 articleId, const QString &text, int start, int end, const QString &value)
{
    Fact fact;
    fact.id = id;
    fact.articleId = articleId;
    fact.figure.start = start;
    fact.figure.end = end;
    fact.figure.kind = FigureKind::Count;
    fact.figure.value = value;
    fact.figure.unit = QStringLiteral("ouvriers");
    fact.anchorIn(text);
    return fact;
}

/**
 * Where a test's project lives: a file in a temporary folder, or a fresh
 * database on the test server. The PostgreSQL rows fail, saying why, when
 * there is no server.
 */
class Backend
{
public:
    explicit Backend(bool team)
        : m_team(team)
    {
        if (team)
            m_database = std::make_unique<TeamTestDatabase>();
    }
    bool isTeam() const { return m_team; }
    bool isValid() const { return !m_team || m_database->isValid(); }
    QString why() const { return m_team ? m_database->why() : QString(); }
    TeamTestDatabase &database() { return *m_database; }
    ProjectLocation location(const QString &user = QString()) const
    {
        return m_team ? m_database->location(user)
                      : ProjectLocation::fromFile(m_dir.filePath(QStringLiteral("solo.factdesk")));
    }
    /// A project with one article and two facts (ids 1 and 2); the store is left open.
    std::unique_ptr<ProjectStore> makeProject(QString *error)
    {
        auto store = ProjectStore::create(location(), error);
        if (!store)
            return nullptr;
        const Article article = sampleArticle(1);
        const QVector<Fact> facts { sampleFact(1, 1, article.text, 18, 22, QStringLiteral("12.5")),
            sampleFact(2, 1, article.text, 55, 58, QStringLiteral("340")) };
        if (!store->insertArticle(article, facts, QStringLiteral("Importer"), error))
            return nullptr;
        return store;
    }
    /**
     * A second analyst's store: her own connection to the server; on a file, which has one
     * writer, the first store itself (a stale version then comes from that same store).
     */
    ProjectStore *secondWriter(ProjectStore *first, std::unique_ptr<ProjectStore> *own, QString *error) const
    {
        if (!m_team)
            return first;
        *own = ProjectStore::open(location(), error);
        return own->get();
    }
    QTemporaryDir &dir() { return m_dir; }

private:
    bool m_team;
    QTemporaryDir m_dir;
    std::unique_ptr<TeamTestDatabase> m_database;
};

#define REQUIRE_BACKEND(backend)                                                                             \
    do {                                                                                                     \
        if (!(backend).isValid())                                                                            \
            QFAIL(qPrintable((backend).why()));                                                              \
    } while (false)

Fact confirmedBy(Fact fact, const QString &editor)
{
    fact.status = ReviewStatus::Confirmed;
    fact.editor = editor;
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    return fact;
}

/// Every row of every table a copy carries, as text, in primary-key order.
QStringList allRows(const QSqlDatabase &db)
{
    QStringList rows;
    for (const char *table :
        { "articles", "facts", "audit_log", "story_measures", "story_assignments", "story_verdicts" }) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString order = QLatin1String(table) == QLatin1String("story_assignments")
            ? QStringLiteral("fact_id")
            : QLatin1String(table) == QLatin1String("story_verdicts")
            ? QStringLiteral("first_fact, second_fact")
            : QStringLiteral("id");
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), order))) {
            rows << QStringLiteral("cannot read %1").arg(QLatin1String(table));
            continue;
        }
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = query.value(i);
                fields << record.fieldName(i) + QLatin1Char('=')
                        + (value.isNull() ? QStringLiteral("NULL")
                                          : QLatin1Char('"') + value.toString() + QLatin1Char('"'));
            }
            std::sort(fields.begin(), fields.end());
            rows << QLatin1String(table) + QLatin1Char(':') + fields.join(QLatin1Char(' '));
        }
    }
    return rows;
}

QSqlDatabase openSqliteForReading(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
    return db;
}

/// Runs statements on location, each alone, as its role (a test role logs in without a password).
bool execAt(const ProjectLocation &location, const QStringList &statements, QString *error,
    const QString &password = QString())
{
    static int counter = 0;
    const QString name = QStringLiteral("exec-at-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.userName());
        db.setPassword(password);
        db.setDatabaseName(location.databaseName());
        db.setConnectOptions(location.connectOptions());
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
                    ok = false;
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// The same database and role, reached through a relay on 127.0.0.1:port.
ProjectLocation viaPort(const ProjectLocation &location, quint16 port)
{
    ProjectLocation relayed;
    QString error;
    ProjectLocation::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                               .arg(location.userName())
                               .arg(port)
                               .arg(location.databaseName()),
        &relayed, &error);
    return relayed;
}

/// A check run as the database's owner: fails (error set) when the DO block raises.
QString tablesLeftCheck()
{
    return QStringLiteral("DO $$ BEGIN IF (SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                          "'public') <> 0 THEN RAISE EXCEPTION 'tables were left behind'; END IF; END $$");
}

/// A deferred trigger that makes every COMMIT after an UPDATE of facts take seconds.
QStringList slowCommit(double seconds)
{
    return { QStringLiteral("CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "PERFORM pg_sleep(%1); RETURN NULL; END $$")
                 .arg(seconds),
        QStringLiteral("CREATE CONSTRAINT TRIGGER slow_commit AFTER UPDATE ON facts DEFERRABLE INITIALLY "
                       "DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()") };
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backends_data();
    void createOpenAndVersions_data() { backends_data(); }
    void createOpenAndVersions();
    void conflictSaysWhoWhatWhen_data() { backends_data(); }
    void conflictSaysWhoWhatWhen();
    void serverNoticesStayOffStandardError();
    void unchangedIsLoggedOverTheVersionSeen_data() { backends_data(); }
    void unchangedIsLoggedOverTheVersionSeen();
    void undoFollowsTheSameRule_data() { backends_data(); }
    void undoFollowsTheSameRule();
    void concurrentReviews_data();
    void concurrentReviews();
    void notificationsAndPresence_data() { backends_data(); }
    void notificationsAndPresence();
    void reconnectAfterTheServerGoes_data() { backends_data(); }
    void reconnectAfterTheServerGoes();
    void readOnlyRole_data() { backends_data(); }
    void readOnlyRole();
    void newerSchemaRefused_data() { backends_data(); }
    void newerSchemaRefused();
    void olderSchemaUpgradedByItsOwnerOnly();
    void createRefusesNonEmpty_data() { backends_data(); }
    void createRefusesNonEmpty();
    void publishAndCopyBack();
    void publishIsAllOrNothing_data();
    void publishIsAllOrNothing();
    void publishWhoseCommitAnswerIsLost_data();
    void publishWhoseCommitAnswerIsLost();
    void inFlightCommitStoredOrReportedNotStored_data();
    void inFlightCommitStoredOrReportedNotStored();

private:
    /// A server of this test's own, which a test may stop (started once, on first use).
    TeamTestServer::PrivateServer *privateServer(QString *error);
    std::unique_ptr<TeamTestServer::PrivateServer> m_private;
    bool m_privateStarted = false;
};

TeamTestServer::PrivateServer *TestTeamStore::privateServer(QString *error)
{
    if (!m_private) {
        m_private = std::make_unique<TeamTestServer::PrivateServer>();
        m_privateStarted = m_private->start(error);
    }
    return m_privateStarted ? m_private.get() : nullptr;
}

void TestTeamStore::backends_data()
{
    QTest::addColumn<bool>("team");
    QTest::newRow("solo file (SQLite)") << false;
    QTest::newRow("team database (PostgreSQL)") << true;
}

void TestTeamStore::createOpenAndVersions()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    {
        auto store = backend.makeProject(&error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->isTeam(), team);
        QCOMPARE(store->team() != nullptr, team);
        QCOMPARE(store->location().isTeam(), team);
    }
    auto store = ProjectStore::open(backend.location(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->isReadOnly());
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().title, sampleArticle(1).title);
    QCOMPARE(articles.first().text, sampleArticle(1).text);
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.at(0).version, 1);
    QCOMPARE(facts.at(0).quote, QStringLiteral("12,5"));

    QVERIFY2(store->updateFact(facts.at(0), confirmedBy(facts.at(0), QStringLiteral("Anna")),
                 QStringLiteral("confirm"), QStringLiteral("Anna"), &error),
        qPrintable(error));
    QVector<Fact> reloaded;
    QVERIFY(store->loadFacts({ 1, 2, 99 }, &reloaded, &error));
    QCOMPARE(reloaded.size(), 2);
    QCOMPARE(reloaded.at(0).version, 2);
    QCOMPARE(reloaded.at(0).editor, QStringLiteral("Anna"));
    QCOMPARE(reloaded.at(1).version, 1);

    const QVector<AuditEntry> log = store->auditLog(1);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).editor, QStringLiteral("Anna"));
    QVERIFY(!log.at(0).refused);
    // The database role is named in a team project; a solo file has none.
    QCOMPARE(log.at(0).role.isEmpty(), !team);
    if (team)
        QCOMPARE(log.at(0).role, store->role());
}

void TestTeamStore::serverNoticesStayOffStandardError()
{
    // What the server says outside an answer (a NOTICE here; "FATAL: terminating connection due to
    // administrator command" when it stops under an idle connection) is libpq's to print on standard
    // error, in the server's words, unless the connection drops it.
    Backend backend(true);
    REQUIRE_BACKEND(backend);
    QString error;
    auto store = backend.makeProject(&error);
    QVERIFY2(store, qPrintable(error));
    QTemporaryDir dir;
    QFile captured(dir.filePath(QStringLiteral("stderr.txt")));
    QVERIFY(captured.open(QIODevice::ReadWrite));
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    QVERIFY(saved >= 0);
    ::dup2(captured.handle(), STDERR_FILENO);
    bool ran = false;
    for (int reconnected = 0; reconnected < 2; ++reconnected) {
        if (reconnected)
            store->team()->reconnect();
        QSqlQuery query(store->team()->database());
        ran = query.exec(QStringLiteral("DO $$ BEGIN RAISE NOTICE 'factdesk-notice-%', 1; END $$"));
        if (!ran)
            break;
    }
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    QVERIFY(ran);
    captured.seek(0);
    const QByteArray said = captured.readAll();
    QVERIFY2(!said.contains("factdesk-notice-1"), said.constData());
}

void TestTeamStore::unchangedIsLoggedOverTheVersionSeen()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    auto anna = backend.makeProject(&error);
    QVERIFY2(anna, qPrintable(error));
    std::unique_ptr<ProjectStore> brunoStore;
    ProjectStore *bruno = backend.secondWriter(anna.get(), &brunoStore, &error);
    QVERIFY2(bruno, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(anna->load(&articles, &facts, &error));
    const Fact original = facts.at(1);

    // A review without a time takes its audit line's, on the project's clock.
    Fact confirmed = confirmedBy(original, QStringLiteral("Anna"));
    confirmed.reviewedAt = QDateTime();
    QDateTime reviewedAt;
    QVERIFY2(anna->updateFact(original, confirmed, QStringLiteral("confirm"), QStringLiteral("Anna"), &error,
                 nullptr, &reviewedAt),
        qPrintable(error));
    QVERIFY(reviewedAt.isValid());
    QCOMPARE(anna->auditLog(2).constLast().at, reviewedAt);
    QVERIFY(qAbs(reviewedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // Bruno confirms it too: one line, "unchanged", his name; the fact stays Anna's, at its version.
    QVERIFY(bruno->loadFacts({ 2 }, &facts, &error));
    const Fact seenByBruno = facts.first();
    QCOMPARE(seenByBruno.version, 2);
    QCOMPARE(seenByBruno.reviewedAt, reviewedAt);
    UnchangedReview already;
    QVERIFY2(bruno->recordUnchanged(
                 seenByBruno, QStringLiteral("confirm"), QStringLiteral("Bruno"), &already, &error),
        qPrintable(error));
    QCOMPARE(already.current.editor, QStringLiteral("Anna"));
    QVERIFY(already.ageMilliseconds >= 0 && already.ageMilliseconds < 60000);
    const QString said = already.message(already.detectedAt.addMSecs(8000 - already.ageMilliseconds));
    QCOMPARE(said, QStringLiteral("Anna already confirmed this fact 8 s ago: nothing was changed."));
    QVector<AuditEntry> log = anna->auditLog(2);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).editor, QStringLiteral("Bruno"));
    QVERIFY(log.at(1).unchanged);
    QVERIFY(!log.at(1).refused);
    QVERIFY(anna->loadFacts({ 2 }, &facts, &error));
    QCOMPARE(facts.first().version, 2);
    QCOMPARE(facts.first().editor, QStringLiteral("Anna"));

    // A conflict names the last written change, not the unchanged line after it.
    FactConflict conflict;
    QVERIFY(!bruno->updateFact(original, confirmedBy(original, QStringLiteral("Chloé")),
        QStringLiteral("confirm"), QStringLiteral("Chloé"), &error, &conflict));
    QCOMPARE(conflict.lastChange.editor, QStringLiteral("Anna"));

    // Changed since Bruno read it: no "already", a conflict, and the refused line.
    Fact rejected = seenByBruno;
    rejected.status = ReviewStatus::Rejected;
    rejected.rejectReason = RejectReason::Duplicate;
    rejected.editor = QStringLiteral("Anna");
    rejected.reviewedAt = QDateTime();
    QVERIFY2(
        anna->updateFact(seenByBruno, rejected, QStringLiteral("reject"), QStringLiteral("Anna"), &error),
        qPrintable(error));
    QVERIFY(!bruno->recordUnchanged(
        seenByBruno, QStringLiteral("confirm"), QStringLiteral("Bruno"), &already, &error, &conflict));
    QCOMPARE(conflict.lastChange.action, QStringLiteral("reject"));
    QVERIFY2(error.startsWith(QStringLiteral("Anna rejected this fact ")), qPrintable(error));
    log = anna->auditLog(2);
    QVERIFY(log.constLast().refused);
    QCOMPARE(log.constLast().editor, QStringLiteral("Bruno"));
}

void TestTeamStore::conflictSaysWhoWhatWhen()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    auto anna = backend.makeProject(&error);
    QVERIFY2(anna, qPrintable(error));
    std::unique_ptr<ProjectStore> brunoStore;
    ProjectStore *bruno = backend.secondWriter(anna.get(), &brunoStore, &error);
    QVERIFY2(bruno, qPrintable(error));

    QVector<Article> articles;
    QVector<Fact> seen;
    QVERIFY(bruno->load(&articles, &seen, &error));
    const Fact seenByBoth = seen.at(1);

    QVERIFY2(anna->updateFact(seenByBoth, confirmedBy(seenByBoth, QStringLiteral("Anna")),
                 QStringLiteral("confirm"), QStringLiteral("Anna"), &error),
        qPrintable(error));
    Fact correction = seenByBoth;
    correction.status = ReviewStatus::Corrected;
    correction.correctedValue = QStringLiteral("430");
    correction.correctedUnit = QStringLiteral("ouvriers");
    correction.editor = QStringLiteral("Bruno");
    FactConflict conflict;
    error.clear();
    QVERIFY(!bruno->updateFact(
        seenByBoth, correction, QStringLiteral("correct"), QStringLiteral("Bruno"), &error, &conflict));
    QCOMPARE(conflict.factId, 2);
    QCOMPARE(conflict.seenVersion, 1);
    QVERIFY(!conflict.removed);
    QCOMPARE(toString(conflict.current.status), toString(ReviewStatus::Confirmed));
    QCOMPARE(conflict.current.version, 2);
    QCOMPARE(conflict.lastChange.editor, QStringLiteral("Anna"));
    QCOMPARE(conflict.lastChange.action, QStringLiteral("confirm"));
    QVERIFY2(error.startsWith(QStringLiteral("Anna confirmed this fact ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral(" s ago.")), qPrintable(error));
    // The age is measured on the database's clock when the conflict is found, then on this
    // machine's clock: a clock that is off (here, the time Anna's line says) changes nothing.
    QVERIFY(conflict.ageMilliseconds >= 0);
    QVERIFY(conflict.ageMilliseconds < 60000);
    QVERIFY(conflict.detectedAt.isValid());
    FactConflict skewed = conflict;
    skewed.lastChange.at = skewed.lastChange.at.addSecs(-7200);
    for (const FactConflict &shown : { conflict, skewed }) {
        const QString eightSecondsLater
            = shown.message(shown.detectedAt.addMSecs(8000 - shown.ageMilliseconds));
        QVERIFY2(eightSecondsLater.startsWith(
                     QStringLiteral("Anna confirmed this fact 8 s ago. Nothing was overwritten")),
            qPrintable(eightSecondsLater));
    }

    // Nothing was overwritten; the refused attempt has its line in the log.
    QVector<Fact> now;
    QVERIFY(anna->loadFacts({ 2 }, &now, &error));
    QCOMPARE(toString(now.first().status), toString(ReviewStatus::Confirmed));
    QCOMPARE(now.first().editor, QStringLiteral("Anna"));
    const QVector<AuditEntry> log = anna->auditLog(2);
    QCOMPARE(log.size(), 2);
    QVERIFY(!log.at(0).refused);
    QVERIFY(log.at(1).refused);
    QCOMPARE(log.at(1).editor, QStringLiteral("Bruno"));
    QCOMPARE(log.at(1).action, QStringLiteral("correct"));
    QVERIFY(log.at(1).after.contains(QStringLiteral("430")));

    // A removal over a stale version is refused the same way.
    QVERIFY(!bruno->removeFact(seenByBoth, QStringLiteral("Bruno"), &error, QString(), &conflict));
    QCOMPARE(conflict.current.version, 2);
    QVERIFY(anna->loadFacts({ 2 }, &now, &error));
    QCOMPARE(now.size(), 1);
}

void TestTeamStore::undoFollowsTheSameRule()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    std::unique_ptr<ProjectStore> created = backend.makeProject(&error);
    QVERIFY2(created, qPrintable(error));
    created.reset();

    Project anna;
    anna.setEditor(QStringLiteral("Anna"));
    QVERIFY2(anna.attachStore(ProjectStore::open(backend.location(), &error), &error), qPrintable(error));
    Fact confirmed = confirmedBy(*anna.fact(1), QStringLiteral("Anna"));
    QVERIFY(anna.updateFact(confirmed, QStringLiteral("confirm")));
    QCOMPARE(anna.fact(1)->version, 2);

    // Someone else rejects it (another window; in a solo file, the same file written behind the project's
    // back).
    std::unique_ptr<ProjectStore> otherStore
        = team ? ProjectStore::open(backend.location(), &error) : nullptr;
    ProjectStore *other = team ? otherStore.get() : anna.store();
    Fact rejected = *anna.fact(1);
    rejected.status = ReviewStatus::Rejected;
    rejected.rejectReason = RejectReason::Duplicate;
    rejected.editor = QStringLiteral("Chloé");
    QVERIFY2(
        other->updateFact(*anna.fact(1), rejected, QStringLiteral("reject"), QStringLiteral("Chloé"), &error),
        qPrintable(error));

    // Anna's undo names the version her confirm produced: refused, and she sees Chloé's reject.
    Fact undo = *anna.fact(1);
    undo.status = ReviewStatus::Pending;
    undo.editor.clear();
    undo.reviewedAt = QDateTime();
    QSignalSpy changed(&anna, &Project::factChanged);
    QVERIFY(!anna.updateFact(undo, QStringLiteral("undo confirm")));
    QVERIFY(anna.lastConflict().has_value());
    QVERIFY2(anna.lastError().startsWith(QStringLiteral("Chloé rejected this fact")),
        qPrintable(anna.lastError()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(toString(anna.fact(1)->status), toString(ReviewStatus::Rejected));
    QCOMPARE(anna.fact(1)->version, 3);
    // Now that she has seen it, her undo of the reject is taken... as a new write over version 3.
    undo.version = anna.fact(1)->version;
    QVERIFY2(anna.updateFact(undo, QStringLiteral("reset")), qPrintable(anna.lastError()));
    QCOMPARE(anna.fact(1)->version, 4);
}

void TestTeamStore::concurrentReviews_data()
{
    QTest::addColumn<bool>("team");
    QTest::addColumn<int>("clients");
    QTest::newRow("solo file: the lock keeps a second writer out") << false << 2;
    QTest::newRow("team database: 2 clients") << true << 2;
    QTest::newRow("team database: 8 clients") << true << 8;
}

void TestTeamStore::concurrentReviews()
{
    QFETCH(bool, team);
    QFETCH(int, clients);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    auto owner = backend.makeProject(&error);
    QVERIFY2(owner, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(owner->load(&articles, &facts, &error));
    const Fact seen = facts.at(0);

    if (!team) {
        // One writer at a time: a second opener is refused, the same stale version twice wins once.
        QVERIFY(!ProjectStore::open(backend.location(), &error));
        QVERIFY(error.contains(QStringLiteral("already open")));
        QVERIFY(owner->updateFact(seen, confirmedBy(seen, QStringLiteral("A")), QStringLiteral("confirm"),
            QStringLiteral("A"), &error));
        QVERIFY(!owner->updateFact(seen, confirmedBy(seen, QStringLiteral("B")), QStringLiteral("confirm"),
            QStringLiteral("B"), &error));
        QCOMPARE(owner->auditLog(seen.id).size(), 2);
        return;
    }

    // Each client has its own connection in its own thread; all start together.
    std::atomic<int> won { 0 };
    std::atomic<int> conflicted { 0 };
    std::atomic<int> failed { 0 };
    QSemaphore ready;
    QSemaphore go;
    QVector<QThread *> threads;
    const ProjectLocation location = backend.location();
    for (int i = 0; i < clients; ++i) {
        threads << QThread::create([&, i]() {
            QString threadError;
            auto store = ProjectStore::open(location, &threadError);
            ready.release();
            go.acquire();
            if (!store) {
                ++failed;
                return;
            }
            store->team()->setPingInterval(0);
            const QString editor = QStringLiteral("client %1").arg(i);
            FactConflict conflict;
            if (store->updateFact(seen, confirmedBy(seen, editor), QStringLiteral("confirm"), editor,
                    &threadError, &conflict))
                ++won;
            else if (conflict.factId == seen.id)
                ++conflicted;
            else
                ++failed;
        });
        threads.last()->start();
    }
    ready.acquire(clients);
    go.release(clients);
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failed.load(), 0);
    QCOMPARE(won.load(), 1);
    QCOMPARE(conflicted.load(), clients - 1);
    QVector<Fact> now;
    QVERIFY(owner->loadFacts({ seen.id }, &now, &error));
    QCOMPARE(now.first().version, 2);
    const QVector<AuditEntry> log = owner->auditLog(seen.id);
    QCOMPARE(log.size(), clients);
    QCOMPARE(
        std::count_if(log.cbegin(), log.cend(), [](const AuditEntry &entry) { return !entry.refused; }), 1);
    // The one written is the one the fact holds now.
    const auto written
        = std::find_if(log.cbegin(), log.cend(), [](const AuditEntry &entry) { return !entry.refused; });
    QCOMPARE(written->editor, now.first().editor);
}

void TestTeamStore::notificationsAndPresence()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    auto anna = backend.makeProject(&error);
    QVERIFY2(anna, qPrintable(error));
    if (!team) {
        // A solo file has nobody else to hear from.
        QVERIFY(!anna->team());
        QVERIFY(anna->setPresence(QStringLiteral("Anna"), { 1 }, &error));
        QVERIFY(anna->presence(&error).isEmpty());
        return;
    }
    auto bruno = ProjectStore::open(backend.location(), &error);
    QVERIFY2(bruno, qPrintable(error));
    QSignalSpy annaHears(anna->team(), &TeamConnection::changed);
    QSignalSpy brunoHears(bruno->team(), &TeamConnection::changed);
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(bruno->load(&articles, &facts, &error));
    QVERIFY(bruno->updateFact(facts.at(1), confirmedBy(facts.at(1), QStringLiteral("Bruno")),
        QStringLiteral("confirm"), QStringLiteral("Bruno"), &error));
    QVERIFY(annaHears.wait(5000));
    const auto change = annaHears.first().first().value<ProjectChange>();
    QCOMPARE(int(change.kind), int(ProjectChange::Kind::Facts));
    QCOMPARE(change.factIds, QVector<qint64> { 2 });
    QCOMPARE(change.articleId, 1);
    QCOMPARE(change.editor, QStringLiteral("Bruno"));
    QCOMPARE(change.action, QStringLiteral("confirm"));
    // Nobody hears their own writes.
    QTest::qWait(300);
    QCOMPARE(brunoHears.size(), 0);

    // The Project reloads what the notification names.
    Project annasProject;
    QVERIFY(annasProject.attachStore(ProjectStore::open(backend.location(), &error), &error));
    QVERIFY(
        bruno->updateFact(*annasProject.fact(1), confirmedBy(*annasProject.fact(1), QStringLiteral("Bruno")),
            QStringLiteral("confirm"), QStringLiteral("Bruno"), &error));
    QSignalSpy factChanged(&annasProject, &Project::factChanged);
    QSignalSpy projectHears(annasProject.store()->team(), &TeamConnection::changed);
    QVERIFY(projectHears.wait(5000));
    QVERIFY(annasProject.applyChange(projectHears.first().first().value<ProjectChange>()));
    QCOMPARE(factChanged.size(), 1);
    QCOMPARE(annasProject.fact(1)->editor, QStringLiteral("Bruno"));
    QCOMPARE(annasProject.fact(1)->version, 2);

    // Presence: Bruno on article 1 is seen by Anna, who is told when it changes.
    QSignalSpy presenceChanged(anna->team(), &TeamConnection::presenceChanged);
    QVERIFY2(bruno->setPresence(QStringLiteral("Bruno"), { 1 }, &error), qPrintable(error));
    QVERIFY(presenceChanged.wait(5000));
    const QVector<PresenceEntry> here = anna->presence(&error);
    QCOMPARE(here.size(), 1);
    QCOMPARE(here.first().editor, QStringLiteral("Bruno"));
    QCOMPARE(here.first().articleId, 1);
    QCOMPARE(here.first().role, bruno->role());
    QVERIFY(bruno->presence(&error).isEmpty()); // not himself
    bruno.reset(); // leaving clears his rows
    QVERIFY(anna->presence(&error).isEmpty());
}

void TestTeamStore::reconnectAfterTheServerGoes()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    auto store = backend.makeProject(&error);
    QVERIFY2(store, qPrintable(error));
    if (!team) {
        QVERIFY(!store->team()); // a file has no server to lose
        return;
    }
    TeamConnection *team_ = store->team();
    team_->setPingInterval(200);
    QSignalSpy lost(team_, &TeamConnection::connectionLost);
    QSignalSpy back(team_, &TeamConnection::reconnected);

    // The cluster script's server is shared by the tests running at once, so by
    // default it only ends this connection, which the client sees the same way;
    // FACTDESK_TEST_PGDATA names a server of one's own to restart whole (tst_teamsession
    // restarts a private server in any case).
    const QString dataDir = qEnvironmentVariable("FACTDESK_TEST_PGDATA");
    if (!dataDir.isEmpty()) {
        const QString pgCtl = qEnvironmentVariable("FACTDESK_TEST_PG_CTL", QStringLiteral("pg_ctl"));
        QCOMPARE(QProcess::execute(pgCtl,
                     { QStringLiteral("-D"), dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                         QStringLiteral("-w"), QStringLiteral("restart") }),
            0);
    } else {
        QSqlQuery pid(team_->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        QVERIFY(backend.database().exec(
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())));
    }
    QVERIFY(lost.wait(10000));
    QVERIFY(back.size() > 0 || back.wait(20000));
    QVERIFY(team_->isConnected());

    // Writes go through again, and the other clients' changes are heard again.
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QVERIFY2(store->updateFact(facts.at(0), confirmedBy(facts.at(0), QStringLiteral("Anna")),
                 QStringLiteral("confirm"), QStringLiteral("Anna"), &error),
        qPrintable(error));
    auto other = ProjectStore::open(backend.location(), &error);
    QVERIFY2(other, qPrintable(error));
    QSignalSpy hears(team_, &TeamConnection::changed);
    QVERIFY(other->updateFact(facts.at(1), confirmedBy(facts.at(1), QStringLiteral("Bruno")),
        QStringLiteral("confirm"), QStringLiteral("Bruno"), &error));
    QVERIFY(hears.wait(5000));
}

void TestTeamStore::readOnlyRole()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    {
        auto store = backend.makeProject(&error);
        QVERIFY2(store, qPrintable(error));
    }
    ProjectLocation location = backend.location();
    QString expected;
    if (team) {
        TeamTestDatabase &db = backend.database();
        const QString reader = db.createRole(QStringLiteral("reader"));
        QVERIFY(!reader.isEmpty());
        QVERIFY(db.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)));
        location = backend.database().location(reader);
        expected = QStringLiteral("the database role %1 may only read it").arg(reader);
    } else {
        QFile::setPermissions(location.filePath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        expected = QStringLiteral("the file is read-only");
    }
    auto store = ProjectStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isReadOnly());
    QCOMPARE(store->readOnlyReason(), expected);
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(facts.size(), 2);
    QVERIFY(!store->updateFact(facts.at(0), confirmedBy(facts.at(0), QStringLiteral("Anna")),
        QStringLiteral("confirm"), QStringLiteral("Anna"), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
}

void TestTeamStore::newerSchemaRefused()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    {
        auto store = backend.makeProject(&error);
        QVERIFY2(store, qPrintable(error));
    }
    const auto schemaVersion = [&]() -> int {
        if (team) {
            auto store = ProjectStore::open(backend.location(), &error);
            Q_UNUSED(store)
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
            const ProjectLocation location = backend.location();
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setUserName(location.userName());
            db.setDatabaseName(location.databaseName());
            int version = -1;
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                    && query.next())
                    version = query.value(0).toInt();
            }
            db.close();
            return version;
        }
        QSqlDatabase db = openSqliteForReading(backend.location().filePath(), QStringLiteral("peek"));
        QSqlQuery query(db);
        const int version
            = query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
        return version;
    };
    const int newer = ProjectStore::schemaVersion() + 1;
    if (team) {
        QVERIFY(backend.database().exec(
            QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(newer)));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(backend.location().filePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(newer)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QVERIFY(!ProjectStore::open(backend.location(), &error));
    QVERIFY2(error.contains(QStringLiteral("newer version of FactDesk")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    QCOMPARE(schemaVersion(), newer); // never altered
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestTeamStore::olderSchemaUpgradedByItsOwnerOnly()
{
    Backend backend(true);
    REQUIRE_BACKEND(backend);
    TeamTestDatabase &db = backend.database();
    // A team project of format 3, as the release before team projects would have laid it out.
    for (int version = 1; version <= 3; ++version) {
        for (const QString &statement : ProjectSchema::migrationTo(version, SqlDialect::PostgreSql)) {
            QString error;
            QVERIFY2(db.exec(statement, &error), qPrintable(statement + QStringLiteral(": ") + error));
        }
    }
    QVERIFY(db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '3')")));
    QVERIFY(db.exec(
        QStringLiteral("INSERT INTO articles (id, title, source, url, language, body, format, raw_source, "
                       "file_name, sha256, imported_at) VALUES (1, 't', 's', 'u', 'fr', 'Il y a 3 chats.', "
                       "'text', '', 'f.txt', 'x', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(db.exec(
        QStringLiteral("INSERT INTO facts (id, article_id, origin, fig_start, fig_end, kind, modifier, "
                       "status) VALUES (1, 1, 'extracted', 8, 9, 'count', 'exact', 'pending')")));
    const QString reader = db.createRole(QStringLiteral("reader"));
    QVERIFY(db.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)));

    QString error;
    QVERIFY(!ProjectStore::open(db.location(reader), &error));
    QVERIFY2(error.contains(QStringLiteral("must be upgraded by its owner (the database role")),
        qPrintable(error));

    auto store = ProjectStore::open(db.location(), &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().version, 1);
    QVERIFY(store->updateFact(facts.first(), confirmedBy(facts.first(), QStringLiteral("Anna")),
        QStringLiteral("confirm"), QStringLiteral("Anna"), &error));
    store.reset();
    // Upgraded once: the reader opens it now, read-only.
    auto read = ProjectStore::open(db.location(reader), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->isReadOnly());
}

void TestTeamStore::createRefusesNonEmpty()
{
    QFETCH(bool, team);
    Backend backend(team);
    REQUIRE_BACKEND(backend);
    QString error;
    {
        auto store = backend.makeProject(&error);
        QVERIFY2(store, qPrintable(error));
    }
    QVERIFY(!ProjectStore::create(backend.location(), &error));
    QVERIFY2(error.contains(team ? QStringLiteral("is not empty") : QStringLiteral("already exists")),
        qPrintable(error));
    // What was there is untouched.
    auto store = ProjectStore::open(backend.location(), &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(store->load(&articles, &facts, &error));
    QCOMPARE(facts.size(), 2);
}

void TestTeamStore::publishAndCopyBack()
{
    Backend solo(false);
    Backend teamBackend(true);
    REQUIRE_BACKEND(teamBackend);
    QString error;
    // A solo project with reviews, a refused attempt, story decisions and an undo.
    {
        auto store = solo.makeProject(&error);
        QVERIFY2(store, qPrintable(error));
        QVector<Article> articles;
        QVector<Fact> facts;
        QVERIFY(store->load(&articles, &facts, &error));
        Fact corrected = facts.at(0);
        corrected.status = ReviewStatus::Corrected;
        corrected.correctedValue = QStringLiteral("12.6");
        corrected.correctedUnit = QStringLiteral("EUR");
        corrected.correctedKind = FigureKind::Money;
        corrected.note = QStringLiteral("chiffre « officiel »\nligne 2");
        corrected.editor = QStringLiteral("Anna");
        corrected.reviewedAt = QDateTime(QDate(2026, 3, 15), QTime(9, 30, 15, 250), Qt::UTC);
        QVERIFY(store->updateFact(
            facts.at(0), corrected, QStringLiteral("correct"), QStringLiteral("Anna"), &error));
        QVERIFY(!store->updateFact(
            facts.at(0), corrected, QStringLiteral("correct"), QStringLiteral("Bruno"), &error));
        Article second = sampleArticle(2);
        second.date = QDate();
        QVERIFY(store->insertArticle(second, { sampleFact(3, 2, second.text, 55, 58, QStringLiteral("340")) },
            QStringLiteral("Importer"), &error));
        StoryDecisions decisions;
        decisions.measures.insert(5, { QStringLiteral("effectif du chantier"), true });
        decisions.assignments.insert(2, 5);
        decisions.assignments.insert(3, 0);
        decisions.verdicts.insert(
            StoryDecisions::pair(2, 3), { PairVerdict::None, QStringLiteral("à revoir") });
        QVERIFY(store->replaceStoryDecisions(
            StoryDecisions(), decisions, QStringLiteral("accept measure"), QStringLiteral("Anna"), &error));
    }
    // Publish: a new team project, every row copied.
    {
        auto source
            = ProjectStore::open(solo.location().filePath(), &error, ProjectStore::OpenMode::ReadOnly);
        QVERIFY2(source, qPrintable(error));
        auto target = ProjectStore::create(teamBackend.location(), &error);
        QVERIFY2(target, qPrintable(error));
        QVERIFY2(ProjectStore::copyRows(*source, *target, &error), qPrintable(error));
        // A second publish into the same database is refused.
        QVERIFY(!ProjectStore::create(teamBackend.location(), &error));
        QVERIFY(!ProjectStore::copyRows(*source, *target, &error));
        QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
    }
    // Copy back into a new file.
    const QString back = solo.dir().filePath(QStringLiteral("back.factdesk"));
    {
        auto team = ProjectStore::open(teamBackend.location(), &error);
        QVERIFY2(team, qPrintable(error));
        QVERIFY2(team->copyToFile(back, &error), qPrintable(error));
        // The team project goes on numbering its audit log after the copied lines.
        QVector<Article> articles;
        QVector<Fact> facts;
        QVERIFY(team->load(&articles, &facts, &error));
        QVERIFY(team->updateFact(facts.at(2), confirmedBy(facts.at(2), QStringLiteral("Chloé")),
            QStringLiteral("confirm"), QStringLiteral("Chloé"), &error));
        const QVector<AuditEntry> log = team->auditLog();
        QCOMPARE(log.last().editor, QStringLiteral("Chloé"));
        QVERIFY(log.last().id > log.at(log.size() - 2).id);
    }
    QStringList original;
    QStringList copied;
    {
        QSqlDatabase first = openSqliteForReading(solo.location().filePath(), QStringLiteral("original"));
        QSqlDatabase second = openSqliteForReading(back, QStringLiteral("copied"));
        original = allRows(first);
        copied = allRows(second);
        first.close();
        second.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("original"));
    QSqlDatabase::removeDatabase(QStringLiteral("copied"));
    QVERIFY(original.size() > 10);
    QCOMPARE(copied, original);
    QVERIFY(original.join(QLatin1Char('\n')).contains(QStringLiteral("outcome=\"conflict\"")));
    QVERIFY(original.join(QLatin1Char('\n')).contains(QStringLiteral("effectif du chantier")));
}

void TestTeamStore::publishIsAllOrNothing_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("message");
    QTest::newRow("a row the server refuses (a fact of no article)")
        << QStringLiteral("row") << QStringLiteral("the project's data contradicts itself");
    QTest::newRow("a role that may not create tables")
        << QStringLiteral("role") << QStringLiteral("may not change this project");
    QTest::newRow("the line cut in the middle of the copy")
        << QStringLiteral("cut") << QStringLiteral("the connection to the server was lost");
}

void TestTeamStore::publishIsAllOrNothing()
{
    QFETCH(QString, failure);
    QFETCH(QString, message);
    Backend solo(false);
    Backend team(true);
    REQUIRE_BACKEND(team);
    QString error;
    {
        auto store = solo.makeProject(&error);
        QVERIFY2(store, qPrintable(error));
        QVector<Article> articles;
        QVector<Fact> facts;
        QVERIFY(store->load(&articles, &facts, &error));
        QVERIFY(store->updateFact(facts.at(0), confirmedBy(facts.at(0), QStringLiteral("Anna")),
            QStringLiteral("confirm"), QStringLiteral("Anna"), &error));
    }
    const QString file = solo.location().filePath();
    TeamTestDatabase &db = team.database();
    const QString publisher = db.createRole(QStringLiteral("publisher"));
    QVERIFY(!publisher.isEmpty());
    const QString mayCreate = QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(publisher);
    if (failure != QLatin1String("role"))
        QVERIFY2(db.exec(mayCreate, &error), qPrintable(error));
    ProjectLocation target = db.location(publisher);
    std::unique_ptr<CuttingProxy> proxy;
    const QString tamper = QStringLiteral("tamper");
    if (failure == QLatin1String("row")) {
        // A file written by hand (or by a bug): SQLite without its foreign keys on takes the row.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), tamper);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY2(query.exec(QStringLiteral(
                         "INSERT INTO facts (id, article_id, origin, fig_start, fig_end, kind, modifier, "
                         "status) VALUES (9, 999, 'extracted', 0, 2, 'count', 'exact', 'pending')")),
                qPrintable(query.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(tamper);
    } else if (failure == QLatin1String("cut")) {
        // The line goes as the audit log's rows are being copied: tables and articles are in by then.
        proxy = std::make_unique<CuttingProxy>(target.host(), quint16(target.port()));
        proxy->cutWhenClientSends("INSERT INTO audit_log", CuttingProxy::Cut::BeforeServer);
        target = viaPort(target, proxy->port());
    }
    {
        auto source = ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadOnly);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(!ProjectStore::publish(*source, target, &error));
    }
    QVERIFY2(error.contains(message), qPrintable(error));
    if (failure != QLatin1String("role"))
        QVERIFY2(error.contains(QStringLiteral("Nothing was written: the database is as it was.")),
            qPrintable(error));
    if (proxy)
        QCOMPARE(proxy->cuts(), 1);
    // The database is as it was: not one table.
    QVERIFY2(db.exec(tablesLeftCheck(), &error), qPrintable(error));

    // What failed is put right, and the same publish is simply run again.
    if (failure == QLatin1String("row")) {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), tamper);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM facts WHERE id = 9")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(tamper);
    } else if (failure == QLatin1String("role")) {
        QVERIFY2(db.exec(mayCreate, &error), qPrintable(error));
    }
    auto source = ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadOnly);
    QVERIFY2(source, qPrintable(error));
    auto published = ProjectStore::publish(*source, target, &error);
    QVERIFY2(published, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(published->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(articles.size(), 1);
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.at(0).version, 2);
    QCOMPARE(published->auditLog().size(), source->auditLog().size());
}

void TestTeamStore::publishWhoseCommitAnswerIsLost_data()
{
    QTest::addColumn<bool>("reachesServer");
    QTest::newRow("COMMIT reaches the server, its answer is lost: published") << true;
    QTest::newRow("COMMIT never reaches the server: not published, nothing left") << false;
}

void TestTeamStore::publishWhoseCommitAnswerIsLost()
{
    QFETCH(bool, reachesServer);
    Backend solo(false);
    Backend team(true);
    REQUIRE_BACKEND(team);
    QString error;
    QVERIFY2(solo.makeProject(&error), qPrintable(error));
    TeamTestDatabase &db = team.database();
    const QString publisher = db.createRole(QStringLiteral("publisher"));
    QVERIFY(!publisher.isEmpty());
    QVERIFY2(db.exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(publisher), &error),
        qPrintable(error));
    const ProjectLocation direct = db.location(publisher);
    CuttingProxy proxy(direct.host(), quint16(direct.port()));
    // The publish's one COMMIT is the first this connection sends.
    proxy.cutWhenClientSends(
        "COMMIT", reachesServer ? CuttingProxy::Cut::AfterServer : CuttingProxy::Cut::BeforeServer);
    auto source = ProjectStore::open(solo.location().filePath(), &error, ProjectStore::OpenMode::ReadOnly);
    QVERIFY2(source, qPrintable(error));
    ProjectStore::OpenOptions options;
    options.waitMilliseconds = 20000;
    auto published = ProjectStore::publish(*source, viaPort(direct, proxy.port()), &error, options);
    QCOMPARE(proxy.cuts(), 1);
    QCOMPARE(bool(published), reachesServer);
    if (!reachesServer) {
        QVERIFY2(error.startsWith(QStringLiteral("Not created: the connection to ")), qPrintable(error));
        QVERIFY2(db.exec(tablesLeftCheck(), &error), qPrintable(error));
        published = ProjectStore::publish(*source, direct, &error, options);
        QVERIFY2(published, qPrintable(error));
    }
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(published->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(facts.size(), 2);
}

void TestTeamStore::inFlightCommitStoredOrReportedNotStored_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("message");
    QTest::newRow("line cut before COMMIT reaches the server")
        << QStringLiteral("cut before") << false << QStringLiteral("Not stored: the connection to ");
    QTest::newRow("line cut after COMMIT reached the server (a slow commit): stored")
        << QStringLiteral("cut after") << true << QString();
    QTest::newRow("server stopped during COMMIT, a window: told once it is back")
        << QStringLiteral("stop window") << false
        << QStringLiteral("whether the change was stored will be known when the server is back");
    QTest::newRow("server stopped during COMMIT, a command: waits for it to come back")
        << QStringLiteral("stop command") << false << QStringLiteral("Not stored: the connection to ");
}

void TestTeamStore::inFlightCommitStoredOrReportedNotStored()
{
    QFETCH(QString, how);
    QFETCH(bool, stored);
    QFETCH(QString, message);
    const bool stopServer = how.startsWith(QLatin1String("stop"));
    QString error;
    // Anna's role owns the project (she may add the slow-commit trigger); she logs in without a password.
    std::unique_ptr<TeamTestDatabase> shared;
    ProjectLocation location;
    TeamTestServer::PrivateServer *server = nullptr;
    if (stopServer) {
        // Stopping the shared server would cut the other tests off: this test stops a server of its own.
        server = privateServer(&error);
        QVERIFY2(server, qPrintable(error));
        ProjectLocation owner;
        QVERIFY(ProjectLocation::parse(server->url(), &owner, &error));
        static int counter = 0;
        const QString anna = QStringLiteral("anna_%1").arg(++counter);
        const QString database = QStringLiteral("inflight_%1").arg(counter);
        QVERIFY2(execAt(owner, { QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB").arg(anna) }, &error,
                     server->ownerPassword()),
            qPrintable(error));
        ProjectLocation annaHome;
        QVERIFY(ProjectLocation::parse(
            TeamTestServer::withDatabase(server->url(), owner.databaseName(), anna), &annaHome, &error));
        QVERIFY2(execAt(annaHome, { QStringLiteral("CREATE DATABASE %1").arg(database) }, &error),
            qPrintable(error));
        QVERIFY(ProjectLocation::parse(
            TeamTestServer::withDatabase(server->url(), database, anna), &location, &error));
    } else {
        shared = std::make_unique<TeamTestDatabase>();
        if (!shared->isValid())
            QFAIL(qPrintable(shared->why()));
        const QString anna = shared->createRole(QStringLiteral("anna"));
        QVERIFY(!anna.isEmpty());
        QVERIFY2(shared->exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(anna), &error),
            qPrintable(error));
        location = shared->location(anna);
    }
    {
        auto store = ProjectStore::create(location, &error);
        QVERIFY2(store, qPrintable(error));
        const Article article = sampleArticle(1);
        QVERIFY2(store->insertArticle(article,
                     { sampleFact(1, 1, article.text, 18, 22, QStringLiteral("12.5")),
                         sampleFact(2, 1, article.text, 55, 58, QStringLiteral("340")) },
                     QStringLiteral("Importer"), &error),
            qPrintable(error));
    }
    // The COMMIT takes seconds: the line can go while the server is at it.
    QVERIFY2(execAt(location, slowCommit(stopServer ? 5 : 1), &error), qPrintable(error));

    std::unique_ptr<CuttingProxy> proxy;
    ProjectLocation used = location;
    if (!stopServer) {
        proxy = std::make_unique<CuttingProxy>(location.host(), quint16(location.port()));
        used = viaPort(location, proxy->port());
    }
    ProjectStore::OpenOptions options;
    // A command waits for the server; a window is told later, by a signal.
    options.waitMilliseconds = how == QLatin1String("stop command") ? 60000 : 0;
    auto store = ProjectStore::open(used, &error, options);
    QVERIFY2(store, qPrintable(error));
    store->team()->setPingInterval(how == QLatin1String("stop window") ? 200 : 0);
    QSignalSpy resolved(store->team(), &TeamConnection::inFlightResolved);

    // Stopping the server while the COMMIT runs, then starting it again, from another thread:
    // this one is blocked in the write.
    std::unique_ptr<QThread> stopper;
    std::atomic<bool> stopped { false };
    if (stopServer) {
        stopper.reset(QThread::create([&]() {
            const QString watch = QStringLiteral("watch-commit");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), watch);
                db.setHostName(location.host());
                db.setPort(location.port());
                db.setUserName(location.userName());
                db.setDatabaseName(location.databaseName());
                bool committing = false;
                for (int tries = 0; tries < 400 && !committing && db.open(); ++tries) {
                    QSqlQuery query(db);
                    committing
                        = query.exec(QStringLiteral(
                              "SELECT COUNT(*) FROM pg_stat_activity WHERE query = 'COMMIT' AND state = "
                              "'active' AND usename = current_user"))
                        && query.next() && query.value(0).toInt() > 0;
                    if (!committing)
                        QThread::msleep(25);
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(watch);
            stopped = server->control(QStringLiteral("stop"));
            QThread::msleep(1500);
            server->control(QStringLiteral("start"));
        }));
        stopper->start();
    }
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    if (proxy)
        proxy->cutWhenClientSends("COMMIT",
            how == QLatin1String("cut before") ? CuttingProxy::Cut::BeforeServer
                                               : CuttingProxy::Cut::AfterServer);
    error.clear();
    const bool acknowledged = store->updateFact(facts.at(0), confirmedBy(facts.at(0), QStringLiteral("Anna")),
        QStringLiteral("confirm"), QStringLiteral("Anna"), &error);
    if (stopper)
        QVERIFY(stopper->wait(60000));
    if (stopServer)
        QVERIFY(stopped);
    if (proxy)
        QCOMPARE(proxy->cuts(), 1);
    QCOMPARE(acknowledged, stored);
    if (!message.isEmpty())
        QVERIFY2(error.contains(message), qPrintable(error));
    if (how == QLatin1String("stop window")) {
        // Reconnected by itself, the window hears what became of the write.
        QVERIFY(resolved.size() > 0 || resolved.wait(60000));
        QCOMPARE(resolved.first().at(0).toString(), QStringLiteral("confirm"));
        QCOMPARE(resolved.first().at(1).toBool(), stored);
    }

    // What was said is what the project holds, seen from a new connection once everything settled.
    QVERIFY2(
        execAt(location,
            { QStringLiteral("DROP TRIGGER slow_commit ON facts"), QStringLiteral("SELECT pg_sleep(0.2)") },
            &error),
        qPrintable(error));
    auto check = ProjectStore::open(location, &error);
    QVERIFY2(check, qPrintable(error));
    QVector<Fact> now;
    QVERIFY2(check->loadFacts({ 1 }, &now, &error), qPrintable(error));
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().version, stored ? 2 : 1);
    QCOMPARE(
        toString(now.first().status), toString(stored ? ReviewStatus::Confirmed : ReviewStatus::Pending));
    QCOMPARE(check->auditLog(1).size(), stored ? 1 : 0);

    // The same store writes again: over the version it now knows.
    QVERIFY2(store->loadFacts({ 1 }, &now, &error), qPrintable(error));
    Fact rejected = now.first();
    rejected.status = ReviewStatus::Rejected;
    rejected.rejectReason = RejectReason::Other;
    rejected.editor = QStringLiteral("Anna");
    QVERIFY2(
        store->updateFact(now.first(), rejected, QStringLiteral("reject"), QStringLiteral("Anna"), &error),
        qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
