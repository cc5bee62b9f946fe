// ProjectImportJob: the window's import path, without a widget.
#include "project/project.h"
#include "project/projectimportjob.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace FactDesk;

namespace {

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

/// count short articles with a few figures each, in folder.
bool writeArticles(const QString &folder, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("Relevé %1\n\nLa station a mesuré %2 mm de pluie, %3 % de plus "
                                            "qu'en %4, pour un coût de %5 000 euros.")
                                 .arg(i)
                                 .arg(i % 90 + 10)
                                 .arg(i % 40 + 2)
                                 .arg(1990 + i % 30)
                                 .arg(i + 7);
        if (!writeText(QDir(folder).filePath(QStringLiteral("r%1.txt").arg(i, 4, 10, QLatin1Char('0'))), text))
            return false;
    }
    return true;
}

} // namespace

class TestProjectImportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsWhileTheEventLoopTurns();
    void cancelKeepsWholeArticles_data();
    void cancelKeepsWholeArticles();
    void missingPathIsReported();
};

void TestProjectImportJob::importsWhileTheEventLoopTurns()
{
    QTemporaryDir dir;
    QVERIFY(writeArticles(dir.filePath(QStringLiteral("in")), 300));
    QString error;
    Project project;
    QVERIFY(project.attachStore(ProjectStore::create(dir.filePath(QStringLiteral("p.factdesk")), &error), &error));

    ProjectImportJob job(&project);
    QSignalSpy finished(&job, &ProjectImportJob::finished);
    QVector<int> processed;
    connect(&job, &ProjectImportJob::articleDone, this,
        [&](const ArticleOutcome &outcome) { processed << outcome.processed; });
    // Ticks of a timer while the articles arrive: the caller's event loop keeps turning.
    int ticks = 0;
    int ticksWhileImporting = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        if (!processed.isEmpty() && processed.constLast() < 300)
            ++ticksWhileImporting;
    });
    ticker.start();
    QVERIFY(job.start({ dir.filePath(QStringLiteral("in")) }));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start({ dir.filePath(QStringLiteral("in")) })); // one run at a time
    QVERIFY(finished.wait(60000));
    ticker.stop();

    QVERIFY(!job.isRunning());
    QCOMPARE(job.summary().imported.size(), 300);
    QCOMPARE(project.articles().size(), 300);
    QCOMPARE(processed.size(), 300);
    for (int i = 0; i < processed.size(); ++i)
        QCOMPARE(processed.at(i), i + 1);
    QVERIFY2(ticksWhileImporting > 0, qPrintable(QString::number(ticks)));
}

void TestProjectImportJob::cancelKeepsWholeArticles_data()
{
    QTest::addColumn<int>("cancelAfter");
    QTest::newRow("at the first article") << 1;
    QTest::newRow("after 40") << 40;
}

void TestProjectImportJob::cancelKeepsWholeArticles()
{
    QFETCH(int, cancelAfter);
    QTemporaryDir dir;
    QVERIFY(writeArticles(dir.filePath(QStringLiteral("in")), 400));
    const QString projectPath = dir.filePath(QStringLiteral("p.factdesk"));
    QString error;
    QVector<int> factsPerArticle;
    int imported = 0;
    {
        Project project;
        QVERIFY(project.attachStore(ProjectStore::create(projectPath, &error), &error));
        ProjectImportJob job(&project);
        QSignalSpy finished(&job, &ProjectImportJob::finished);
        connect(&job, &ProjectImportJob::articleDone, &job, [&](const ArticleOutcome &outcome) {
            if (outcome.processed == cancelAfter)
                job.cancel();
        });
        QVERIFY(job.start({ dir.filePath(QStringLiteral("in")) }));
        QVERIFY(finished.wait(60000));
        QVERIFY(job.summary().cancelled);
        imported = int(job.summary().imported.size());
        QVERIFY2(imported >= cancelAfter && imported < 400, qPrintable(QString::number(imported)));
        QCOMPARE(project.articles().size(), imported);
        for (const Article &article : project.articles())
            factsPerArticle << int(project.factsOfArticle(article.id).size());
    }
    // What the file holds: the same articles, each with all its facts.
    Project reopened;
    QVERIFY2(reopened.attachStore(ProjectStore::open(projectPath, &error), &error), qPrintable(error));
    QCOMPARE(reopened.articles().size(), imported);
    for (int i = 0; i < imported; ++i) {
        const int facts = int(reopened.factsOfArticle(reopened.articles().at(i).id).size());
        QCOMPARE(facts, factsPerArticle.at(i));
        QVERIFY(facts >= 4);
    }
}

void TestProjectImportJob::missingPathIsReported()
{
    QTemporaryDir dir;
    Project project;
    ProjectImportJob job(&project);
    QSignalSpy finished(&job, &ProjectImportJob::finished);
    QSignalSpy counted(&job, &ProjectImportJob::filesCounted);
    QVERIFY(job.start({ dir.filePath(QStringLiteral("nowhere")) }));
    QVERIFY(finished.wait(10000));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.constFirst().constFirst().toInt(), 1);
    QCOMPARE(job.summary().failed.size(), 1);
    QVERIFY(job.summary().failed.constFirst().fileName.endsWith(QLatin1String("nowhere")));
    QVERIFY(!job.summary().cancelled);
}

QTEST_GUILESS_MAIN(TestProjectImportJob)
#include "tst_projectimportjob.moc"
