// The story ledger on stories written for it: which facts are one measure,
// the label of each pair, and the near misses that must stay apart.
#include "storyfixture.h"

#include "story/storyfact.h"
#include "story/storyfactreader.h"
#include "story/storyledger.h"

#include <QTest>

using namespace FactDesk;

class TestStoryLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pairLabel_data();
    void pairLabel();
    void apart_data();
    void apart();
    void asOfPeriods_data();
    void asOfPeriods();
    void measureNames();
    void conflictsComeFirst();
    void rejectedFactsLeave();
    void writtenPrecision_data();
    void writtenPrecision();

private:
    qint64 fact(const char *key, const char *quote) const
    {
        return StoryFixture::factId(m_project, QString::fromLatin1(key), QString::fromUtf8(quote));
    }

    Project m_project;
    std::unique_ptr<StoryLedger> m_ledger;
};

void TestStoryLedger::initTestCase()
{
    StoryFixture::fill(&m_project);
    m_ledger = std::make_unique<StoryLedger>(&m_project);
    QVERIFY2(m_ledger->lexiconError().isEmpty(), qPrintable(m_ledger->lexiconError()));
    m_ledger->refresh();
}

void TestStoryLedger::pairLabel_data()
{
    QTest::addColumn<QString>("firstArticle");
    QTest::addColumn<QString>("firstQuote");
    QTest::addColumn<QString>("secondArticle");
    QTest::addColumn<QString>("secondQuote");
    QTest::addColumn<QString>("label");

    const auto row = [](const char *name, const char *a, const char *qa, const char *b, const char *qb,
                         const char *label) {
        QTest::newRow(name) << QString::fromLatin1(a) << QString::fromUtf8(qa) << QString::fromLatin1(b)
                            << QString::fromUtf8(qb) << QString::fromLatin1(label);
    };
    row("2,4 milliards and 2.35 billion overlap", "norvane_fr", "2,4 milliards d'euros", "norvane_en",
        "€2.35 billion", "rounding");
    row("milliards read as millions", "norvane_fr", "2,4 milliards d'euros", "norvane_trap",
        "2,4 millions d'euros", "scale_trap");
    row("billion against millions", "norvane_en", "€2.35 billion", "norvane_trap", "2,4 millions d'euros",
        "scale_trap");
    row("price disputed the same month", "norvane_en", "€2.35 billion", "norvane_conflict",
        "2,9 milliards d'euros", "conflict");
    row("salariés and employees", "norvane_fr", "18 000", "norvane_en", "18,000", "agree");
    row("chiffre d'affaires and revenue", "norvane_fr", "7,5 milliards d'euros", "norvane_en", "€7.5 billion",
        "agree");
    row("stake in May then November", "velmor_may", "35 %", "velmor_nov", "22%", "update");
    row("quarterly against annual revenue", "velmor_quarter", "410 millions d'euros", "velmor_year",
        "€410 million", "not_comparable");
    row("sales before and after", "ostrel_fr", "3,2 milliards d'euros", "ostrel_en", "€3.6 billion",
        "update");
    row("sales after, both languages", "ostrel_fr", "3,6 milliards d'euros", "ostrel_en", "€3.6 billion",
        "agree");
    row("growth stated twice, differently", "ostrel_fr", "12,5 %", "ostrel_en", "25%", "conflict");
    row("jobless rate reached", "ostrel_fr", "7,6 %", "ostrel_en", "7.4%", "conflict");
    row("jobless rate before", "ostrel_fr", "7,1 %", "ostrel_en", "7.1%", "agree");
    row("points in both languages", "ostrel_fr", "0,3 point", "ostrel_en", "0.3 percentage points", "agree");
    row("a fund's share stated wrongly", "ostrel_fr", "135 millions d'euros", "ostrel_en", "€150 million",
        "conflict");
    row("a multiplier in words and in digits", "velmor_growth", "three times", "velmor_profit", "3", "agree");
    row("stake dated by its sentences", "quantel_may", "18 %", "quantel_oct", "11%", "update");
    row("valued in May, a capitalisation in October", "brivane_may", "80 milliards d'euros", "brivane_oct",
        "120 milliards d'euros", "update");
    row("capitalisation and market value", "brivane_oct", "120 milliards d'euros", "brivane_en",
        "€120 billion", "agree");
    row("a fund's stake in May, then October", "brivane_may", "40 %", "brivane_oct", "22 %", "update");
    row("net income reached", "velmor_growth", "€100 million", "velmor_profit", "120 millions d'euros",
        "conflict");
    row("a headline's percent is a stake, not a deal value", "kessring_fr", "30 %", "kessring_en", "30%",
        "agree");
    row("a percent after déboursé is a stake too", "kessring_trap", "30 %", "kessring_en", "30%", "agree");
    row("a price read as millions, beside a percent", "kessring_en", "€1.4 billion", "kessring_trap",
        "1,4 million d'euros", "scale_trap");
    row("1,4 and 1,5 milliard only touch: no rounding", "kessring_fr", "1,4 milliard d'euros",
        "kessring_later", "1,5 milliard d'euros", "conflict");
    row("désormais speaks of its own clause's stake", "kessring_en", "30%", "kessring_later", "36 %",
        "update");
    row("the stake bought, said again later", "kessring_fr", "30 %", "kessring_later", "30 %", "agree");
    row("up from: the value of before agrees", "kessring_later", "36 %", "kessring_june", "36%", "agree");
    row("now owns, two months later", "kessring_later", "36 %", "kessring_june", "48%", "update");
    row("the deal values, l'opération valorise", "kessring_en", "€4.6 billion", "kessring_fr",
        "4,6 milliards d'euros", "agree");
    row("a stake of before in a relative clause", "brask_en", "51%", "brask_fr", "51 %", "agree");
    row("the stake after a relative clause, désormais", "brask_en", "51%", "brask_fr", "47 %", "update");
    row("jobs cut and postes supprimés", "hollin_en", "800", "hollin_fr", "950", "conflict");
    row("annual revenue beside a quarterly one of another clause", "hollin_en", "€6.15 billion", "hollin_fr",
        "6,2 milliards d'euros", "rounding");
    row("a market share after, a sentence opening with Sa", "hollin_en", "19%", "hollin_fr", "20 %",
        "conflict");
    row("fell to … from …: the value of before", "hollin_en", "€120 million", "hollin_fr",
        "120 millions d'euros", "agree");
    row("fell to … from …: the value after", "hollin_en", "€90 million", "hollin_fr", "90 millions d'euros",
        "agree");
}

void TestStoryLedger::pairLabel()
{
    QFETCH(QString, firstArticle);
    QFETCH(QString, firstQuote);
    QFETCH(QString, secondArticle);
    QFETCH(QString, secondQuote);
    QFETCH(QString, label);
    const qint64 first = StoryFixture::factId(m_project, firstArticle, firstQuote);
    const qint64 second = StoryFixture::factId(m_project, secondArticle, secondQuote);
    QVERIFY2(first && second, "a quote of the row is not a fact of its article");
    const Measure *measure = m_ledger->measureOfFact(first);
    QVERIFY2(measure, "the first fact is in no measure");
    QVERIFY2(m_ledger->measureOfFact(second) == measure,
        qPrintable(QStringLiteral("not in %1").arg(measure->name)));
    const MeasurePair *found = nullptr;
    for (const MeasurePair &pair : measure->pairs) {
        if (pair.first == std::min(first, second) && pair.second == std::max(first, second))
            found = &pair;
    }
    QVERIFY(found);
    QCOMPARE(toString(found->label), label);
}

void TestStoryLedger::apart_data()
{
    QTest::addColumn<QString>("firstArticle");
    QTest::addColumn<QString>("firstQuote");
    QTest::addColumn<QString>("secondArticle");
    QTest::addColumn<QString>("secondQuote");

    const auto row = [](const char *name, const char *a, const char *qa, const char *b, const char *qb) {
        QTest::newRow(name) << QString::fromLatin1(a) << QString::fromUtf8(qa) << QString::fromLatin1(b)
                            << QString::fromUtf8(qb);
    };
    row("revenue and net income of one sentence", "norvane_fr", "7,5 milliards d'euros", "norvane_fr",
        "7,1 milliards d'euros");
    row("the same price in euros and dollars", "norvane_fr", "2,4 milliards d'euros", "norvane_dollars",
        "$2.4 billion");
    row("close prices in euros and dollars", "norvane_en", "€2.35 billion", "norvane_dollars",
        "$2.4 billion");
    row("two companies' workforces", "castelor", "4 100", "castelor", "4 000");
    row("funds raised and a stake's value", "brivane_may", "6 milliards d'euros", "brivane_oct",
        "26,4 milliards d'euros");
    row("a valuation and contracts", "brivane_may", "80 milliards d'euros", "brivane_oct",
        "50 milliards d'euros");
    row("a stake's value and a valuation", "brivane_oct", "26,4 milliards d'euros", "brivane_en",
        "€120 billion");
    row("a total and its part", "ostrel_fr", "1 200", "ostrel_fr", "700");
    row("a fund and a share of it", "ostrel_fr", "500 millions d'euros", "ostrel_fr", "135 millions d'euros");
    row("a level and a change of 12 %", "velmor_profit", "12 %", "velmor_growth", "12%");
    row("percentage points and percent", "ostrel_fr", "0,3 point", "velmor_growth", "0.3%");
    row("a stake and a price", "velmor_may", "35 %", "ostrel_fr", "20 %");
    row("an order backlog worth a valuation's figure", "kessring_en", "€3.2 billion", "kessring_trap",
        "3,2 milliards d'euros");
}

void TestStoryLedger::apart()
{
    QFETCH(QString, firstArticle);
    QFETCH(QString, firstQuote);
    QFETCH(QString, secondArticle);
    QFETCH(QString, secondQuote);
    const qint64 first = StoryFixture::factId(m_project, firstArticle, firstQuote);
    const qint64 second = StoryFixture::factId(m_project, secondArticle, secondQuote);
    QVERIFY2(first && second, "a quote of the row is not a fact of its article");
    const Measure *a = m_ledger->measureOfFact(first);
    const Measure *b = m_ledger->measureOfFact(second);
    QVERIFY2(!a || a != b, qPrintable(a ? a->name : QString()));
}

void TestStoryLedger::asOfPeriods_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("asOf");
    QTest::newRow("the sentence's month")
        << QStringLiteral("quantel_may") << QStringLiteral("18 %") << QStringLiteral("2025-05");
    QTest::newRow("in English") << QStringLiteral("quantel_oct") << QStringLiteral("11%")
                                << QStringLiteral("2025-10");
    QTest::newRow("the article's month")
        << QStringLiteral("velmor_may") << QStringLiteral("35 %") << QStringLiteral("2025-05");
    QTest::newRow("article of March")
        << QStringLiteral("norvane_en") << QStringLiteral("€2.35 billion") << QStringLiteral("2026-03");
    // "up from 36% in April": April is the old value's; the new one has no date of its clause.
    QTest::newRow("new value beside an old one's month")
        << QStringLiteral("kessring_june") << QStringLiteral("48%") << QStringLiteral("2026-06");
    QTest::newRow("old value's month")
        << QStringLiteral("kessring_june") << QStringLiteral("36%") << QStringLiteral("2026-04");
}

void TestStoryLedger::asOfPeriods()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, asOf);
    const StoryFact *fact = m_ledger->storyFact(StoryFixture::factId(m_project, article, quote));
    QVERIFY(fact);
    QCOMPARE(fact->asOf, asOf);
}

void TestStoryLedger::measureNames()
{
    const Measure *stake = m_ledger->measureOfFact(fact("velmor_may", "35 %"));
    QVERIFY(stake);
    QCOMPARE(stake->name, QStringLiteral("stake (Arcadin, Velmor)"));
    m_ledger->setLanguage(QStringLiteral("fr"));
    m_ledger->refresh();
    stake = m_ledger->measureOfFact(fact("velmor_may", "35 %"));
    QCOMPARE(stake->name, QStringLiteral("participation (Arcadin, Velmor)"));
    m_ledger->setLanguage(QStringLiteral("en"));
    m_ledger->refresh();
}

void TestStoryLedger::conflictsComeFirst()
{
    const QVector<Measure> &measures = m_ledger->measures();
    QVERIFY(m_ledger->openConflictCount() > 0);
    bool open = true;
    for (const Measure &measure : measures) {
        if (measure.openConflicts() == 0)
            open = false;
        else
            QVERIFY2(open, qPrintable(measure.name));
    }
    for (int i = 1; i < m_ledger->checks().size(); ++i)
        QVERIFY(m_ledger->checks().at(i - 1).consistent <= m_ledger->checks().at(i).consistent);
}

void TestStoryLedger::rejectedFactsLeave()
{
    Project project;
    StoryFixture::fill(&project);
    StoryLedger ledger(&project);
    ledger.refresh();
    const qint64 conflicting = StoryFixture::factId(
        project, QStringLiteral("norvane_conflict"), QStringLiteral("2,9 milliards d'euros"));
    const Measure *measure = ledger.measureOfFact(conflicting);
    QVERIFY(measure);
    const qint64 measureId = measure->id;
    const int conflictsBefore = ledger.openConflictCount();
    int conflictsOfFact = 0;
    for (const MeasurePair &pair : measure->pairs)
        conflictsOfFact += pair.isOpen() && (pair.first == conflicting || pair.second == conflicting);
    QCOMPARE(conflictsOfFact, 3); // against 2,4 milliards, €2.35 billion and 2,4 millions
    Fact rejected = *project.fact(conflicting);
    rejected.status = ReviewStatus::Rejected;
    rejected.rejectReason = RejectReason::WrongReading;
    QVERIFY(project.updateFact(rejected, QStringLiteral("reject")));
    ledger.refresh();
    QVERIFY(!ledger.measureOfFact(conflicting));
    QVERIFY(ledger.measure(measureId));
    QCOMPARE(ledger.openConflictCount(), conflictsBefore - conflictsOfFact);
}

void TestStoryLedger::writtenPrecision_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("precision");
    QTest::newRow("13 milliards") << QStringLiteral("13 milliards") << QStringLiteral("13000000000") << 5e8;
    QTest::newRow("13,2 milliards") << QStringLiteral("13,2 milliards") << QStringLiteral("13200000000")
                                    << 5e7;
    QTest::newRow("2.35 billion") << QStringLiteral("$2.35 billion") << QStringLiteral("2350000000") << 5e6;
    QTest::newRow("12 %") << QStringLiteral("12 %") << QStringLiteral("12") << 0.5;
    QTest::newRow("0,3 point") << QStringLiteral("0,3 point") << QStringLiteral("0.3") << 0.05;
    QTest::newRow("4 000 grouped digits") << QStringLiteral("4 000") << QStringLiteral("4000") << 0.5;
    QTest::newRow("4,000 grouped digits") << QStringLiteral("4,000") << QStringLiteral("4000") << 0.5;
    QTest::newRow("$500bn") << QStringLiteral("$500bn") << QStringLiteral("500000000000") << 5e8;
    QTest::newRow("three times") << QStringLiteral("three times") << QStringLiteral("3") << 0.0;
    QTest::newRow("a correction's decimals") << QString() << QStringLiteral("4.25") << 0.005;
}

void TestStoryLedger::writtenPrecision()
{
    QFETCH(QString, quote);
    QFETCH(QString, value);
    QFETCH(double, precision);
    QCOMPARE(StoryFactReader::writtenPrecision(quote, value), precision);
}

QTEST_GUILESS_MAIN(TestStoryLedger)
#include "tst_storyledger.moc"
