// The story ledger in the exports: a fact's measure, open conflicts and failed
// checks in CSV and JSON, and the ledger itself (export --measures).
#include "../project/csvparser.h"
#include "storyfixture.h"

#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "export/measurerows.h"
#include "story/storyledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

class TestStoryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvColumns_data();
    void csvColumns();
    void jsonKeys();
    void measureRows_data();
    void measureRows();
    void measuresCsvAndJson();
    void cliMeasures();

private:
    qint64 fact(const QString &key, const QString &quote) const
    {
        return StoryFixture::factId(m_project, key, quote);
    }

    Project m_project;
    std::unique_ptr<StoryLedger> m_ledger;
    QVector<QStringList> m_records; ///< the CSV of every fact, header first
};

void TestStoryExport::initTestCase()
{
    StoryFixture::fill(&m_project);
    m_ledger = std::make_unique<StoryLedger>(&m_project);
    m_ledger->refresh();
    CsvWriter writer(m_project);
    writer.setAllFacts(true);
    QString error;
    QVERIFY2(parseStrictCsv(QString::fromUtf8(writer.toCsv()), QLatin1Char(','), &m_records, &error),
        qPrintable(error));
    QCOMPARE(m_records.size(), m_project.facts().size() + 1);
}

void TestStoryExport::csvColumns_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("term"); ///< the measure's name begins with it, "" for no measure
    QTest::addColumn<QString>("conflict"); ///< in open_conflicts, with %1 for the other fact's id
    QTest::addColumn<QString>("otherArticle");
    QTest::addColumn<QString>("otherQuote");
    QTest::addColumn<QString>("failedRule"); ///< the rule of a failed check it is in, "" for none

    QTest::newRow("an update is no open conflict")
        << "brivane_may" << "40 %" << "stake (" << "" << "" << "" << "";
    QTest::newRow("a stake's value in conflict, its check failed")
        << "brivane_en" << "€30 billion" << "stake value (" << "conflict:%1" << "brivane_oct"
        << "26,4 milliards d'euros" << "percent_of";
    QTest::newRow("milliards read as millions")
        << "norvane_trap" << "2,4 millions d'euros" << "deal value (" << "scale_trap:%1"
        << "norvane_fr" << "2,4 milliards d'euros" << "";
    QTest::newRow("funds raised, of no measure") << "brivane_may" << "6 milliards d'euros" << "" << "" << "" << ""
                                                 << "";
}

void TestStoryExport::csvColumns()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, term);
    QFETCH(QString, conflict);
    QFETCH(QString, otherArticle);
    QFETCH(QString, otherQuote);
    QFETCH(QString, failedRule);
    const QStringList header = m_records.first();
    const qint64 id = fact(article, quote);
    QVERIFY(id);
    QStringList record;
    for (const QStringList &candidate : std::as_const(m_records)) {
        if (candidate.first() == QString::number(id))
            record = candidate;
    }
    QVERIFY(!record.isEmpty());
    const auto column = [&](const char *name) { return record.at(header.indexOf(QLatin1String(name))); };
    const Measure *inLedger = m_ledger->measureOfFact(id);
    QCOMPARE(bool(inLedger), !term.isEmpty());
    QCOMPARE(column("measure"), inLedger ? inLedger->name : QString());
    QVERIFY(term.isEmpty() || column("measure").startsWith(term));
    QCOMPARE(column("measure_id"), inLedger ? QString::number(inLedger->id) : QString());
    const QStringList conflicts = column("open_conflicts").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (conflict.isEmpty())
        QVERIFY(conflicts.isEmpty());
    else
        QVERIFY2(conflicts.contains(conflict.arg(fact(otherArticle, otherQuote))), qPrintable(conflicts.join(' ')));
    if (failedRule.isEmpty())
        QCOMPARE(column("failed_checks"), QString());
    else
        QVERIFY2(column("failed_checks").startsWith(failedRule + QLatin1Char(':')), qPrintable(column("failed_checks")));
}

void TestStoryExport::jsonKeys()
{
    JsonWriter writer(m_project);
    writer.setAllFacts(true);
    const QJsonArray items = writer.toJsonObject()
                                 .value(QLatin1String("first"))
                                 .toObject()
                                 .value(QLatin1String("items"))
                                 .toArray();
    const qint64 english = fact(QStringLiteral("brivane_en"), QStringLiteral("€30 billion"));
    const qint64 french = fact(QStringLiteral("brivane_oct"), QStringLiteral("26,4 milliards d'euros"));
    QJsonObject body;
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("id")).toString().endsWith(QStringLiteral(":%1").arg(english)))
            body = item.toObject().value(QLatin1String("body")).toArray().first().toObject();
    }
    QVERIFY(!body.isEmpty());
    QCOMPARE(body.value(QLatin1String("factdesk:measureId")).toVariant().toLongLong(), m_ledger->measureOfFact(english)->id);
    QCOMPARE(body.value(QLatin1String("factdesk:measure")).toString(), m_ledger->measureOfFact(english)->name);
    const QJsonArray conflicts = body.value(QLatin1String("factdesk:openConflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().toObject().value(QLatin1String("factId")).toVariant().toLongLong(), french);
    QCOMPARE(conflicts.first().toObject().value(QLatin1String("label")).toString(), QStringLiteral("conflict"));
    const QJsonArray checks = body.value(QLatin1String("factdesk:failedChecks")).toArray();
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().toObject().value(QLatin1String("rule")).toString(), QStringLiteral("percent_of"));
    QCOMPARE(checks.first().toObject().value(QLatin1String("computed")).toString(), QStringLiteral("26400000000"));
    QCOMPARE(checks.first().toObject().value(QLatin1String("stated")).toString(), QStringLiteral("30000000000"));
}

void TestStoryExport::measureRows_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("openConflicts");
    QTest::addColumn<QString>("label"); ///< a label of the row, with %1 for the other fact
    QTest::addColumn<QString>("otherArticle");
    QTest::addColumn<QString>("otherQuote");

    QTest::newRow("a valuation in May, updated")
        << "brivane_may" << "80 milliards d'euros" << "2025-05" << 0 << "update:%1" << "brivane_oct"
        << "120 milliards d'euros";
    QTest::newRow("a stake's value in October, disputed")
        << "brivane_oct" << "26,4 milliards d'euros" << "2025-10" << 1 << "conflict:%1" << "brivane_en"
        << "€30 billion";
}

void TestStoryExport::measureRows()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, asOf);
    QFETCH(int, openConflicts);
    QFETCH(QString, label);
    QFETCH(QString, otherArticle);
    QFETCH(QString, otherQuote);
    const MeasureRows rows(m_project, m_ledger.get());
    const qint64 id = fact(article, quote);
    const MeasureRow *found = nullptr;
    int rowsOfMeasure = 0;
    for (int i = 0; i < rows.count(); ++i) {
        if (rows.at(i).measureId == m_ledger->measureOfFact(id)->id)
            ++rowsOfMeasure;
        if (rows.at(i).factIds.contains(id))
            found = &rows.at(i);
    }
    QVERIFY(found);
    // One row per measure and article.
    QSet<qint64> articles;
    for (qint64 factId : m_ledger->measureOfFact(id)->factIds)
        articles.insert(m_project.fact(factId)->articleId);
    QCOMPARE(rowsOfMeasure, articles.size());
    QCOMPARE(found->articleId, StoryFixture::articleId(m_project, article));
    QCOMPARE(found->asOf, QStringList { asOf });
    QCOMPARE(found->values, QStringList { m_project.fact(id)->finalValue() });
    QCOMPARE(found->openConflicts, openConflicts);
    QVERIFY(found->labels.contains(label.arg(fact(otherArticle, otherQuote))));
}

void TestStoryExport::measuresCsvAndJson()
{
    CsvWriter csv(m_project);
    csv.setStoryLedger(m_ledger.get());
    csv.setMeasures(true);
    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(QString::fromUtf8(csv.toCsv()), QLatin1Char(','), &records, &error), qPrintable(error));
    QCOMPARE(records.first(), MeasureRows::columnNames());
    const MeasureRows rows(m_project, m_ledger.get());
    QCOMPARE(records.size(), rows.count() + 1);
    QCOMPARE(csv.rowCount(), rows.count());

    JsonWriter json(m_project);
    json.setMeasures(true);
    const QJsonDocument document = QJsonDocument::fromJson(json.toJson());
    const QJsonArray measures = document.object().value(QLatin1String("measures")).toArray();
    QCOMPARE(measures.size(), rows.count());
    const QJsonObject first = measures.first().toObject();
    for (const QString &key : MeasureRows::columnNames())
        QVERIFY2(first.contains(key), qPrintable(key));
    // Measures with an open conflict come first, as in the ledger.
    QVERIFY(first.value(QLatin1String("open_conflicts")).toInt() > 0
        || m_ledger->measure(first.value(QLatin1String("measure_id")).toVariant().toLongLong())->openConflicts() > 0);
}

void TestStoryExport::cliMeasures()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("story.factdesk"));
    QProcess import;
    import.start(QStringLiteral(FACTDESK_CLI_PATH),
        { QStringLiteral("import"), project, QStringLiteral(FACTDESK_SOURCE_DIR "/resources/samples") });
    QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitCode(), 0);
    QProcess exporting;
    exporting.start(QStringLiteral(FACTDESK_CLI_PATH),
        { QStringLiteral("export"), project, QStringLiteral("--measures"), QStringLiteral("--format"),
            QStringLiteral("json") });
    QVERIFY(exporting.waitForFinished(120000));
    QCOMPARE(exporting.exitCode(), 0);
    const QJsonArray measures
        = QJsonDocument::fromJson(exporting.readAllStandardOutput()).object().value(QLatin1String("measures")).toArray();
    QVERIFY(!measures.isEmpty());
    // The samples' 500 against 300 milliards: a conflict in the first rows.
    QVERIFY(measures.first().toObject().value(QLatin1String("open_conflicts")).toInt() > 0);

    QProcess both;
    both.start(QStringLiteral(FACTDESK_CLI_PATH),
        { QStringLiteral("export"), project, QStringLiteral("--measures"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY(both.waitForFinished(120000));
    QCOMPARE(both.exitCode(), 2);
    QVERIFY(both.readAllStandardError().contains("--measures"));
}

QTEST_GUILESS_MAIN(TestStoryExport)
#include "tst_storyexport.moc"
