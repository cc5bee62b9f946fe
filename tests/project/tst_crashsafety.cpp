#include "project/project.h"
#include "project/projectstore.h"

#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killMidStream_data();
    void killMidStream();
};

void TestCrashSafety::killMidStream_data()
{
    QTest::addColumn<int>("killAfterAck");
    QTest::newRow("right after opening") << -1;
    QTest::newRow("after the first action") << 0;
    QTest::newRow("after 7 actions") << 6;
    QTest::newRow("after 40 actions") << 39;
    QTest::newRow("after 150 actions") << 149;
}

void TestCrashSafety::killMidStream()
{
    QFETCH(int, killAfterAck);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.factdesk"));
    QString error;
    {
        Project project;
        QVERIFY2(project.attachStore(ProjectStore::create(path, &error), &error), qPrintable(error));
        QString text;
        QVector<Figure> figures;
        for (int i = 0; i < 20; ++i) {
            Figure figure;
            figure.start = int(text.size()) + 10;
            text += QStringLiteral("Ligne %1 : %2 % de hausse.\n").arg(i, 2, 10, QLatin1Char('0')).arg(i);
            figure.end = figure.start + 1 + (i >= 10 ? 1 : 0);
            figure.kind = FigureKind::Percent;
            figure.value = QString::number(i);
            figures.append(figure);
        }
        Article article;
        article.title = QStringLiteral("Crash");
        article.text = text;
        QVERIFY(project.addArticle(article, figures));
    }

    QProcess helper;
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    helper.start(QStringLiteral(FACTDESK_CRASH_HELPER), { path, QStringLiteral("100000") });
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
    int lastAck = -1;
    bool ready = false;
    QByteArray pending;
    while (lastAck < killAfterAck || !ready) {
        if (!helper.canReadLine() && !helper.waitForReadyRead(30000))
            QFAIL(qPrintable(QStringLiteral("helper stopped: %1")
                                 .arg(QString::fromLocal8Bit(helper.readAllStandardError()))));
        while (helper.canReadLine()) {
            const QByteArray line = helper.readLine().trimmed();
            if (line == "ready")
                ready = true;
            else if (line.startsWith("ack "))
                lastAck = line.mid(4).toInt();
        }
    }
    helper.kill(); // SIGKILL: no destructor, no checkpoint, no unlock
    QVERIFY(helper.waitForFinished(30000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    // Acks read after the kill still count: they were printed after their commit.
    while (helper.canReadLine()) {
        const QByteArray line = helper.readLine().trimmed();
        if (line.startsWith("ack "))
            lastAck = line.mid(4).toInt();
    }
    QVERIFY(lastAck >= killAfterAck);

    // The lock of the dead helper is stale: opening must succeed.
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QSet<int> logged;
    for (const AuditEntry &entry : store->auditLog()) {
        if (entry.action.startsWith(QLatin1String("review ")))
            logged.insert(entry.action.mid(7).toInt());
    }
    for (int i = 0; i <= lastAck; ++i)
        QVERIFY2(logged.contains(i), qPrintable(QStringLiteral("acknowledged action %1 is missing").arg(i)));
    // At most the one action in flight may have been committed without its ack.
    QVERIFY(logged.size() <= lastAck + 2);

    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(store->load(&articles, &facts, &error));
    QCOMPARE(facts.size(), 20);
    // The state of each fact matches the last logged action on it.
    const int lastLogged = logged.isEmpty() ? -1 : *std::max_element(logged.cbegin(), logged.cend());
    if (lastLogged >= 0) {
        const Fact &last = facts.at(lastLogged % 20);
        QCOMPARE(last.note, QStringLiteral("action %1").arg(lastLogged));
    }
    store.reset();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
