// The analyst's decisions on the story ledger: applied, stored in the project,
// logged, undone, and an old project migrated to hold them.
#include "storyfixture.h"

#include "project/projectstore.h"
#include "story/storyledger.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

class TestStoryDecisions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void decision_data();
    void decision();
    void verdictSettlesConflict();
    void undoPutsTheLedgerBack();
    void decisionsPersistAndAreLogged();
    void oldProjectMigrates();
    void readOnlyProjectRefuses();

private:
    qint64 fact(const char *key, const char *quote) const
    {
        return StoryFixture::factId(*m_project, QString::fromLatin1(key), QString::fromUtf8(quote));
    }
    bool apply(const StoryDecisions &decisions, const char *action)
    {
        const bool done = m_project->setStoryDecisions(decisions, QString::fromLatin1(action));
        m_ledger->refresh();
        return done;
    }
    void openProject(const QString &path)
    {
        m_ledger.reset();
        m_project = std::make_unique<Project>();
        QString error;
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(m_project->attachStore(std::move(store), &error), qPrintable(error));
        m_ledger = std::make_unique<StoryLedger>(m_project.get());
        m_ledger->refresh();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<StoryLedger> m_ledger;
};

void TestStoryDecisions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("story.factdesk"));
    QString error;
    auto store = ProjectStore::create(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    m_project = std::make_unique<Project>();
    m_project->setEditor(QStringLiteral("léa"));
    QVERIFY(m_project->attachStore(std::move(store), &error));
    StoryFixture::fill(m_project.get());
    m_ledger = std::make_unique<StoryLedger>(m_project.get());
    m_ledger->refresh();
}

void TestStoryDecisions::cleanup()
{
    m_ledger.reset();
    m_project.reset();
    m_dir.reset();
}

void TestStoryDecisions::decision_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("accept") << QStringLiteral("accept measure");
    QTest::newRow("name") << QStringLiteral("name measure");
    QTest::newRow("move out") << QStringLiteral("move fact");
    QTest::newRow("move into another") << QStringLiteral("move fact into");
    QTest::newRow("merge") << QStringLiteral("merge measures");
}

void TestStoryDecisions::decision()
{
    QFETCH(QString, action);
    const qint64 price = fact("norvane_fr", "2,4 milliards d'euros");
    const qint64 trap = fact("norvane_trap", "2,4 millions d'euros");
    const qint64 revenue = fact("norvane_fr", "7,5 milliards d'euros");
    const Measure *measure = m_ledger->measureOfFact(price);
    QVERIFY(measure);
    const qint64 priceMeasure = measure->id;
    const qint64 revenueMeasure = m_ledger->measureOfFact(revenue)->id;
    QVERIFY(priceMeasure != revenueMeasure);

    if (action == QLatin1String("accept measure")) {
        QVERIFY(!measure->accepted);
        QVERIFY(apply(m_ledger->accepting(priceMeasure), "accept measure"));
        QVERIFY(m_ledger->measure(priceMeasure)->accepted);
    } else if (action == QLatin1String("name measure")) {
        QVERIFY(apply(m_ledger->naming(priceMeasure, QStringLiteral(" Prix de Tessaly ")), "name measure"));
        QCOMPARE(m_ledger->measure(priceMeasure)->name, QStringLiteral("Prix de Tessaly"));
        QVERIFY(m_ledger->measure(priceMeasure)->named);
    } else if (action == QLatin1String("move fact")) {
        QVERIFY(apply(m_ledger->moving(trap, 0), "move fact"));
        QVERIFY(!m_ledger->measureOfFact(trap));
        QCOMPARE(m_ledger->measureOfFact(price)->id, priceMeasure);
        for (const MeasurePair &pair : m_ledger->measure(priceMeasure)->pairs)
            QVERIFY(pair.label != PairLabel::ScaleTrap);
    } else if (action == QLatin1String("move fact into")) {
        QVERIFY(apply(m_ledger->moving(trap, revenueMeasure), "move fact"));
        QCOMPARE(m_ledger->measureOfFact(trap)->id, revenueMeasure);
        QVERIFY(!m_ledger->measure(priceMeasure)->factIds.contains(trap));
    } else {
        const int facts = m_ledger->measure(priceMeasure)->factIds.size()
            + m_ledger->measure(revenueMeasure)->factIds.size();
        QVERIFY(apply(m_ledger->merging(revenueMeasure, priceMeasure), "merge measures"));
        QVERIFY(!m_ledger->measure(revenueMeasure));
        QCOMPARE(m_ledger->measure(priceMeasure)->factIds.size(), facts);
        QCOMPARE(m_ledger->measureOfFact(revenue)->id, priceMeasure);
    }
    // Another refresh with nothing new changes nothing.
    const QVector<Measure> before = m_ledger->measures();
    m_ledger->refresh();
    QCOMPARE(m_ledger->measures().size(), before.size());
}

void TestStoryDecisions::verdictSettlesConflict()
{
    const qint64 price = fact("norvane_en", "€2.35 billion");
    const qint64 disputed = fact("norvane_conflict", "2,9 milliards d'euros");
    const int open = m_ledger->openConflictCount();
    QVERIFY(
        apply(m_ledger->judging(disputed, price, PairVerdict::SecondRight, QStringLiteral("prix officiel")),
            "set verdict"));
    QCOMPARE(m_ledger->openConflictCount(), open - 1);
    const Measure *measure = m_ledger->measureOfFact(price);
    bool seen = false;
    for (const MeasurePair &pair : measure->pairs) {
        if (pair.first == std::min(price, disputed) && pair.second == std::max(price, disputed)) {
            seen = true;
            QCOMPARE(toString(pair.verdict), QStringLiteral("second_right"));
            QCOMPARE(pair.note, QStringLiteral("prix officiel"));
            QCOMPARE(
                toString(pair.label), QStringLiteral("conflict")); // the label stays what the figures say
        }
    }
    QVERIFY(seen);
    // No verdict and no note: the pair is open again.
    QVERIFY(apply(m_ledger->judging(price, disputed, PairVerdict::None, QString()), "clear verdict"));
    QCOMPARE(m_ledger->openConflictCount(), open);
    QVERIFY(m_project->storyDecisions().verdicts.isEmpty());
}

void TestStoryDecisions::undoPutsTheLedgerBack()
{
    const qint64 trap = fact("norvane_trap", "2,4 millions d'euros");
    const qint64 measureId = m_ledger->measureOfFact(trap)->id;
    const StoryDecisions before = m_project->storyDecisions();
    QVERIFY(apply(m_ledger->moving(trap, 0), "move fact"));
    QVERIFY(!m_ledger->measureOfFact(trap));
    QVERIFY(apply(before, "undo move fact"));
    QCOMPARE(m_ledger->measureOfFact(trap)->id, measureId);
    QVERIFY(m_project->storyDecisions().isEmpty());
}

void TestStoryDecisions::decisionsPersistAndAreLogged()
{
    const qint64 price = fact("norvane_fr", "2,4 milliards d'euros");
    const qint64 disputed = fact("norvane_conflict", "2,9 milliards d'euros");
    const qint64 trap = fact("norvane_trap", "2,4 millions d'euros");
    const qint64 measureId = m_ledger->measureOfFact(price)->id;
    QVERIFY(apply(m_ledger->naming(measureId, QStringLiteral("Prix de Tessaly")), "name measure"));
    QVERIFY(apply(m_ledger->moving(trap, 0), "move fact"));
    QVERIFY(apply(m_ledger->judging(price, disputed, PairVerdict::FirstRight, QStringLiteral("communiqué")),
        "set verdict"));
    const StoryDecisions saved = m_project->storyDecisions();

    const QVector<AuditEntry> log = m_project->store()->auditLog();
    QStringList actions;
    for (const AuditEntry &entry : log) {
        if (entry.factId == 0 && entry.articleId == 0)
            actions << entry.action;
    }
    QCOMPARE(actions,
        QStringList(
            { QStringLiteral("name measure"), QStringLiteral("move fact"), QStringLiteral("set verdict") }));
    QVERIFY(log.last().after.contains(QStringLiteral("first_right")));
    QVERIFY(log.last().before.isEmpty());

    openProject(m_path);
    QCOMPARE(m_project->storyDecisions(), saved);
    QCOMPARE(m_ledger->measure(measureId)->name, QStringLiteral("Prix de Tessaly"));
    QVERIFY(!m_ledger->measureOfFact(trap));
}

void TestStoryDecisions::oldProjectMigrates()
{
    // A project of schema 1, as FactDesk wrote it before the story ledger and the as-of column.
    m_ledger.reset();
    m_project.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *table : { "story_measures", "story_assignments", "story_verdicts" })
            QVERIFY(query.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        // Schema 3's column too: a schema-1 project never had it.
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE facts DROP COLUMN as_of")));
        // And schema 4's (team projects): fact versions, the audit log's role, outcome and attempt, presence.
        QVERIFY(query.exec(QStringLiteral("DROP TABLE presence")));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX audit_log_attempt")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE facts DROP COLUMN version")));
        for (const char *column : { "db_role", "outcome", "attempt" })
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    openProject(m_path);
    QVERIFY(m_project->storyDecisions().isEmpty());
    QVERIFY(!m_ledger->measures().isEmpty());
    const qint64 price = fact("norvane_fr", "2,4 milliards d'euros");
    QVERIFY(apply(m_ledger->accepting(m_ledger->measureOfFact(price)->id), "accept measure"));
    openProject(m_path);
    QVERIFY(m_ledger->measureOfFact(price)->accepted);
}

void TestStoryDecisions::readOnlyProjectRefuses()
{
    m_ledger.reset();
    m_project.reset();
    m_project = std::make_unique<Project>();
    QString error;
    QVERIFY(
        m_project->attachStore(ProjectStore::open(m_path, &error, ProjectStore::OpenMode::ReadOnly), &error));
    m_ledger = std::make_unique<StoryLedger>(m_project.get());
    m_ledger->refresh();
    const qint64 price = fact("norvane_fr", "2,4 milliards d'euros");
    QVERIFY(!m_project->setStoryDecisions(
        m_ledger->accepting(m_ledger->measureOfFact(price)->id), QStringLiteral("accept measure")));
    QVERIFY(!m_project->lastError().isEmpty());
    QVERIFY(m_project->storyDecisions().isEmpty());
}

QTEST_GUILESS_MAIN(TestStoryDecisions)
#include "tst_storydecisions.moc"
