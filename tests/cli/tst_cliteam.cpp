#include "../project/teamtestdatabase.h"
#include "clirun.h"
#include "project/auditentry.h"
#include "project/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

namespace {

using FactDesk::Testing::CliRun;
using FactDesk::Testing::runCli;

#define REQUIRE_SERVER(database)                                                                             \
    do {                                                                                                     \
        if (!(database).isValid())                                                                           \
            QFAIL(qPrintable((database).why()));                                                             \
    } while (false)

/// A solo project of the bundled samples with a few reviews, made by the command line itself.
QString soloProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("solo.factdesk"));
    if (runCli({ QStringLiteral("import"), path, QStringLiteral(FACTDESK_SAMPLES) }).exitCode != 0)
        return QString();
    runCli({ QStringLiteral("review"), path, QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--confirm"), QStringLiteral("--editor"), QStringLiteral("Anna") });
    runCli({ QStringLiteral("review"), path, QStringLiteral("--fact"), QStringLiteral("2"),
        QStringLiteral("--reject"), QStringLiteral("duplicate"), QStringLiteral("--note"),
        QStringLiteral("déjà « vu »"), QStringLiteral("--editor"), QStringLiteral("Bruno") });
    return path;
}

QSqlDatabase adminConnection(const ProjectLocation &location, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.userName());
    db.setDatabaseName(location.databaseName());
    db.setConnectOptions(location.connectOptions());
    db.open();
    return db;
}

/// Starts factdesk-cli with its wall clock moved by shiftSeconds (a machine whose clock is off).
void startWithClockShift(QProcess *process, int shiftSeconds, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(FACTDESK_CLOCKSHIFT));
    environment.insert(QStringLiteral("FACTDESK_TEST_CLOCK_SHIFT"), QString::number(shiftSeconds));
    const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
        (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("verify_asan_link_order=0"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(FACTDESK_CLI_PATH), arguments);
}

/// How many FactDesk commands wait for a row lock now.
int waitingOnALock(QSqlDatabase &watcher)
{
    QSqlQuery look(watcher);
    return look.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                    "AND application_name = 'FactDesk'"))
            && look.next()
        ? look.value(0).toInt()
        : -1;
}

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishListExportCopy();
    void reviewExitsFourOnAConflict();
    void refusals_data();
    void refusals();
    void publishFailsWholeAndRunsAgain();
    void conflictAgeComesFromTheServerClock();
    void importCreatesATeamProjectInAnEmptyDatabase();
    void repeatedDecisionIsAuditedAndNamesWhoDecidedFirst_data();
    void repeatedDecisionIsAuditedAndNamesWhoDecidedFirst();
    void reviewTimeIsTheServerClock();
    void importWhoseFilesAllFailLeavesNoTeamProject();
};

void TestCliTeam::publishListExportCopy()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString solo = soloProject(dir);
    QVERIFY(!solo.isEmpty());
    const QString url = database.location().toDisplayString();

    CliRun run = runCli({ QStringLiteral("publish"), solo, url });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.outText().startsWith(QStringLiteral("published ")), qPrintable(run.outText()));
    QVERIFY(run.outText().contains(QStringLiteral("3 articles")));

    // The team project reads as the file does, through every command.
    const QString exportedSolo = runCli({ QStringLiteral("export"), solo, QStringLiteral("--format"),
                                            QStringLiteral("csv"), QStringLiteral("--all") })
                                     .out;
    QVERIFY(exportedSolo.count(QLatin1Char('\n')) > 20);
    QCOMPARE(runCli({ QStringLiteral("export"), url, QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--all") })
                 .out,
        exportedSolo);
    QCOMPARE(runCli({ QStringLiteral("list"), url }).out, runCli({ QStringLiteral("list"), solo }).out);
    QCOMPARE(runCli({ QStringLiteral("story"), url, QStringLiteral("--format"), QStringLiteral("json") }).out,
        runCli({ QStringLiteral("story"), solo, QStringLiteral("--format"), QStringLiteral("json") }).out);

    // A review on the team project, then the copy back holds it.
    run = runCli({ QStringLiteral("review"), url, QStringLiteral("--fact"), QStringLiteral("3"),
        QStringLiteral("--confirm"), QStringLiteral("--editor"), QStringLiteral("Chloé") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString back = dir.filePath(QStringLiteral("back.factdesk"));
    run = runCli({ QStringLiteral("copy"), url, back });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(runCli({ QStringLiteral("export"), back, QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--all") })
                 .out,
        runCli({ QStringLiteral("export"), url, QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--all") })
            .out);
    QVERIFY(runCli({ QStringLiteral("list"), back }).outText().contains(QStringLiteral("3\tconfirmed")));
    // copy never replaces a file.
    run = runCli({ QStringLiteral("copy"), url, back });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("already exists")), qPrintable(run.errText()));
    // publish never writes into a database that holds a project.
    run = runCli({ QStringLiteral("publish"), solo, url });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("is not empty")), qPrintable(run.errText()));
}

void TestCliTeam::reviewExitsFourOnAConflict()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString solo = soloProject(dir);
    const QString url = database.location().toDisplayString();
    QCOMPARE(runCli({ QStringLiteral("publish"), solo, url }).exitCode, 0);

    // Anna's window confirms fact 4 and has not committed yet: the command's
    // UPDATE waits on her row lock, then finds the version moved.
    {
        QSqlDatabase anna = adminConnection(database.location(), QStringLiteral("anna"));
        QVERIFY2(anna.isOpen(), qPrintable(anna.lastError().text()));
        QSqlDatabase watcher = adminConnection(database.location(), QStringLiteral("watcher"));
        QVERIFY(anna.transaction());
        QSqlQuery query(anna);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE facts SET status = 'confirmed', editor = 'Anna', version = version + "
                           "1 WHERE id = 4")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO audit_log (at, editor, action, article_id, fact_id) SELECT '%1', "
                           "'Anna', 'confirm', article_id, id FROM facts WHERE id = 4")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))));
        QProcess bruno;
        bruno.start(QStringLiteral(FACTDESK_CLI_PATH),
            { QStringLiteral("review"), url, QStringLiteral("--fact"), QStringLiteral("4"),
                QStringLiteral("--reject"), QStringLiteral("other"), QStringLiteral("--editor"),
                QStringLiteral("Bruno") });
        QVERIFY(bruno.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        bool blocked = false;
        QSqlQuery look(watcher);
        while (!blocked && waited.elapsed() < 20000) {
            QTest::qWait(50);
            blocked = look.exec(QStringLiteral(
                          "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                          "AND application_name = 'FactDesk'"))
                && look.next() && look.value(0).toInt() > 0;
        }
        QVERIFY2(blocked, "the command never reached its UPDATE");
        QVERIFY(anna.commit());
        QVERIFY(bruno.waitForFinished(30000));
        const QString err = QString::fromUtf8(bruno.readAllStandardError());
        QCOMPARE(bruno.exitCode(), 4);
        QVERIFY2(
            err.startsWith(QStringLiteral("factdesk-cli: fact 4 in %1: Anna confirmed this fact ").arg(url)),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Nothing was overwritten")), qPrintable(err));
        anna.close();
        watcher.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("anna"));
    QSqlDatabase::removeDatabase(QStringLiteral("watcher"));
    // Anna's confirmation stands; Bruno's attempt is in the log, refused.
    QVERIFY(runCli({ QStringLiteral("list"), url }).outText().contains(QStringLiteral("\n4\tconfirmed")));
    QString error;
    QVERIFY2(
        database.exec(QStringLiteral("DO $$ BEGIN IF (SELECT COUNT(*) FROM audit_log WHERE fact_id = 4 AND "
                                     "editor = 'Bruno' AND outcome = 'conflict') <> 1 THEN RAISE EXCEPTION "
                                     "'no refused line'; END IF; END $$"),
            &error),
        qPrintable(error));
}

void TestCliTeam::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("password in the URL")
        << QStringList { QStringLiteral("list"),
               QStringLiteral("postgresql://anna:hunter2@127.0.0.1:1/desk") }
        << 1
        << QStringLiteral("factdesk-cli: postgresql://anna@127.0.0.1:1/desk holds a "
                          "password");
    QTest::newRow("no server there") << QStringList { QStringLiteral("list"),
        QStringLiteral("postgresql://anna@127.0.0.1:1/desk?connect_timeout=2") }
                                     << 1
                                     << QStringLiteral(
                                            "factdesk-cli: Cannot open "
                                            "postgresql://anna@127.0.0.1:1/desk?connect_timeout=2: the "
                                            "server cannot be reached");
    QTest::newRow("repair a URL") << QStringList { QStringLiteral("repair"),
        QStringLiteral("postgresql:///desk") }
                                  << 2 << QStringLiteral("factdesk-cli: repair works on project files");
    QTest::newRow("publish to a file")
        << QStringList { QStringLiteral("publish"), QStringLiteral("a.factdesk"),
               QStringLiteral("b.factdesk") }
        << 2
        << QStringLiteral("factdesk-cli publish: publish copies a project file into a "
                          "PostgreSQL database");
    QTest::newRow("copy one argument")
        << QStringList { QStringLiteral("copy"), QStringLiteral("postgresql:///desk") } << 2
        << QStringLiteral("factdesk-cli copy: two arguments are needed");
}

void TestCliTeam::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().startsWith(message), qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(QStringLiteral("hunter2")));
}

void TestCliTeam::publishFailsWholeAndRunsAgain()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString solo = soloProject(dir);
    QVERIFY(!solo.isEmpty());
    const QString url = database.location().toDisplayString();
    // A fact of no article, as a file edited by hand holds one: SQLite takes it without its
    // foreign keys on; PostgreSQL refuses it once the articles, the facts before it and the
    // tables are written.
    const QString tamper = QStringLiteral("tamper");
    const auto onFile = [&](const QString &sql) {
        bool done = false;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), tamper);
            raw.setDatabaseName(solo);
            QSqlQuery query(raw);
            done = raw.open() && query.exec(sql);
            raw.close();
        }
        QSqlDatabase::removeDatabase(tamper);
        return done;
    };
    QVERIFY(onFile(
        QStringLiteral("INSERT INTO facts (id, article_id, origin, fig_start, fig_end, kind, modifier, "
                       "status) VALUES (100000, 999, 'extracted', 0, 2, 'count', 'exact', 'pending')")));
    CliRun run = runCli({ QStringLiteral("publish"), solo, url });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("the project's data contradicts itself")),
        qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QStringLiteral("Nothing was written: the database is as it was.")),
        qPrintable(run.errText()));
    QString error;
    QVERIFY2(
        database.exec(QStringLiteral("DO $$ BEGIN IF (SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE "
                                     "schemaname = 'public') <> 0 THEN RAISE EXCEPTION 'tables were left "
                                     "behind'; END IF; END $$"),
            &error),
        qPrintable(error));
    // The file put right, the same command is simply run again.
    QVERIFY(onFile(QStringLiteral("DELETE FROM facts WHERE id = 100000")));
    run = runCli({ QStringLiteral("publish"), solo, url });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(runCli({ QStringLiteral("list"), url }).out, runCli({ QStringLiteral("list"), solo }).out);
}

void TestCliTeam::conflictAgeComesFromTheServerClock()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString solo = soloProject(dir);
    const QString url = database.location().toDisplayString();
    QCOMPARE(runCli({ QStringLiteral("publish"), solo, url }).exitCode, 0);

    // The clock shift is real: a shifted process sees the time an hour behind.
    {
        QProcess date;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(FACTDESK_CLOCKSHIFT));
        environment.insert(QStringLiteral("FACTDESK_TEST_CLOCK_SHIFT"), QStringLiteral("-3600"));
        date.setProcessEnvironment(environment);
        date.start(QStringLiteral("date"), { QStringLiteral("+%s") });
        QVERIFY(date.waitForFinished());
        const qint64 shifted = QString::fromUtf8(date.readAllStandardOutput()).trimmed().toLongLong();
        QVERIFY2(qAbs(QDateTime::currentSecsSinceEpoch() - 3600 - shifted) < 60,
            qPrintable(QString::number(shifted)));
    }

    // Anna's machine runs an hour slow, Bruno's an hour fast. Both read fact 4 at version 1 and
    // queue behind a row lock; Anna's confirm goes first, Bruno's reject then finds it changed.
    QSqlDatabase holder = adminConnection(database.location(), QStringLiteral("holder"));
    QSqlDatabase watcher = adminConnection(database.location(), QStringLiteral("watcher"));
    QVERIFY2(holder.isOpen(), qPrintable(holder.lastError().text()));
    QVERIFY(holder.transaction());
    QSqlQuery hold(holder);
    QVERIFY(hold.exec(QStringLiteral("SELECT id FROM facts WHERE id = 4 FOR UPDATE")));
    QProcess anna;
    QProcess bruno;
    startWithClockShift(&anna, -3600,
        { QStringLiteral("review"), url, QStringLiteral("--fact"), QStringLiteral("4"),
            QStringLiteral("--confirm"), QStringLiteral("--editor"), QStringLiteral("Anna") });
    QTRY_VERIFY_WITH_TIMEOUT(waitingOnALock(watcher) == 1, 30000);
    startWithClockShift(&bruno, 3600,
        { QStringLiteral("review"), url, QStringLiteral("--fact"), QStringLiteral("4"),
            QStringLiteral("--reject"), QStringLiteral("other"), QStringLiteral("--editor"),
            QStringLiteral("Bruno") });
    QTRY_VERIFY_WITH_TIMEOUT(waitingOnALock(watcher) == 2, 30000);
    QVERIFY(holder.commit());
    QVERIFY(anna.waitForFinished(30000));
    QVERIFY(bruno.waitForFinished(30000));
    QCOMPARE(anna.exitCode(), 0);
    const QString err = QString::fromUtf8(bruno.readAllStandardError());
    QCOMPARE(bruno.exitCode(), 4);
    // Two hours apart on the analysts' clocks, seconds apart on the server's.
    const QRegularExpressionMatch said
        = QRegularExpression(QStringLiteral("Anna confirmed this fact (\\d+) s ago\\.")).match(err);
    QVERIFY2(said.hasMatch(), qPrintable(err));
    QVERIFY2(said.captured(1).toInt() < 30, qPrintable(err));
    holder.close();
    watcher.close();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QSqlDatabase::removeDatabase(QStringLiteral("watcher"));
    // The audit log's lines carry the server's time, not the analysts'.
    QString error;
    QVERIFY2(
        database.exec(QStringLiteral("DO $$ BEGIN IF (SELECT MAX(ABS(EXTRACT(EPOCH FROM now() - "
                                     "CAST(at AS TIMESTAMPTZ)))) FROM audit_log WHERE fact_id = 4 AND editor "
                                     "IN ('Anna', 'Bruno')) > 600 THEN RAISE EXCEPTION 'a client clock'; "
                                     "END IF; END $$"),
            &error),
        qPrintable(error));
}

void TestCliTeam::importCreatesATeamProjectInAnEmptyDatabase()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString url = database.location().toDisplayString();
    // As a file path does: the project is created (by the owner role, which owns its tables).
    CliRun run = runCli({ QStringLiteral("import"), url, QStringLiteral("--editor"), QStringLiteral("Anna"),
        QStringLiteral(FACTDESK_SAMPLES) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.outText().contains(QStringLiteral("3 imported")), qPrintable(run.outText()));
    const QString file = dir.filePath(QStringLiteral("same.factdesk"));
    QCOMPARE(runCli({ QStringLiteral("import"), file, QStringLiteral(FACTDESK_SAMPLES) }).exitCode, 0);
    QCOMPARE(runCli({ QStringLiteral("list"), url }).out, runCli({ QStringLiteral("list"), file }).out);
    // A second import finds the project and skips what it holds.
    run = runCli({ QStringLiteral("import"), url, QStringLiteral(FACTDESK_SAMPLES) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.outText().contains(QStringLiteral("0 imported, 0 updated, 3 duplicates skipped")),
        qPrintable(run.outText()));
    // Reviews and the audit log work as in a published project.
    run = runCli({ QStringLiteral("review"), url, QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--confirm"), QStringLiteral("--editor"), QStringLiteral("Anna") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));

    // A database that holds other tables is never written into.
    TeamTestDatabase other;
    REQUIRE_SERVER(other);
    QVERIFY(other.exec(QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY)")));
    run = runCli(
        { QStringLiteral("import"), other.location().toDisplayString(), QStringLiteral(FACTDESK_SAMPLES) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("holds no FactDesk project")), qPrintable(run.errText()));
    QString error;
    QVERIFY2(other.exec(QStringLiteral("DO $$ BEGIN IF (SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE "
                                       "schemaname = 'public') <> 1 THEN RAISE EXCEPTION 'tables added'; END "
                                       "IF; END $$"),
                 &error),
        qPrintable(error));
    // A role that may not create tables is told so, and nothing is made.
    TeamTestDatabase empty;
    REQUIRE_SERVER(empty);
    const QString reader = empty.createRole(QStringLiteral("reader"));
    QVERIFY(!reader.isEmpty());
    run = runCli({ QStringLiteral("import"), empty.location(reader).toDisplayString(),
        QStringLiteral(FACTDESK_SAMPLES) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().contains(QStringLiteral("may not change this project")), qPrintable(run.errText()));
}

void TestCliTeam::repeatedDecisionIsAuditedAndNamesWhoDecidedFirst_data()
{
    QTest::addColumn<bool>("team");
    QTest::addColumn<QStringList>("decision");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status"); // as review prints it
    QTest::addColumn<QString>("said"); // what Bruno is told, after "fact N in PROJECT: "
    const QStringList confirm { QStringLiteral("--confirm") };
    const QStringList reject { QStringLiteral("--reject"), QStringLiteral("duplicate") };
    const QStringList correct { QStringLiteral("--correct"), QStringLiteral("7"), QStringLiteral("--kind"),
        QStringLiteral("number") };
    const QStringList pending { QStringLiteral("--pending") };
    const QStringList note { QStringLiteral("--note"), QStringLiteral("vu deux fois") };
    for (const bool team : { true, false }) {
        const char *where = team ? "team" : "file";
        QTest::addRow("%s: confirm after Anna's confirm", where)
            << team << confirm << QStringLiteral("confirm") << QStringLiteral("confirmed")
            << QStringLiteral("Anna already confirmed this fact \\d+ s ago: nothing was changed\\.");
        QTest::addRow("%s: reject for the reason Anna gave", where)
            << team << reject << QStringLiteral("reject") << QStringLiteral("rejected")
            << QStringLiteral(
                   "Anna already rejected this fact for this reason \\d+ s ago: nothing was changed\\.");
        QTest::addRow("%s: correct to the value Anna typed", where)
            << team << correct << QStringLiteral("correct") << QStringLiteral("corrected\\t7.*")
            << QStringLiteral(
                   "Anna already corrected this fact to this value \\d+ s ago: nothing was changed\\.");
        QTest::addRow("%s: back to pending a fact nobody reviewed", where)
            << team << pending << QStringLiteral("reset") << QStringLiteral("pending")
            << QStringLiteral("The fact is already pending: nothing was changed\\.");
        QTest::addRow("%s: the note Anna wrote", where)
            << team << note << QStringLiteral("note") << QStringLiteral("pending")
            << QStringLiteral("The fact already has this note: nothing was changed\\.");
    }
}

void TestCliTeam::repeatedDecisionIsAuditedAndNamesWhoDecidedFirst()
{
    QFETCH(bool, team);
    QFETCH(QStringList, decision);
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, said);
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString solo = soloProject(dir);
    QString project = solo;
    if (team) {
        project = database.location().toDisplayString();
        QCOMPARE(runCli({ QStringLiteral("publish"), solo, project }).exitCode, 0);
    }
    const QString fact = QStringLiteral("5");
    const auto review = [&](const QString &editor) {
        return runCli(QStringList { QStringLiteral("review"), project, QStringLiteral("--fact"), fact }
            + decision + QStringList { QStringLiteral("--editor"), editor });
    };
    const auto exported = [&]() {
        return runCli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--all") })
            .out;
    };
    if (action != QLatin1String("reset")) {
        const CliRun anna = review(QStringLiteral("Anna"));
        QVERIFY2(anna.exitCode == 0, qPrintable(anna.errText()));
        QVERIFY2(anna.errText().isEmpty(), qPrintable(anna.errText()));
    }
    const QString before = exported();
    QString error;
    std::unique_ptr<ProjectStore> store;
    const auto auditLog = [&]() {
        ProjectLocation location;
        ProjectLocation::parse(project, &location, &error);
        store = ProjectStore::open(location, &error);
        return store ? store->auditLog(fact.toLongLong(), &error) : QVector<AuditEntry>();
    };
    const int linesBefore = int(auditLog().size());
    store.reset();

    // Bruno asks for what the fact already is: his wish is met (exit 0), he is told it already was,
    // by whom, and the attempt has its line in the audit log; the fact keeps Anna's review.
    const CliRun bruno = review(QStringLiteral("Bruno"));
    QCOMPARE(bruno.exitCode, 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^fact 5\\t%1\\n$").arg(status)).match(bruno.outText()).hasMatch(),
        qPrintable(bruno.outText()));
    QVERIFY2(QRegularExpression(QStringLiteral(": %1\\n$").arg(said)).match(bruno.errText()).hasMatch(),
        qPrintable(bruno.errText()));
    QCOMPARE(exported(), before);
    const QVector<AuditEntry> log = auditLog();
    QVERIFY2(!log.isEmpty(), qPrintable(error));
    QCOMPARE(log.size(), linesBefore + 1);
    QCOMPARE(log.constLast().editor, QStringLiteral("Bruno"));
    QCOMPARE(log.constLast().action, action);
    QVERIFY(log.constLast().unchanged);
    QVERIFY(!log.constLast().refused);
    QCOMPARE(log.constLast().before, log.constLast().after);
    // A decision Anna's last written line took stays hers: the age of a conflict is not reckoned from it.
    for (int i = 0; i < log.size() - 1; ++i)
        QVERIFY(!log.at(i).unchanged);
}

void TestCliTeam::reviewTimeIsTheServerClock()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString solo = soloProject(dir);
    const QString url = database.location().toDisplayString();
    QCOMPARE(runCli({ QStringLiteral("publish"), solo, url }).exitCode, 0);
    // Chloé's machine runs two hours slow, Dan's three hours fast.
    const QVector<QPair<QString, int>> analysts { { QStringLiteral("Chloé"), -7200 },
        { QStringLiteral("Dan"), 10800 } };
    int factId = 6;
    for (const auto &analyst : analysts) {
        QProcess process;
        startWithClockShift(&process, analyst.second,
            { QStringLiteral("review"), url, QStringLiteral("--fact"), QString::number(factId++),
                QStringLiteral("--confirm"), QStringLiteral("--editor"), analyst.first });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
    // The fact's time is its audit line's, to the millisecond, and both are the server's.
    QString error;
    QVERIFY2(
        database.exec(QStringLiteral(
                          "DO $$ BEGIN IF (SELECT COUNT(*) FROM facts f JOIN audit_log a ON a.fact_id = f.id "
                          "AND a.outcome IS NULL AND a.action = 'confirm' WHERE f.id IN (6, 7) AND "
                          "f.reviewed_at = a.at AND f.editor = a.editor AND ABS(EXTRACT(EPOCH FROM now() - "
                          "CAST(f.reviewed_at AS TIMESTAMPTZ))) < 600) <> 2 THEN RAISE EXCEPTION 'a client "
                          "clock'; END IF; END $$"),
            &error),
        qPrintable(error));
    // The export says so too.
    const CliRun run = runCli({ QStringLiteral("export"), url, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--all") });
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression modified(QStringLiteral("\"modified\": *\"([^\"]+)\""));
    int seen = 0;
    for (auto it = modified.globalMatch(run.outText()); it.hasNext();) {
        const QDateTime at = QDateTime::fromString(it.next().captured(1), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY2(
            qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(at.toString(Qt::ISODate)));
        ++seen;
    }
    QVERIFY2(seen >= 2, qPrintable(run.outText().left(2000)));
}

void TestCliTeam::importWhoseFilesAllFailLeavesNoTeamProject()
{
    TeamTestDatabase database;
    REQUIRE_SERVER(database);
    QTemporaryDir dir;
    const QString url = database.location().toDisplayString();
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Le loyer passe de 800 euros à 950 euros en 2026.\n");
    }
    const auto tablesAre = [&](int count) {
        QString error;
        const bool ok = database.exec(
            QStringLiteral("DO $$ BEGIN IF (SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                           "'public') <> %1 THEN RAISE EXCEPTION 'tables'; END IF; END $$")
                .arg(count),
            &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    };
    // Every file failed: the project this import created is taken away again, and it says so.
    CliRun run = runCli({ QStringLiteral("import"), url, empty });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("failed\t")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(
                 QStringLiteral("%1 was not created: no article could be stored in it.").arg(url)),
        qPrintable(run.errText()));
    QVERIFY(tablesAre(0));
    // Once a file is good the project is made; a later import whose files all fail leaves it as it was.
    run = runCli({ QStringLiteral("import"), url, good });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString listed = runCli({ QStringLiteral("list"), url }).out;
    run = runCli({ QStringLiteral("import"), url, empty });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.errText().contains(QStringLiteral("not created")), qPrintable(run.errText()));
    QVERIFY(!tablesAre(0));
    QCOMPARE(runCli({ QStringLiteral("list"), url }).out, listed);
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
