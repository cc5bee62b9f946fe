// The walk of issue 12's "How it will be checked", by the command line alone, against a PostgreSQL
// server of the test's own (tools/pgcluster.sh start): a solo project is published; six analysts
// run `factdesk-cli review` loops at once on overlapping facts (first all six on the same fact at
// the same moment, then each in an order of their own); the server is stopped in the middle of it
// and started again. Then: every acknowledged review (exit 0) has its line in the audit log with
// its editor and role, and the export shows each fact as its last written review left it (one
// acknowledged state per contended fact); every exit 4 has its refused line; nothing the command
// line reported as not stored is in the project; a review that found the fact already so (exit 0) says
// who decided first and has its "unchanged" line: the audit log holds every attempt the server heard;
// the commands that ran while the server was away waited for it (--wait) or said why they failed. Without a
// server the test fails and says why.

#include "../project/csvparser.h"
#include "../ui/team/teamtestserver.h"

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>
#include <vector>

namespace {

/// One `factdesk-cli review` as its analyst saw it.
struct Review
{
    QString editor;
    qint64 factId = 0;
    QString action; ///< as the audit log names it
    int exitCode = -1;
    QString err;
};

/// An analyst: what she does to every fact she reviews.
struct Analyst
{
    QString editor;
    QStringList decision;
    QString action;
};

QString statusAfter(const QString &action)
{
    if (action == QLatin1String("confirm"))
        return QStringLiteral("confirmed");
    if (action == QLatin1String("reject"))
        return QStringLiteral("rejected");
    if (action == QLatin1String("correct"))
        return QStringLiteral("corrected");
    return QStringLiteral("pending");
}

} // namespace

class TestTeamWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void concurrentReviewsThroughARestart();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runCli(const QStringList &arguments) const;

    TeamTestServer::PrivateServer m_server;
    QProcessEnvironment m_environment;
    QTemporaryDir m_dir;
};

void TestTeamWalk::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    // The commands find the roles' passwords where libpq looks: this server's password file.
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("PGPASSFILE"), m_server.passwordFile());
}

TestTeamWalk::Run TestTeamWalk::runCli(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(FACTDESK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestTeamWalk::concurrentReviewsThroughARestart()
{
    // Published as the owner; reviewed as an editor, who writes rows but owns nothing.
    const QString owner = m_server.url();
    const QString editor = TeamTestServer::withDatabase(
        owner, QUrl(owner).path().mid(1), QStringLiteral("factdesk_editor"));
    const QString solo = m_dir.filePath(QStringLiteral("walk.factdesk"));
    Run run = runCli({ QStringLiteral("import"), solo, QStringLiteral(FACTDESK_SAMPLES) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli({ QStringLiteral("publish"), solo, owner });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QVector<qint64> factIds;
    for (const QString &line : runCli({ QStringLiteral("list"), editor }).out.split(QLatin1Char('\n'))) {
        const qint64 id = line.section(QLatin1Char('\t'), 0, 0).toLongLong();
        if (id > 0 && factIds.size() < 12)
            factIds << id;
    }
    QCOMPARE(factIds.size(), 12);

    const QVector<Analyst> analysts {
        { QStringLiteral("Anna"), { QStringLiteral("--confirm") }, QStringLiteral("confirm") },
        { QStringLiteral("Bruno"), { QStringLiteral("--reject"), QStringLiteral("duplicate") },
            QStringLiteral("reject") },
        { QStringLiteral("Chloé"),
            { QStringLiteral("--correct"), QStringLiteral("7"), QStringLiteral("--kind"),
                QStringLiteral("number") },
            QStringLiteral("correct") },
        { QStringLiteral("Dan"), { QStringLiteral("--pending") }, QStringLiteral("reset") },
        // Two more on decisions the others take too: Bruno confirming what Anna has just confirmed.
        { QStringLiteral("Emma"), { QStringLiteral("--confirm") }, QStringLiteral("confirm") },
        { QStringLiteral("Farid"), { QStringLiteral("--reject"), QStringLiteral("duplicate") },
            QStringLiteral("reject") },
    };
    // Round 1: everyone on the same fact at the same moment; round 2: each in an order of their own.
    constexpr int rounds = 2;
    const int planned = int(analysts.size()) * rounds * int(factIds.size());
    QMutex mutex;
    QVector<Review> reviews;
    std::atomic<int> done { 0 };
    std::vector<std::unique_ptr<QThread>> loops;
    for (const Analyst &analyst : analysts) {
        loops.emplace_back(QThread::create([&, analyst]() {
            QVector<qint64> order = factIds;
            for (int round = 0; round < rounds; ++round) {
                if (round > 0)
                    std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
                for (qint64 factId : order) {
                    QProcess process;
                    process.setProcessEnvironment(m_environment);
                    process.start(QStringLiteral(FACTDESK_CLI_PATH),
                        QStringList { QStringLiteral("review"), editor, QStringLiteral("--fact"),
                            QString::number(factId) }
                            + analyst.decision
                            + QStringList { QStringLiteral("--editor"), analyst.editor, QStringLiteral("--wait"),
                                QStringLiteral("60") });
                    Review review { analyst.editor, factId, analyst.action };
                    if (process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit)
                        review.exitCode = process.exitCode();
                    review.err = QString::fromUtf8(process.readAllStandardError());
                    QMutexLocker locker(&mutex);
                    reviews.append(review);
                    ++done;
                }
            }
        }));
        loops.back()->start();
    }
    // The server goes away a third of the way through, and comes back two seconds later.
    while (done.load() < planned / 3 && done.load() < planned)
        QThread::msleep(20);
    QVERIFY(m_server.control(QStringLiteral("stop")));
    const int whileAway = done.load();
    QThread::msleep(2000);
    QVERIFY(m_server.control(QStringLiteral("start")));
    for (auto &loop : loops)
        QVERIFY(loop->wait(600000));
    QCOMPARE(reviews.size(), planned);
    QVERIFY2(done.load() > whileAway + 8, "the loops did not go on after the restart");

    // What the analysts were told.
    QHash<QString, int> acknowledged; // editor, fact, action -> exit 0
    QHash<QString, int> alreadySo; // -> exit 0, the fact already stood so: "Anna already confirmed…"
    QHash<QString, int> conflicts; // -> exit 4
    QHash<QString, int> notStored; // -> exit 1
    const auto key = [](const QString &editor, qint64 factId, const QString &action) {
        return QStringLiteral("%1 fact %2 %3").arg(editor).arg(factId).arg(action);
    };
    for (const Review &review : reviews) {
        const QString k = key(review.editor, review.factId, review.action);
        if (review.exitCode == 0) {
            ++acknowledged[k];
            // Only a decision the fact already stood at says anything, and it says who took it first.
            // One line is not ours to silence: libpq prints the server's farewell to a connection it
            // ends while Qt's driver is still setting that connection up (before FactDesk can tell
            // libpq to keep quiet); the command then reconnects and does its work.
            QString err = review.err;
            err.remove(QStringLiteral("FATAL:  terminating connection due to administrator command\n"));
            if (err.size() != review.err.size())
                qInfo("%s: exit 0 after libpq printed the server's farewell", qPrintable(k));
            if (!err.isEmpty()) {
                QVERIFY2(err.startsWith(QStringLiteral("factdesk-cli: "))
                        && err.endsWith(QStringLiteral(": nothing was changed.\n"))
                        && err.count(QLatin1Char('\n')) == 1,
                    qPrintable(review.err));
                QVERIFY2(err.contains(QStringLiteral(" already ")) || review.action == QLatin1String("reset"),
                    qPrintable(review.err));
                ++alreadySo[k];
            }
        } else if (review.exitCode == 4) {
            ++conflicts[k];
            QVERIFY2(review.err.contains(QStringLiteral("this fact")) && review.err.contains(QStringLiteral("ago.")),
                qPrintable(review.err));
        } else {
            // Only the server's absence may fail a review, and the command says so.
            QCOMPARE(review.exitCode, 1);
            QVERIFY2(review.err.contains(QStringLiteral("the server cannot be reached"))
                    || review.err.contains(QStringLiteral("the connection to the server was lost"))
                    || review.err.contains(QStringLiteral("Not stored")),
                qPrintable(QString(review.err).replace(QLatin1Char('\n'), QLatin1String(" | "))));
            ++notStored[k];
            qInfo("%s: exit 1: %s", qPrintable(k),
                qPrintable(QString(review.err).trimmed().replace(QLatin1Char('\n'), QLatin1String(" | "))));
        }
    }

    // What the project holds: the audit log, read as the owner, and the export.
    QHash<QString, int> written;
    QHash<QString, int> refused;
    QHash<QString, int> unchanged;
    int lines = 0;
    QHash<qint64, QPair<QString, QString>> lastWritten; // fact -> action, editor
    {
        const QUrl url(owner);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("walk-audit"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(m_server.ownerPassword());
        db.setDatabaseName(url.path().mid(1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT editor, action, fact_id, outcome, db_role FROM audit_log "
                                          "WHERE fact_id IS NOT NULL ORDER BY id")));
        while (query.next()) {
            const QString k = key(query.value(0).toString(), query.value(2).toLongLong(), query.value(1).toString());
            QCOMPARE(query.value(4).toString(), QStringLiteral("factdesk_editor"));
            ++lines;
            if (query.value(3).isNull()) {
                ++written[k];
                lastWritten.insert(
                    query.value(2).toLongLong(), { query.value(1).toString(), query.value(0).toString() });
            } else if (query.value(3).toString() == QLatin1String("unchanged")) {
                ++unchanged[k];
            } else {
                QCOMPARE(query.value(3).toString(), QStringLiteral("conflict"));
                ++refused[k];
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("walk-audit"));
    // The audit log holds every attempt the server heard: each exit 0 has its line, written or (the fact
    // already stood so) unchanged; each exit 4 its refused line; an exit 1 (not stored) none.
    int writes = 0;
    QSet<QString> keys;
    for (const QHash<QString, int> *counts : { &acknowledged, &written, &unchanged, &conflicts, &refused })
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            keys.insert(it.key());
    for (const QString &k : std::as_const(keys)) {
        QVERIFY2(acknowledged.value(k) == written.value(k) + unchanged.value(k),
            qPrintable(QStringLiteral("%1: %2 acknowledged, %3 written, %4 unchanged, %5 reported not stored")
                           .arg(k)
                           .arg(acknowledged.value(k))
                           .arg(written.value(k))
                           .arg(unchanged.value(k))
                           .arg(notStored.value(k))));
        QVERIFY2(alreadySo.value(k) == unchanged.value(k),
            qPrintable(QStringLiteral("%1: told 'already' %2 times, %3 unchanged lines")
                           .arg(k)
                           .arg(alreadySo.value(k))
                           .arg(unchanged.value(k))));
        QVERIFY2(refused.value(k) == conflicts.value(k),
            qPrintable(QStringLiteral("%1: %2 exit 4, %3 refused lines")
                           .arg(k)
                           .arg(conflicts.value(k))
                           .arg(refused.value(k))));
        writes += written.value(k);
    }
    const int attemptsHeard = int(std::accumulate(acknowledged.cbegin(), acknowledged.cend(), 0)
        + std::accumulate(conflicts.cbegin(), conflicts.cend(), 0));
    QCOMPARE(lines, attemptsHeard);
    QVERIFY(writes > planned / 2);

    run = runCli({ QStringLiteral("export"), editor, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--all") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(run.out, QLatin1Char(','), &records, &error), qPrintable(error));
    QVERIFY(!records.isEmpty());
    const QStringList header = records.takeFirst();
    const int idColumn = header.indexOf(QStringLiteral("fact_id"));
    const int statusColumn = header.indexOf(QStringLiteral("status"));
    const int editorColumn = header.indexOf(QStringLiteral("editor"));
    QVERIFY(idColumn >= 0 && statusColumn >= 0 && editorColumn >= 0);
    int checked = 0;
    for (const QStringList &record : records) {
        const qint64 id = record.at(idColumn).toLongLong();
        if (!lastWritten.contains(id))
            continue;
        const auto last = lastWritten.value(id);
        const QString expectedEditor = last.first == QLatin1String("reset") ? QString() : last.second;
        QCOMPARE(record.at(statusColumn), statusAfter(last.first));
        QCOMPARE(record.at(editorColumn), expectedEditor);
        ++checked;
    }
    QCOMPARE(checked, lastWritten.size());
    qInfo("%d reviews: %d written, %d unchanged (exit 0, already so), %d refused (exit 4), %d not stored "
          "(exit 1); %d audit lines; the server was away after %d",
        planned, writes, int(std::accumulate(unchanged.cbegin(), unchanged.cend(), 0)),
        int(std::accumulate(refused.cbegin(), refused.cend(), 0)),
        int(std::accumulate(notStored.cbegin(), notStored.cend(), 0)), lines, whileAway);
}

QTEST_GUILESS_MAIN(TestTeamWalk)
#include "tst_teamwalk.moc"
