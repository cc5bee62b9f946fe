// factdesk-cli story on the bundled samples: the 49 % / 27 % update and the
// 300 / 500 milliards conflict at once, the JSON shape, --fail-on conflict.
#include "../cli/clirun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using FactDesk::Testing::CliRun;
using FactDesk::Testing::runCli;

QString samplesFolder()
{
    return QStringLiteral(FACTDESK_SOURCE_DIR "/resources/samples");
}

} // namespace

class TestCliStory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void samplesShowUpdateAndConflict_data();
    void samplesShowUpdateAndConflict();
    void jsonShape();
    void failOnConflict_data();
    void failOnConflict();
    void badUsage_data();
    void badUsage();

private:
    /// The label of the pair of facts quoting these two values, "" when none.
    QString labelOf(const QString &firstValue, const QString &secondValue) const;

    QTemporaryDir m_dir;
    QString m_project;
    QJsonObject m_ledger;
};

void TestCliStory::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("samples.factdesk"));
    const CliRun import = runCli({ QStringLiteral("import"), m_project, samplesFolder() });
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const CliRun story
        = runCli({ QStringLiteral("story"), m_project, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(story.exitCode, 0);
    QJsonParseError error;
    m_ledger = QJsonDocument::fromJson(story.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
}

QString TestCliStory::labelOf(const QString &firstValue, const QString &secondValue) const
{
    for (const QJsonValue &measureValue : m_ledger.value(QLatin1String("measures")).toArray()) {
        const QJsonObject measure = measureValue.toObject();
        QHash<qint64, QString> values;
        for (const QJsonValue &fact : measure.value(QLatin1String("facts")).toArray())
            values.insert(fact[QLatin1String("fact_id")].toVariant().toLongLong(),
                fact[QLatin1String("value")].toString());
        for (const QJsonValue &pairValue : measure.value(QLatin1String("pairs")).toArray()) {
            const QJsonArray facts = pairValue[QLatin1String("facts")].toArray();
            const QString a = values.value(facts.at(0).toVariant().toLongLong());
            const QString b = values.value(facts.at(1).toVariant().toLongLong());
            if ((a == firstValue && b == secondValue) || (a == secondValue && b == firstValue))
                return pairValue[QLatin1String("label")].toString();
        }
    }
    return QString();
}

void TestCliStory::samplesShowUpdateAndConflict_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("label");
    QTest::newRow("stake 49 % then 27 %")
        << QStringLiteral("49") << QStringLiteral("27") << QStringLiteral("update");
    QTest::newRow("valuation 500 against 300 milliards")
        << QStringLiteral("500000000000") << QStringLiteral("300000000000") << QStringLiteral("conflict");
    QTest::newRow("valuation 500 milliards in French and English")
        << QStringLiteral("500000000000") << QStringLiteral("500000000000") << QStringLiteral("agree");
    QTest::newRow("13 against 13,5 milliards de dollars")
        << QStringLiteral("13000000000") << QStringLiteral("13500000000") << QStringLiteral("rounding");
    QTest::newRow("4,2 milliards d'euros against 3,9")
        << QStringLiteral("4200000000") << QStringLiteral("3900000000") << QStringLiteral("conflict");
    QTest::newRow("emplois d'ici 2028 and jobs")
        << QStringLiteral("4000") << QStringLiteral("4000") << QStringLiteral("agree");
    QTest::newRow("4 000 jobs against 3 500 recrutements")
        << QStringLiteral("4000") << QStringLiteral("3500") << QStringLiteral("conflict");
    QTest::newRow("dollars never beside euros")
        << QStringLiteral("4500000000") << QStringLiteral("4200000000") << QString();
}

void TestCliStory::samplesShowUpdateAndConflict()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, label);
    QCOMPARE(labelOf(first, second), label);
}

void TestCliStory::jsonShape()
{
    const QJsonArray measures = m_ledger.value(QLatin1String("measures")).toArray();
    QVERIFY(!measures.isEmpty());
    const QJsonObject first = measures.first().toObject();
    QVERIFY(first.value(QLatin1String("id")).toVariant().toLongLong() > 0);
    QVERIFY(!first.value(QLatin1String("name")).toString().isEmpty());
    const QJsonObject fact = first.value(QLatin1String("facts")).toArray().first().toObject();
    QVERIFY(fact.value(QLatin1String("fact_id")).toVariant().toLongLong() > 0);
    QVERIFY(fact.value(QLatin1String("article_id")).toVariant().toLongLong() > 0);
    QCOMPARE(fact.value(QLatin1String("as_of")).toString(), QStringLiteral("2025-10"));
    const QJsonObject pair = first.value(QLatin1String("pairs")).toArray().first().toObject();
    QCOMPARE(pair.value(QLatin1String("facts")).toArray().size(), 2);
    QVERIFY(pair.value(QLatin1String("verdict")).isNull());
    // Open conflicts come first.
    QVERIFY(first.value(QLatin1String("open_conflicts")).toInt() > 0);
    const QJsonArray checks = m_ledger.value(QLatin1String("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue &check : checks) {
        QVERIFY(check[QLatin1String("facts")].toArray().size() >= 2);
        QVERIFY(!check[QLatin1String("computed")].toString().isEmpty());
        QVERIFY(!check[QLatin1String("stated")].toString().isEmpty());
        const QString label = check[QLatin1String("label")].toString();
        QVERIFY(label == QLatin1String("consistent") || label == QLatin1String("inconsistent"));
    }
    // "de 20 % à 8 %, une baisse de 12 points" holds.
    bool points = false;
    for (const QJsonValue &check : checks)
        points = points
            || (check[QLatin1String("rule")].toString() == QLatin1String("change")
                && check[QLatin1String("stated")].toString() == QLatin1String("-12")
                && check[QLatin1String("label")].toString() == QLatin1String("consistent"));
    QVERIFY(points);
}

void TestCliStory::failOnConflict_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("text") << QStringList() << 0;
    QTest::newRow("fail on conflict")
        << QStringList({ QStringLiteral("--fail-on"), QStringLiteral("conflict") }) << 3;
    QTest::newRow("json, fail on conflict") << QStringList({ QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--fail-on"), QStringLiteral("conflict") })
                                            << 3;
}

void TestCliStory::failOnConflict()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const CliRun run = runCli(QStringList({ QStringLiteral("story"), m_project }) + options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.out.isEmpty());
}

void TestCliStory::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no project") << QStringList({ QStringLiteral("story") }) << 2;
    QTest::newRow("unknown format") << QStringList({ QStringLiteral("story"), QStringLiteral("x.factdesk"),
        QStringLiteral("--format"), QStringLiteral("csv") })
                                    << 2;
    QTest::newRow("fail on something else") << QStringList({ QStringLiteral("story"),
        QStringLiteral("x.factdesk"), QStringLiteral("--fail-on"), QStringLiteral("update") })
                                            << 2;
    QTest::newRow("missing project file")
        << QStringList({ QStringLiteral("story"), QStringLiteral("/nonexistent/x.factdesk") }) << 1;
}

void TestCliStory::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliStory)
#include "tst_clistory.moc"
