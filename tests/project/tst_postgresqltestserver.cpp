// The throwaway server of tools/pgcluster.sh, as the team-project tests rely on it: the QPSQL driver
// loads, each role connects by its URL with the password from PGPASSFILE (never in the URL), the
// roles have the rights their names promise, and a NOTIFY reaches another connection.
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace {

const char *const notSetReason
    = "is not set: the team-project tests need the throwaway PostgreSQL server "
      "that ctest's fixture (tools/pgcluster.sh) or `tools/pgcluster.sh run` starts";

QString environmentUrl(const char *name)
{
    return qEnvironmentVariable(name);
}

QSqlDatabase openUrl(const QString &connectionName, const QString &urlText)
{
    const QUrl url(urlText);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    database.setHostName(url.host());
    database.setPort(url.port(5432));
    database.setUserName(url.userName());
    database.setDatabaseName(url.path().mid(1));
    database.open();
    return database;
}

bool execute(QSqlDatabase &database, const QString &statement, QString *error = nullptr)
{
    QSqlQuery query(database);
    const bool done = query.exec(statement);
    if (!done && error)
        *error = query.lastError().text();
    return done;
}

} // namespace

class TestPostgresqlTestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roleRights_data();
    void roleRights();
    void notificationReachesAnotherConnection();
};

void TestPostgresqlTestServer::initTestCase()
{
    for (const char *name : { "FACTDESK_TEST_PG", "FACTDESK_TEST_PG_EDITOR", "FACTDESK_TEST_PG_READONLY" }) {
        if (environmentUrl(name).isEmpty())
            QFAIL(qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + QLatin1String(notSetReason)));
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
        "Qt's PostgreSQL driver QPSQL is missing: install libqt5sql5-psql (Qt 5) or libqt6sql6-psql (Qt 6)");
    QVERIFY2(
        !QUrl(environmentUrl("FACTDESK_TEST_PG")).password().size(), "the URL must not carry the password");

    QSqlDatabase owner = openUrl(QStringLiteral("owner"), environmentUrl("FACTDESK_TEST_PG"));
    QVERIFY2(owner.isOpen(), qPrintable(owner.lastError().text()));
    QString error;
    QVERIFY2(
        execute(owner, QStringLiteral("DROP TABLE IF EXISTS pgcluster_probe"), &error), qPrintable(error));
    QVERIFY2(execute(owner, QStringLiteral("CREATE TABLE pgcluster_probe (id serial PRIMARY KEY, word text)"),
                 &error),
        qPrintable(error));
    QVERIFY2(execute(owner, QStringLiteral("INSERT INTO pgcluster_probe (word) VALUES ('owner')"), &error),
        qPrintable(error));
}

void TestPostgresqlTestServer::cleanupTestCase()
{
    if (QSqlDatabase::contains(QStringLiteral("owner"))) {
        {
            QSqlDatabase owner = QSqlDatabase::database(QStringLiteral("owner"));
            execute(owner, QStringLiteral("DROP TABLE IF EXISTS pgcluster_probe"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    }
}

void TestPostgresqlTestServer::roleRights_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<bool>("canWrite");
    QTest::addColumn<bool>("canChangeSchema");

    QTest::newRow("owner changes the schema") << QByteArray("FACTDESK_TEST_PG") << true << true;
    QTest::newRow("editor writes rows only") << QByteArray("FACTDESK_TEST_PG_EDITOR") << true << false;
    QTest::newRow("reader only reads") << QByteArray("FACTDESK_TEST_PG_READONLY") << false << false;
}

void TestPostgresqlTestServer::roleRights()
{
    QFETCH(QByteArray, variable);
    QFETCH(bool, canWrite);
    QFETCH(bool, canChangeSchema);

    {
        QSqlDatabase database = openUrl(QStringLiteral("role"), environmentUrl(variable.constData()));
        QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
        QString error;
        QVERIFY2(execute(database, QStringLiteral("SELECT count(*) FROM pgcluster_probe"), &error),
            qPrintable(error));
        QCOMPARE(execute(database, QStringLiteral("INSERT INTO pgcluster_probe (word) VALUES ('written')")),
            canWrite);
        QCOMPARE(execute(database, QStringLiteral("ALTER TABLE pgcluster_probe ADD COLUMN extra text")),
            canChangeSchema);
        if (canChangeSchema)
            QVERIFY(execute(database, QStringLiteral("ALTER TABLE pgcluster_probe DROP COLUMN extra")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("role"));
}

void TestPostgresqlTestServer::notificationReachesAnotherConnection()
{
    {
        QSqlDatabase listener
            = openUrl(QStringLiteral("listener"), environmentUrl("FACTDESK_TEST_PG_READONLY"));
        QSqlDatabase sender = openUrl(QStringLiteral("sender"), environmentUrl("FACTDESK_TEST_PG_EDITOR"));
        QVERIFY(listener.isOpen() && sender.isOpen());
        QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("pgcluster_probe")));
        struct Received
        {
            QString name;
            QSqlDriver::NotificationSource source;
            QString payload;
        };
        QList<Received> received;
        connect(listener.driver(),
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            this,
            [&received](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                received.append({ name, source, payload.toString() });
            });
        QVERIFY(execute(sender, QStringLiteral("NOTIFY pgcluster_probe, 'fact 7'")));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(received.at(0).name, QStringLiteral("pgcluster_probe"));
        QCOMPARE(received.at(0).source, QSqlDriver::OtherSource);
        QCOMPARE(received.at(0).payload, QStringLiteral("fact 7"));
        listener.driver()->disconnect(this);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("listener"));
    QSqlDatabase::removeDatabase(QStringLiteral("sender"));
}

QTEST_GUILESS_MAIN(TestPostgresqlTestServer)
#include "tst_postgresqltestserver.moc"
