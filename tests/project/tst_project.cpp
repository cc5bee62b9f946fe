#include "project/project.h"
#include "project/projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

namespace {

Figure figureAt(const QString &text, const QString &written, const QString &value)
{
    Figure figure;
    figure.start = int(text.indexOf(written));
    figure.end = figure.start + int(written.size());
    figure.kind = FigureKind::Percent;
    figure.value = value;
    figure.unit = QStringLiteral("%");
    return figure;
}

Article article(const QString &text, const QString &title = QStringLiteral("A"))
{
    Article result;
    result.title = title;
    result.language = QStringLiteral("fr");
    result.text = text;
    return result;
}

const QString sampleText = QStringLiteral("Hausse de 1 %, puis 2 %, puis 3 %.");

/// Gives project a new, empty project file in dir.
bool attachNewStore(Project *project, const QTemporaryDir &dir, QString *error)
{
    return project->attachStore(
        ProjectStore::create(dir.filePath(QStringLiteral("p.factdesk")), error), error);
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addArticleSignalsAndRows_data();
    void addArticleSignalsAndRows();
    void addRemoveRestoreFact_data();
    void addRemoveRestoreFact();
    void updateFactAudit();
    void removeArticle_data();
    void removeArticle();
    void replaceArticleText();
    void readOnlyProjectRefusesChanges();
    void storeFailureChangesNothing();
};

void TestProject::addArticleSignalsAndRows_data()
{
    QTest::addColumn<bool>("withStore");
    QTest::newRow("in memory") << false;
    QTest::newRow("with a store") << true;
}

void TestProject::addArticleSignalsAndRows()
{
    QFETCH(bool, withStore);
    QTemporaryDir dir;
    Project project;
    QString error;
    if (withStore)
        QVERIFY(attachNewStore(&project, dir, &error));
    QSignalSpy added(&project, &Project::articleAdded);
    QSignalSpy aboutToInsert(&project, &Project::factsAboutToBeInserted);
    QSignalSpy inserted(&project, &Project::factsInserted);

    const qint64 first = project.addArticle(article(sampleText),
        { figureAt(sampleText, QStringLiteral("1 %"), QStringLiteral("1")),
            figureAt(sampleText, QStringLiteral("2 %"), QStringLiteral("2")) });
    QVERIFY(first > 0);
    const qint64 second
        = project.addArticle(article(sampleText + QStringLiteral(" Fin."), QStringLiteral("B")),
            { figureAt(sampleText, QStringLiteral("3 %"), QStringLiteral("3")) });
    QVERIFY(second > first);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(1).at(0).toInt(), 1);
    QCOMPARE(aboutToInsert.size(), 2);
    QCOMPARE(inserted.at(0).at(0).toInt(), 0);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(0).toInt(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(project.facts().size(), 3);
    QCOMPARE(project.facts().at(2).articleId, second);
    QCOMPARE(project.facts().at(0).quote, QStringLiteral("1 %"));
    QCOMPARE(project.pendingCount(), 3);
    QCOMPARE(project.pendingCount(first), 2);
    QVERIFY(project.findArticleBySha256(article(sampleText).sha256()));

    if (withStore) {
        const QString path = project.filePath();
        const qint64 lastFactId = project.facts().at(2).id;
        project.attachStore(nullptr); // closes the file
        Project reopened;
        QSignalSpy reset(&reopened, &Project::reset);
        QVERIFY2(reopened.attachStore(ProjectStore::open(path, &error), &error), qPrintable(error));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reopened.articles().size(), 2);
        QCOMPARE(reopened.facts().size(), 3);
        QCOMPARE(reopened.indexOfFact(lastFactId), 2);
        // New ids continue after the loaded ones.
        QVERIFY(reopened.addArticle(article(QStringLiteral("Autre 9 %.")), {}) > second);
    }
}

void TestProject::addRemoveRestoreFact_data()
{
    addArticleSignalsAndRows_data();
}

void TestProject::addRemoveRestoreFact()
{
    QFETCH(bool, withStore);
    QTemporaryDir dir;
    Project project;
    QString error;
    if (withStore)
        QVERIFY(attachNewStore(&project, dir, &error));
    const qint64 articleId = project.addArticle(
        article(sampleText), { figureAt(sampleText, QStringLiteral("1 %"), QStringLiteral("1")) });

    Fact manual;
    manual.articleId = articleId;
    manual.origin = FactOrigin::Manual;
    manual.figure = figureAt(sampleText, QStringLiteral("3 %"), QStringLiteral("3"));
    QSignalSpy inserted(&project, &Project::factsInserted);
    const qint64 id = project.addFact(manual);
    QVERIFY(id > 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(project.fact(id)->quote, QStringLiteral("3 %"));

    Fact unknownArticle = manual;
    unknownArticle.articleId = 999;
    QCOMPARE(project.addFact(unknownArticle), qint64(0));
    QVERIFY(!project.lastError().isEmpty());

    const Fact removed = *project.fact(id);
    QSignalSpy aboutToRemove(&project, &Project::factsAboutToBeRemoved);
    QSignalSpy removedSpy(&project, &Project::factsRemoved);
    QVERIFY(project.removeFact(id));
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(removedSpy.at(0).at(0).toInt(), 1);
    QVERIFY(!project.fact(id));
    QVERIFY(!project.removeFact(id));

    QVERIFY(project.restoreFact(removed));
    QCOMPARE(project.fact(id)->figure, removed.figure);
    QVERIFY(!project.restoreFact(removed)); // already there

    if (withStore) {
        const QVector<AuditEntry> log = project.store()->auditLog(id);
        QStringList actions;
        for (const AuditEntry &entry : log)
            actions << entry.action;
        QCOMPARE(actions,
            QStringList(
                { QStringLiteral("add fact"), QStringLiteral("remove fact"), QStringLiteral("add fact") }));
    }
}

void TestProject::updateFactAudit()
{
    QTemporaryDir dir;
    Project project;
    project.setEditor(QStringLiteral("Camille"));
    QString error;
    QVERIFY(attachNewStore(&project, dir, &error));
    project.addArticle(
        article(sampleText), { figureAt(sampleText, QStringLiteral("1 %"), QStringLiteral("1")) });
    const Fact original = project.facts().first();
    QSignalSpy changed(&project, &Project::factChanged);

    Fact confirmed = original;
    confirmed.status = ReviewStatus::Confirmed;
    confirmed.figure.value = QStringLiteral("999"); // ignored: extracted figures are not edited
    // Who and when are the Reviewer's to decide; the project writes them as given.
    confirmed.editor = QStringLiteral("Camille");
    confirmed.reviewedAt = QDateTime::fromString(QStringLiteral("2025-11-02T09:30:15Z"), Qt::ISODate);
    QVERIFY(project.updateFact(confirmed, QStringLiteral("confirm")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 0);
    const Fact &now = project.facts().first();
    QCOMPARE(now.editor, QStringLiteral("Camille"));
    QCOMPARE(now.reviewedAt, confirmed.reviewedAt);
    QCOMPARE(now.figure.value, QStringLiteral("1"));

    // An undo names the version its own step produced (the Reviewer keeps it in the step).
    Fact undo = original;
    undo.version = now.version;
    QVERIFY(project.updateFact(undo, QStringLiteral("undo confirm")));
    QCOMPARE(toString(project.facts().first().status), toString(ReviewStatus::Pending));

    const QVector<AuditEntry> log = project.store()->auditLog(original.id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).action, QStringLiteral("confirm"));
    QCOMPARE(log.at(0).editor, QStringLiteral("Camille"));
    QCOMPARE(log.at(1).action, QStringLiteral("undo confirm"));
    QVERIFY(log.at(1).before.contains(QLatin1String("confirmed")));
    QVERIFY(log.at(1).after.contains(QLatin1String("pending")));

    Fact missing = original;
    missing.id = 12345;
    QVERIFY(!project.updateFact(missing, QStringLiteral("confirm")));
}

void TestProject::removeArticle_data()
{
    addArticleSignalsAndRows_data();
}

void TestProject::removeArticle()
{
    QFETCH(bool, withStore);
    QTemporaryDir dir;
    Project project;
    QString error;
    if (withStore)
        QVERIFY(attachNewStore(&project, dir, &error));
    const qint64 a = project.addArticle(article(sampleText),
        { figureAt(sampleText, QStringLiteral("1 %"), QStringLiteral("1")),
            figureAt(sampleText, QStringLiteral("2 %"), QStringLiteral("2")) });
    const QString other = QStringLiteral("Baisse de 5 %.");
    const qint64 b = project.addArticle(
        article(other, QStringLiteral("B")), { figureAt(other, QStringLiteral("5 %"), QStringLiteral("5")) });
    QSignalSpy factsRemoved(&project, &Project::factsRemoved);
    QSignalSpy articleRemoved(&project, &Project::articleRemoved);
    QVERIFY(project.removeArticle(a));
    QCOMPARE(factsRemoved.size(), 2);
    QCOMPARE(articleRemoved.size(), 1);
    QCOMPARE(project.articles().size(), 1);
    QCOMPARE(project.facts().size(), 1);
    QCOMPARE(project.facts().first().articleId, b);
    QCOMPARE(project.indexOfFact(project.facts().first().id), 0);
    QVERIFY(!project.removeArticle(a));
}

void TestProject::replaceArticleText()
{
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY(attachNewStore(&project, dir, &error));
    const qint64 id = project.addArticle(
        article(sampleText), { figureAt(sampleText, QStringLiteral("2 %"), QStringLiteral("2")) });
    Fact fact = project.facts().first();
    fact.status = ReviewStatus::Confirmed;
    QVERIFY(project.updateFact(fact, QStringLiteral("confirm")));

    Article updated = *project.article(id);
    updated.text = QStringLiteral("Nouveau début. ") + sampleText;
    Fact moved = project.facts().first();
    moved.figure.start += 15;
    moved.figure.end += 15;
    moved.anchorIn(updated.text);
    QSignalSpy changed(&project, &Project::factChanged);
    QSignalSpy inserted(&project, &Project::factsInserted);
    QVERIFY(project.replaceArticleText(
        updated, { moved }, { figureAt(updated.text, QStringLiteral("3 %"), QStringLiteral("3")) }));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(project.facts().size(), 2);
    QCOMPARE(toString(project.facts().at(0).status), toString(ReviewStatus::Confirmed));
    QCOMPARE(project.facts().at(1).quote, QStringLiteral("3 %"));

    const QString path = project.filePath();
    project.attachStore(nullptr);
    Project reopened;
    QVERIFY(reopened.attachStore(ProjectStore::open(path, &error), &error));
    QCOMPARE(reopened.articles().first().text, updated.text);
    QCOMPARE(reopened.facts().at(0).figure.start, moved.figure.start);
    QCOMPARE(toString(reopened.facts().at(0).status), toString(ReviewStatus::Confirmed));
    QCOMPARE(reopened.store()->auditLog().last().action, QStringLiteral("reimport article"));

    Fact foreign = reopened.facts().at(0);
    foreign.articleId = 42;
    QVERIFY(!reopened.replaceArticleText(reopened.articles().first(), { foreign }, {}));
}

void TestProject::readOnlyProjectRefusesChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.factdesk"));
    QString error;
    {
        Project project;
        QVERIFY(project.attachStore(ProjectStore::create(path, &error), &error));
        project.addArticle(
            article(sampleText), { figureAt(sampleText, QStringLiteral("1 %"), QStringLiteral("1")) });
    }
    Project project;
    QVERIFY(project.attachStore(ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly), &error));
    QVERIFY(project.isReadOnly());
    QSignalSpy changed(&project, &Project::factChanged);
    Fact fact = project.facts().first();
    fact.status = ReviewStatus::Confirmed;
    QVERIFY(!project.updateFact(fact, QStringLiteral("confirm")));
    QVERIFY(project.lastError().contains(QLatin1String("read-only")));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(toString(project.facts().first().status), toString(ReviewStatus::Pending));
    QCOMPARE(project.addArticle(article(QStringLiteral("x")), {}), qint64(0));
}

void TestProject::storeFailureChangesNothing()
{
    // A fact id that the file already holds makes the INSERT fail: the
    // project must stay as it was and say why.
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY(attachNewStore(&project, dir, &error));
    const qint64 articleId = project.addArticle(
        article(sampleText), { figureAt(sampleText, QStringLiteral("1 %"), QStringLiteral("1")) });
    Fact clash = project.facts().first();
    clash.id = clash.id + 1;
    QVERIFY(project.store()->insertFact(clash, QStringLiteral("x"), &error)); // behind the project's back
    QSignalSpy inserted(&project, &Project::factsInserted);
    Fact manual;
    manual.articleId = articleId;
    manual.origin = FactOrigin::Manual;
    manual.figure = figureAt(sampleText, QStringLiteral("2 %"), QStringLiteral("2"));
    QCOMPARE(project.addFact(manual), qint64(0));
    QVERIFY(!project.lastError().isEmpty());
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(project.facts().size(), 1);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
