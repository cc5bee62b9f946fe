#include "project/projectlocation.h"

#include <QTest>

using namespace FactDesk;

class TestProjectLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
};

void TestProjectLocation::parse_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("team");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("connectOptions");
    QTest::addColumn<QString>("shown");

    QTest::newRow("URL with TLS") << QStringLiteral("postgresql://anna@db.example/desk?sslmode=verify-full")
                                  << true << QStringLiteral("db.example") << -1 << QStringLiteral("desk")
                                  << QStringLiteral("anna") << QStringLiteral("sslmode=verify-full")
                                  << QStringLiteral("postgresql://anna@db.example/desk?sslmode=verify-full");
    QTest::newRow("local socket") << QStringLiteral("postgresql:///desk") << true << QString() << -1
                                  << QStringLiteral("desk") << QString() << QString()
                                  << QStringLiteral("postgresql:///desk");
    QTest::newRow("port and two TLS options")
        << QStringLiteral(
               "postgres://bob@10.0.0.5:6543/news?sslmode=verify-ca&sslrootcert=/etc/ca%20root.pem")
        << true << QStringLiteral("10.0.0.5") << 6543 << QStringLiteral("news") << QStringLiteral("bob")
        << QStringLiteral("sslmode=verify-ca;sslrootcert='/etc/ca root.pem'")
        << QStringLiteral(
               "postgresql://bob@10.0.0.5:6543/news?sslmode=verify-ca&sslrootcert=/etc/ca%20root.pem");
    QTest::newRow("socket folder in the query")
        << QStringLiteral("postgresql:///desk?host=/tmp&port=55432") << true << QStringLiteral("/tmp")
        << 55432 << QStringLiteral("desk") << QString() << QString()
        << QStringLiteral("postgresql://:55432/desk?host=/tmp");
    QTest::newRow("service") << QStringLiteral("service=desk") << true << QString() << -1 << QString()
                             << QString() << QStringLiteral("service=desk") << QStringLiteral("service=desk");
    QTest::newRow("keywords") << QStringLiteral("dbname=desk user='anna b' sslmode=require") << true
                              << QString() << -1 << QStringLiteral("desk") << QStringLiteral("anna b")
                              << QStringLiteral("sslmode=require")
                              << QStringLiteral("postgresql://anna%20b@/desk?sslmode=require");
    QTest::newRow("file") << QStringLiteral("/data/story.factdesk") << false << QString() << -1 << QString()
                          << QString() << QString() << QStringLiteral("/data/story.factdesk");
}

void TestProjectLocation::parse()
{
    QFETCH(QString, given);
    QFETCH(bool, team);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, connectOptions);
    QFETCH(QString, shown);
    ProjectLocation location;
    QString error;
    QVERIFY2(ProjectLocation::parse(given, &location, &error), qPrintable(error));
    QCOMPARE(location.isTeam(), team);
    QCOMPARE(ProjectLocation::looksLikeTeamProject(given), team);
    QCOMPARE(location.host(), host);
    QCOMPARE(location.port(), port);
    QCOMPARE(location.databaseName(), database);
    QCOMPARE(location.userName(), user);
    QCOMPARE(location.connectOptions(), connectOptions);
    QCOMPARE(location.toDisplayString(), shown);
    // What is shown reads back as the same place.
    ProjectLocation again;
    QVERIFY2(ProjectLocation::parse(location.toDisplayString(), &again, &error), qPrintable(error));
    QCOMPARE(again, location);
}

void TestProjectLocation::refused_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("message");
    QTest::newRow("password in the URL")
        << QStringLiteral("postgresql://anna:s3cret@db.example/desk")
        << QStringLiteral(
               "postgresql://anna@db.example/desk holds a password: FactDesk never takes one from a "
               "project's address. Put it in ~/.pgpass (or the file PGPASSFILE names), or let FactDesk ask "
               "for it.");
    QTest::newRow("password parameter") << QStringLiteral("postgresql://db.example/desk?password=s3cret")
                                        << QStringLiteral("postgresql://db.example/desk holds a password");
    QTest::newRow("password keyword")
        << QStringLiteral("service=desk password=s3cret") << QStringLiteral("service=desk holds a password");
    QTest::newRow("bad port") << QStringLiteral("dbname=desk port=http")
                              << QStringLiteral("dbname=desk port=http: http is not a port number.");
    QTest::newRow("nothing") << QString() << QStringLiteral("No project was given.");
}

void TestProjectLocation::refused()
{
    QFETCH(QString, given);
    QFETCH(QString, message);
    ProjectLocation location;
    QString error;
    QVERIFY(!ProjectLocation::parse(given, &location, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    // A refusal never shows the password it refuses.
    QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProjectLocation)
#include "tst_projectlocation.moc"
