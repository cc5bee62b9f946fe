// The arithmetic checks of the story ledger, right and wrong, in French and English.
#include "storyfixture.h"

#include "story/arithmeticchecker.h"
#include "story/storyledger.h"

#include <QTest>

using namespace FactDesk;

class TestArithmeticChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void undecidableIsNotShown_data();
    void undecidableIsNotShown();
    void formatNumber_data();
    void formatNumber();

private:
    Project m_project;
    std::unique_ptr<StoryLedger> m_ledger;
};

void TestArithmeticChecker::initTestCase()
{
    StoryFixture::fill(&m_project);
    m_ledger = std::make_unique<StoryLedger>(&m_project);
    m_ledger->refresh();
}

void TestArithmeticChecker::check_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("stated"); ///< the fact whose value the check compares
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("computed");
    QTest::addColumn<bool>("consistent");

    const auto row = [](const char *name, const char *article, const char *stated, const char *rule,
                         const char *computed, bool consistent) {
        QTest::newRow(name) << QString::fromLatin1(article) << QString::fromUtf8(stated)
                            << QString::fromLatin1(rule) << QString::fromLatin1(computed) << consistent;
    };
    row("27 % de 500 millions, soit 135", "ostrel_fr", "135 millions d'euros", "percent_of", "135000000",
        true);
    row("27% of 500 million, or 150", "ostrel_en", "€150 million", "percent_of", "135000000", false);
    row("dont 5 400 en France, soit 30 %", "norvane_fr", "30 %", "percent_of", "30", true);
    row("de 3,2 à 3,6 milliards, soit +12,5 %", "ostrel_fr", "12,5 %", "change", "12.5", true);
    row("from 3.2 to 3.6 billion, +25%", "ostrel_en", "25%", "change", "12.5", false);
    row("une prime de 20 % sur 50 euros: 60", "ostrel_fr", "60 euros", "change", "60", true);
    row("a 20% premium to $50: $61.5", "ostrel_en", "$61.5", "change", "60", false);
    row("from 7.1% to 7.4%, +0.3 points", "ostrel_en", "0.3 percentage points", "change", "0.3", true);
    row("de 7,1 % à 7,6 %, +0,3 point", "ostrel_fr", "0,3 point", "change", "0.5", false);
    row("de 40 à 120 millions, multiplié par 3", "velmor_profit", "3", "change", "3", true);
    row("from 40 to 100 million, three times", "velmor_growth", "three times", "change", "2.5", false);
    row("700 and 650 of 1 200 jobs", "ostrel_fr", "1 200", "parts_total", "1350", false);
    row("fell to 90 from 120 million, a drop of 25%", "hollin_en", "25%", "change", "-25", true);
    row("300 of 950 postes supprimés", "hollin_fr", "950", "parts_total", "300", true);
    row("2 000 of 9 000 employees", "ostrel_fr", "9 000", "parts_total", "2000", true);
    row("2 million shares at €30: €60 million", "ostrel_en", "€60 million", "per_unit", "60000000", true);
    row("2 millions d'actions à 30 euros: 90", "ostrel_fr", "90 millions d'euros", "per_unit", "60000000",
        false);
    row("22 % du capital, capitalisation de 120, valorise sa part à 26,4", "brivane_oct",
        "26,4 milliards d'euros", "percent_of", "26400000000", true);
    row("22% at a market value of 120 values its stake at 30", "brivane_en", "€30 billion", "percent_of",
        "26400000000", false);
}

void TestArithmeticChecker::check()
{
    QFETCH(QString, article);
    QFETCH(QString, stated);
    QFETCH(QString, rule);
    QFETCH(QString, computed);
    QFETCH(bool, consistent);
    const qint64 statedId = StoryFixture::factId(m_project, article, stated);
    QVERIFY2(statedId, "the stated quote is not a fact of the article");
    const ArithmeticCheck *found = nullptr;
    for (const ArithmeticCheck *check : m_ledger->checksOfFact(statedId)) {
        if (toString(check->rule) == rule && check->factIds.last() == statedId)
            found = check;
    }
    QVERIFY2(found, "no such check");
    QCOMPARE(found->computed, computed);
    QCOMPARE(found->consistent, consistent);
    QCOMPARE(found->stated.startsWith(QLatin1Char('-')) ? found->stated.mid(1) : found->stated,
        m_project.fact(statedId)->finalValue());
}

void TestArithmeticChecker::undecidableIsNotShown_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    // A multiplier without its base, a lone price, a change without the figures it moved between.
    QTest::newRow("2,4 milliards alone")
        << QStringLiteral("norvane_fr") << QStringLiteral("2,4 milliards d'euros");
    QTest::newRow("rose 12%") << QStringLiteral("velmor_growth") << QStringLiteral("12%");
    QTest::newRow("22% stake") << QStringLiteral("velmor_nov") << QStringLiteral("22%");
    // Bounds of a range and a range of growth rates: no change between them.
    QTest::newRow("a range, up 4% to 9%") << QStringLiteral("brivane_en") << QStringLiteral("4%");
    QTest::newRow("the low bound of a range")
        << QStringLiteral("brivane_en") << QStringLiteral("€8.1 billion");
}

void TestArithmeticChecker::undecidableIsNotShown()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    const qint64 id = StoryFixture::factId(m_project, article, quote);
    QVERIFY(id);
    QVERIFY(m_ledger->checksOfFact(id).isEmpty());
}

void TestArithmeticChecker::formatNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 135000000.0 << QStringLiteral("135000000");
    QTest::newRow("decimals trimmed") << 12.5 << QStringLiteral("12.5");
    QTest::newRow("three decimals") << 2.0 / 3.0 << QStringLiteral("0.667");
    QTest::newRow("negative points") << -12.0 << QStringLiteral("-12");
    QTest::newRow("minus zero") << -0.0001 << QStringLiteral("0");
}

void TestArithmeticChecker::formatNumber()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(ArithmeticChecker::formatNumber(value), text);
}

QTEST_GUILESS_MAIN(TestArithmeticChecker)
#include "tst_arithmeticchecker.moc"
